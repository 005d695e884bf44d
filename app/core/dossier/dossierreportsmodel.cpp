// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossier/dossierreportsmodel.h"

#include "backend/carebackend.h"
#include "dossier/dossiermodel.h"
#include "util/dateformatter.h"

namespace careportal {

DossierReportsModel::DossierReportsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, DossierModel *labels,
                                         int pageSize, QObject *parent)
    : PagedClientListModel(session, language, parent)
    , m_backend(backend)
    , m_labels(labels)
    , m_pageSize(pageSize) {
    // Labels and dates follow the overview and the language without a new fetch.
    connect(m_labels, &DossierModel::overviewChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {KindLabelRole, DisciplineLabelRole, WrittenTextRole, DayTextRole});
    });
}

int DossierReportsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

QVariant DossierReportsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const DossierReport &r = m_reports.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return m_labels->kindLabel(r.kind);
    case DisciplineRole:
        return r.discipline;
    case DisciplineLabelRole:
        return m_labels->disciplineLabel(r.discipline);
    case AuthorRole:
        return r.author;
    case WrittenTextRole:
        return DateFormatter(language()).dateTimeText(r.writtenAt.toLocalTime());
    case DayTextRole:
        return DateFormatter(language()).dayText(r.writtenAt.toLocalTime().date());
    case TitleRole:
        return r.title;
    case TextRole:
        return r.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> DossierReportsModel::roleNames() const {
    return {{IdRole, "reportId"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {DisciplineRole, "discipline"},
            {DisciplineLabelRole, "disciplineLabel"},
            {AuthorRole, "author"},
            {WrittenTextRole, "writtenText"},
            {DayTextRole, "dayText"},
            {TitleRole, "title"},
            {TextRole, "text"}};
}

void DossierReportsModel::setKind(const QString &kind) {
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT kindChanged();
    if (status() != Status::Idle)
        reloadDroppingPending();
}

void DossierReportsModel::fetch(const QString &clientId) {
    whenLoaded(m_backend->dossierReports(clientId, m_kind, {}, m_pageSize),
               [this](const DossierReportPage &page) {
                   clear();
                   appendPage(m_reports, page.reports, page.nextCursor);
               });
}

void DossierReportsModel::fetchMore(const QString &clientId, const QString &cursor) {
    whenLoaded(m_backend->dossierReports(clientId, m_kind, cursor, m_pageSize),
               [this](const DossierReportPage &page) {
                   appendPage(m_reports, page.reports, page.nextCursor);
               });
}

QVariantMap DossierReportsModel::report(const QString &id) const {
    return rowAsMap(rowOf(m_reports, id));
}

void DossierReportsModel::clear() {
    beginResetModel();
    m_reports.clear();
    endResetModel();
    resetPaging();
}

} // namespace careportal
