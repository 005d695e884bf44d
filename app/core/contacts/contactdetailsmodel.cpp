// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/contactdetailsmodel.h"

#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "settings/languagesettings.h"

namespace careportal {

ContactDetailsModel::ContactDetailsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
    setWriteKind(QueuedWrite::Kind::ContactDetail);
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT kindsChanged();
        if (!m_details.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {KindLabelRole});
    });
}

int ContactDetailsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_details.size());
}

QVariant ContactDetailsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ContactDetail &detail = m_details.at(index.row());
    if (const auto pending = pendingData(detail.id, role))
        return *pending;
    switch (role) {
    case IdRole:
        return detail.id;
    case KindRole:
        return detail.kind;
    case KindLabelRole:
        return kindLabel(detail.kind);
    case ValueRole:
        return detail.value;
    case RemarkRole:
        return detail.remark;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactDetailsModel::roleNames() const {
    QHash<int, QByteArray> names{{IdRole, "detailId"},
                                 {KindRole, "kind"},
                                 {KindLabelRole, "kindLabel"},
                                 {ValueRole, "value"},
                                 {RemarkRole, "remark"}};
    names.insert(pendingRoleNames());
    return names;
}

QString ContactDetailsModel::kindLabel(const QString &kind) {
    if (kind == QLatin1String("home-phone"))
        return tr("Huistelefoon");
    if (kind == QLatin1String("mobile-phone"))
        return tr("Mobiele telefoon");
    if (kind == QLatin1String("email"))
        return tr("Email");
    if (kind == QLatin1String("home-phone-private"))
        return tr("Huistelefoon (privé)");
    if (kind == QLatin1String("mobile-phone-private"))
        return tr("Mobiele telefoon (privé)");
    if (kind == QLatin1String("email-private"))
        return tr("Email (privé)");
    return kind; // a kind from a newer server: show its code rather than nothing
}

QVariantList ContactDetailsModel::kinds() const {
    QVariantList result;
    for (const QString &code : ContactDetailKinds::all())
        result.append(QVariantMap{{QStringLiteral("code"), code},
                                  {QStringLiteral("label"), kindLabel(code)}});
    return result;
}

void ContactDetailsModel::save(const QString &id, const QString &kind, const QString &value,
                               const QString &remark) {
    if (!canWrite())
        return;
    const ContactDetail detail{id, kind, value.trimmed(), remark.trimmed(), {}};
    queueWrite(id.isEmpty() ? QueuedWrite::Operation::Create : QueuedWrite::Operation::Update, id,
               detail.toJson(), versionOf(id));
}

void ContactDetailsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    queueWrite(QueuedWrite::Operation::Delete, id, {}, versionOf(id));
}

QByteArray ContactDetailsModel::versionOf(const QString &id) const {
    const int row = rowOf(m_serverDetails, id);
    return row < 0 ? QByteArray() : m_serverDetails.at(row).etag;
}

void ContactDetailsModel::applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (write.operation == QueuedWrite::Operation::Delete) {
        m_serverDetails.removeIf([&](const ContactDetail &d) { return d.id == write.targetId; });
    } else if (const ContactDetail stored = ContactDetail::fromJson(receipt.item);
               stored.isValid()) {
        const int row = rowOf(m_serverDetails, stored.id);
        if (row < 0)
            m_serverDetails.append(stored);
        else
            m_serverDetails[row] = stored;
    }
    rebuildRows();
}

void ContactDetailsModel::rebuildRows() {
    beginResetModel();
    m_details = withPending(m_serverDetails, false);
    endResetModel();
}

QList<QPair<QString, QString>> ContactDetailsModel::fieldLabels() const {
    return {{QStringLiteral("kind"), tr("Soort contactdetail")},
            {QStringLiteral("value"), tr("Contactdetail")},
            {QStringLiteral("remark"), tr("Opmerkingen")}};
}

QString ContactDetailsModel::fieldText(const QString &field, const QJsonValue &value) const {
    if (field == QLatin1String("kind"))
        return kindLabel(value.toString());
    return ClientListModel::fieldText(field, value);
}

QString ContactDetailsModel::valueError(const QString &kind, const QString &value) const {
    const auto issue = ContactDetailKinds::checkValue(kind, value);
    return ContactValidation::message(issue, language(),
                                      ContactDetailKinds::isEmail(kind)
                                          ? ContactValidation::kEmailMaxLength
                                          : ContactValidation::kPhoneMaxLength);
}

QString ContactDetailsModel::remarkError(const QString &remark) const {
    return ContactValidation::message(ContactValidation::checkText(remark, kMaxRemarkLength, false),
                                      language(), kMaxRemarkLength);
}

namespace {
constexpr QLatin1String kDocument("contact-details");
} // namespace

void ContactDetailsModel::fetch(const QString &clientId) {
    const auto cached = cachedList<ContactDetail>(kDocument);
    if (cached && awaitingFirstRows()) {
        setServerDetails(cached->items);
        showingCached();
    }
    whenListed(m_backend->contactDetails(clientId, cached ? cached->etag : QByteArray()), kDocument,
               [this](const ListVersion<ContactDetail> &list) { setServerDetails(list.items); });
}

void ContactDetailsModel::clear() {
    setServerDetails({});
}

void ContactDetailsModel::setServerDetails(const QList<ContactDetail> &details) {
    m_serverDetails = details;
    rebuildRows();
}

} // namespace careportal
