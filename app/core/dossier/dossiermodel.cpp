// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossier/dossiermodel.h"

#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "util/dateformatter.h"

namespace careportal {

DossierModel::DossierModel(Session *session, CareBackend *backend, LanguageSettings *language,
                           QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT overviewChanged();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    });
}

int DossierModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_overview.kinds.size());
}

QVariant DossierModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ReportKind &kind = m_overview.kinds.at(index.row());
    switch (role) {
    case CodeRole:
        return kind.option.code;
    case LabelRole:
        return kind.option.label(language());
    case ExplanationRole:
        return kind.explanation(language());
    default:
        return {};
    }
}

QHash<int, QByteArray> DossierModel::roleNames() const {
    return {{CodeRole, "code"}, {LabelRole, "label"}, {ExplanationRole, "explanation"}};
}

QVariantMap DossierModel::general() const {
    const DossierGeneral &g = m_overview.general;
    const QString postcodeCity = QStringList{g.postcode, g.city}.join(QLatin1Char(' ')).trimmed();
    return {{QStringLiteral("address"), g.address},
            {QStringLiteral("postcodeCity"), postcodeCity},
            {QStringLiteral("birthDateText"),
             g.birthDate.isValid() ? DateFormatter(language()).dayText(g.birthDate) : QString()},
            {QStringLiteral("gpName"), g.gpName},
            {QStringLiteral("gpPhone"), g.gpPhone},
            {QStringLiteral("pharmacyName"), g.pharmacyName},
            {QStringLiteral("pharmacyPhone"), g.pharmacyPhone}};
}

QVariantList DossierModel::disciplines() const {
    return optionsForQml(m_overview.disciplines);
}

QString DossierModel::kindLabel(const QString &code) const {
    for (const ReportKind &kind : m_overview.kinds) {
        if (kind.option.code == code)
            return kind.option.label(language());
    }
    return code;
}

QString DossierModel::disciplineLabel(const QString &code) const {
    const QString label = optionLabel(m_overview.disciplines, code);
    return label == code ? QString() : label;
}

void DossierModel::fetch(const QString &clientId) {
    whenLoaded(m_backend->dossier(clientId),
               [this](const DossierOverview &overview) { apply(overview); });
}

void DossierModel::apply(const DossierOverview &overview) {
    beginResetModel();
    m_overview = overview;
    endResetModel();
    Q_EMIT overviewChanged();
}

void DossierModel::clear() {
    apply({});
}

} // namespace careportal
