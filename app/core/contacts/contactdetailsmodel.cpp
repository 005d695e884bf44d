#include "contactdetailsmodel.h"

#include "carebackend.h"
#include "contactvalidation.h"
#include "languagesettings.h"

namespace careportal {

ContactDetailsModel::ContactDetailsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
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
    return {{IdRole, "detailId"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {ValueRole, "value"},
            {RemarkRole, "remark"}};
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
    const ContactDetail detail{id, kind, value.trimmed(), remark.trimmed()};
    whenWritten(m_backend->saveContactDetail(clientId(), detail),
                [this](const ContactDetail &stored) { upsert(m_details, stored); });
}

void ContactDetailsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    whenWritten(m_backend->removeContactDetail(clientId(), id),
                [this, id](const Done &) { removeById(m_details, id); });
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

void ContactDetailsModel::fetch(const QString &clientId) {
    whenLoaded(m_backend->contactDetails(clientId),
               [this](const QList<ContactDetail> &details) { setDetails(details); });
}

void ContactDetailsModel::clear() {
    setDetails({});
}

void ContactDetailsModel::setDetails(const QList<ContactDetail> &details) {
    beginResetModel();
    m_details = details;
    endResetModel();
}

} // namespace careportal
