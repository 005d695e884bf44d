// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/contactpersonsmodel.h"

#include "backend/carebackend.h"
#include "contactvalidation.h"
#include "settings/languagesettings.h"

namespace careportal {

ContactPersonsModel::ContactPersonsModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend) {
    setWriteKind(QueuedWrite::Kind::ContactPerson);
    connect(language, &LanguageSettings::codeChanged, this, [this] {
        Q_EMIT typesChanged();
        if (!m_persons.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {TypeLabelRole});
    });
}

int ContactPersonsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_persons.size());
}

QVariant ContactPersonsModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ContactPerson &p = m_persons.at(index.row());
    if (const auto pending = pendingData(p.id, role))
        return *pending;
    switch (role) {
    case IdRole:
        return p.id;
    case NameRole:
        return p.name;
    case Phone1Role:
        return p.phone1;
    case Phone2Role:
        return p.phone2;
    case EmailRole:
        return p.email;
    case TypeRole:
        return p.type;
    case TypeLabelRole:
        return typeLabel(p.type);
    case PrimaryRole:
        return p.primary;
    case RemarksRole:
        return p.remarks;
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactPersonsModel::roleNames() const {
    QHash<int, QByteArray> names{
        {IdRole, "personId"},         {NameRole, "name"},       {Phone1Role, "phone1"},
        {Phone2Role, "phone2"},       {EmailRole, "email"},     {TypeRole, "type"},
        {TypeLabelRole, "typeLabel"}, {PrimaryRole, "primary"}, {RemarksRole, "remarks"}};
    names.insert(pendingRoleNames());
    return names;
}

QVariantList ContactPersonsModel::types() const {
    return optionsForQml(m_types);
}

QString ContactPersonsModel::typeLabel(const QString &code) const {
    return optionLabel(m_types, code);
}

QVariantMap ContactPersonsModel::person(const QString &id) const {
    return rowAsMap(rowOf(m_persons, id));
}

void ContactPersonsModel::save(const QVariantMap &form) {
    if (!canWrite())
        return;
    const auto text = [&form](const char *key) {
        return form.value(QLatin1String(key)).toString().trimmed();
    };
    const ContactPerson person{text("personId"),
                               text("name"),
                               text("phone1"),
                               text("phone2"),
                               text("email"),
                               text("type"),
                               form.value(QStringLiteral("primary")).toBool(),
                               text("remarks"),
                               {}};
    queueWrite(person.id.isEmpty() ? QueuedWrite::Operation::Create
                                   : QueuedWrite::Operation::Update,
               person.id, person.toJson(), versionOf(person.id));
}

void ContactPersonsModel::remove(const QString &id) {
    if (!canWrite())
        return;
    queueWrite(QueuedWrite::Operation::Delete, id, {}, versionOf(id));
}

QString ContactPersonsModel::nameError(const QString &name) const {
    return ContactValidation::message(ContactValidation::checkText(name, kMaxNameLength, true),
                                      language(), kMaxNameLength);
}

QString ContactPersonsModel::phoneError(const QString &phone, bool required) const {
    return ContactValidation::message(ContactValidation::checkPhone(phone, required), language(),
                                      ContactValidation::kPhoneMaxLength);
}

QString ContactPersonsModel::emailError(const QString &email) const {
    return ContactValidation::message(ContactValidation::checkEmail(email, false), language(),
                                      ContactValidation::kEmailMaxLength);
}

QString ContactPersonsModel::remarksError(const QString &remarks) const {
    return ContactValidation::message(
        ContactValidation::checkText(remarks, kMaxRemarksLength, false), language(),
        kMaxRemarksLength);
}

namespace {
constexpr QLatin1String kTypesDocument("contact-person-types");
constexpr QLatin1String kDocument("contact-persons");
} // namespace

void ContactPersonsModel::fetch(const QString &clientId) {
    const auto cachedTypes = cachedList<ContactPersonType>(kTypesDocument);
    const auto cached = cachedList<ContactPerson>(kDocument);
    if (cachedTypes && cached && awaitingFirstRows()) {
        setTypes(cachedTypes->items);
        setServerPersons(cached->items);
        showingCached();
    }
    const QByteArray etag = cached ? cached->etag : QByteArray();
    // Types first: rows are only worth showing with their type labels.
    whenListed(
        m_backend->contactPersonTypes(), kTypesDocument,
        [this, clientId, etag](const QList<ContactPersonType> &types) {
            setTypes(types);
            whenListed(
                m_backend->contactPersons(clientId, etag), kDocument,
                [this](const ListVersion<ContactPerson> &list) { setServerPersons(list.items); });
        },
        false);
}

void ContactPersonsModel::setTypes(const QList<ContactPersonType> &types) {
    m_types = types;
    Q_EMIT typesChanged();
}

void ContactPersonsModel::setServerPersons(const QList<ContactPerson> &persons) {
    m_serverPersons = persons;
    rebuildRows();
}

void ContactPersonsModel::rebuildRows() {
    beginResetModel();
    m_persons = withPending(m_serverPersons, false);
    endResetModel();
}

QByteArray ContactPersonsModel::versionOf(const QString &id) const {
    const int row = rowOf(m_serverPersons, id);
    return row < 0 ? QByteArray() : m_serverPersons.at(row).etag;
}

void ContactPersonsModel::applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (write.operation == QueuedWrite::Operation::Delete) {
        m_serverPersons.removeIf([&](const ContactPerson &p) { return p.id == write.targetId; });
        rebuildRows();
        return;
    }
    const ContactPerson person = ContactPerson::fromJson(receipt.item);
    if (!person.isValid())
        return;
    if (person.primary) {
        // The server cleared the previous primary in the same transaction; mirror it.
        for (ContactPerson &other : m_serverPersons)
            other.primary = other.id == person.id;
    }
    const int row = rowOf(m_serverPersons, person.id);
    if (row < 0)
        m_serverPersons.append(person);
    else
        m_serverPersons[row] = person;
    rebuildRows();
}

QList<QPair<QString, QString>> ContactPersonsModel::fieldLabels() const {
    return {{QStringLiteral("name"), tr("Naam")},
            {QStringLiteral("type"), tr("Type")},
            {QStringLiteral("phone1"), tr("Telefoonnummer 1")},
            {QStringLiteral("phone2"), tr("Telefoonnummer 2")},
            {QStringLiteral("email"), tr("Email")},
            {QStringLiteral("primary"), tr("Primair contactpersoon")},
            {QStringLiteral("remarks"), tr("Opmerkingen")}};
}

QString ContactPersonsModel::fieldText(const QString &field, const QJsonValue &value) const {
    if (field == QLatin1String("type"))
        return typeLabel(value.toString());
    return ClientListModel::fieldText(field, value);
}

void ContactPersonsModel::clear() {
    m_serverPersons.clear();
    beginResetModel();
    m_persons.clear();
    endResetModel();
    m_types.clear();
    Q_EMIT typesChanged();
}

} // namespace careportal
