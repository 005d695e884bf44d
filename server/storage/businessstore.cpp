// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessstore.h"

#include "accountstore.h"
#include "database.h"
#include "sql.h"
#include "transaction.h"

namespace careportal::server {

namespace {

const QString kCustomerColumns =
    QStringLiteral("id, name, address, postcode, city, postal_address, kvk_number, phone, email, "
                   "website");

const QString kContactColumns = QStringLiteral(
    "id, customer_id, account_id, initials, first_name, prefix, surname, nickname, birth_date, "
    "gender, address, postal_address, phone, mobile, email, department, function_code, "
    "function_on_card, is_admin, is_portal_user, email_services, all_projects");

BusinessCustomerRecord readCustomer(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString()};
}

BusinessContactRecord readContact(const QSqlQuery &q) {
    BusinessContactRecord c;
    c.id = q.value(0).toString();
    c.customerId = q.value(1).toString();
    c.accountId = q.value(2).toString();
    c.initials = q.value(3).toString();
    c.firstName = q.value(4).toString();
    c.prefix = q.value(5).toString();
    c.surname = q.value(6).toString();
    c.nickname = q.value(7).toString();
    c.birthDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    c.gender = q.value(9).toString();
    c.address = q.value(10).toString();
    c.postalAddress = q.value(11).toString();
    c.phone = q.value(12).toString();
    c.mobile = q.value(13).toString();
    c.email = q.value(14).toString();
    c.department = q.value(15).toString();
    c.functionCode = q.value(16).toString();
    c.functionOnCard = q.value(17).toString();
    c.rights = {q.value(18).toBool(), q.value(19).toBool(), q.value(20).toBool(),
                q.value(21).toBool()};
    return c;
}

/// The contact's details in the column order of kContactColumns from initials to
/// function_on_card, as both the insert and the update bind them.
QVariantList detailValues(const BusinessContactRecord &c) {
    return {notNull(c.initials),      notNull(c.firstName),
            notNull(c.prefix),        c.surname,
            notNull(c.nickname),      dateOrNull(c.birthDate),
            notNull(c.gender),        notNull(c.address),
            notNull(c.postalAddress), notNull(c.phone),
            notNull(c.mobile),        notNull(c.email),
            notNull(c.department),    textOrNull(c.functionCode),
            notNull(c.functionOnCard)};
}

} // namespace

QString BusinessContactRecord::displayName() const {
    QStringList parts{firstName.isEmpty() ? initials : firstName, prefix, surname};
    parts.removeAll(QString());
    return parts.join(u' ');
}

BusinessStore::BusinessStore(Database &database)
    : m_database(database) {}

QString BusinessStore::accountKind(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT kind FROM accounts WHERE id = ?"), {accountId}) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

bool BusinessStore::hasPortalAccess(const QString &accountId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("SELECT 1 FROM business_contacts WHERE account_id = ? AND "
                              "is_portal_user = 1 LIMIT 1"),
               {accountId}) &&
           query.next();
}

bool BusinessStore::insertBusinessAccount(const AccountRecord &account,
                                          const BusinessContactRecord &contact) {
    Transaction transaction(m_database);
    if (!transaction.isActive() || !AccountStore(m_database).insertAccount(account))
        return false;
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE accounts SET kind = 'business' WHERE id = ?"),
               {account.id}) &&
           insertContact(contact) && transaction.commit();
}

bool BusinessStore::insertCustomer(const BusinessCustomerRecord &c) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO business_customers (%1, created_utc) VALUES (?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(kCustomerColumns),
               {c.id, c.name, notNull(c.address), notNull(c.postcode), notNull(c.city),
                notNull(c.postalAddress), notNull(c.kvkNumber), notNull(c.phone), notNull(c.email),
                notNull(c.website), QDateTime::currentSecsSinceEpoch()});
}

std::optional<BusinessCustomerRecord> BusinessStore::customer(const QString &customerId) {
    return readRow(
        m_database,
        QStringLiteral("SELECT %1 FROM business_customers WHERE id = ?").arg(kCustomerColumns),
        {customerId}, readCustomer);
}

QList<BusinessCustomerRecord> BusinessStore::customers() {
    return readRows(m_database,
                    QStringLiteral("SELECT %1 FROM business_customers ORDER BY name COLLATE "
                                   "NOCASE, id")
                        .arg(kCustomerColumns),
                    {}, readCustomer);
}

bool BusinessStore::insertContact(const BusinessContactRecord &c) {
    CachedQuery query(m_database);
    const QVariantList values =
        QVariantList{c.id, c.customerId, textOrNull(c.accountId)} + detailValues(c) +
        QVariantList{c.rights.administrator, c.rights.portalUser, c.rights.emailServices,
                     c.rights.allProjects, QDateTime::currentSecsSinceEpoch()};
    return run(query,
               QStringLiteral("INSERT INTO business_contacts (%1, created_utc) VALUES (?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                   .arg(kContactColumns),
               values);
}

std::optional<BusinessContactRecord> BusinessStore::contact(const QString &customerId,
                                                            const QString &contactId) {
    auto found = contactById(contactId);
    if (!found || found->customerId != customerId)
        return std::nullopt;
    return found;
}

std::optional<BusinessContactRecord> BusinessStore::contactById(const QString &contactId) {
    return readRow(
        m_database,
        QStringLiteral("SELECT %1 FROM business_contacts WHERE id = ?").arg(kContactColumns),
        {contactId}, readContact);
}

std::optional<BusinessContactRecord> BusinessStore::contactOfAccount(const QString &accountId,
                                                                     const QString &customerId) {
    return readRow(m_database,
                   QStringLiteral("SELECT %1 FROM business_contacts WHERE account_id = ? AND "
                                  "customer_id = ?")
                       .arg(kContactColumns),
                   {accountId, customerId}, readContact);
}

QList<QPair<BusinessContactRecord, QString>>
BusinessStore::contactsOfAccount(const QString &accountId) {
    return readRows(
        m_database,
        QStringLiteral("SELECT %1, c.name FROM business_contacts bc JOIN "
                       "business_customers c ON c.id = bc.customer_id WHERE "
                       "bc.account_id = ? ORDER BY c.name COLLATE NOCASE, c.id")
            .arg(qualifiedColumns(kContactColumns, QStringLiteral("bc"))),
        {accountId}, [](const QSqlQuery &q) {
            return QPair<BusinessContactRecord, QString>{readContact(q), q.value(22).toString()};
        });
}

QList<BusinessContactRecord> BusinessStore::contacts(const QString &customerId) {
    return readRows(m_database,
                    QStringLiteral("SELECT %1 FROM business_contacts WHERE customer_id = ? ORDER "
                                   "BY surname COLLATE NOCASE, first_name COLLATE NOCASE, id")
                        .arg(kContactColumns),
                    {customerId}, readContact);
}

namespace {

/// Beheerders who can log in to the customer's portal.
std::optional<qint64> administrators(Database &database, const QString &customerId) {
    CachedQuery query(database);
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM business_contacts WHERE customer_id = ? AND "
                            "is_admin = 1 AND is_portal_user = 1 AND account_id IS NOT NULL"),
             {customerId}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

BusinessStore::Change BusinessStore::updateContact(const BusinessContactRecord &c,
                                                   bool leaveProjects,
                                                   const std::optional<AccountRecord> &newAccount) {
    Transaction transaction(m_database);
    const auto before =
        transaction.isActive() ? administrators(m_database, c.customerId) : std::nullopt;
    if (!before)
        return Change::Failed;
    if (newAccount) {
        CachedQuery kind(m_database);
        if (!AccountStore(m_database).insertAccount(*newAccount) ||
            !run(kind, QStringLiteral("UPDATE accounts SET kind = 'business' WHERE id = ?"),
                 {newAccount->id}))
            return Change::Failed;
    }
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("UPDATE business_contacts SET initials = ?, first_name = ?, prefix = "
                            "?, surname = ?, nickname = ?, birth_date = ?, gender = ?, address = "
                            "?, postal_address = ?, phone = ?, mobile = ?, email = ?, department = "
                            "?, function_code = ?, function_on_card = ?, email_services = ?, "
                            "all_projects = ?, is_admin = ?, is_portal_user = ?, account_id = ? "
                            "WHERE id = ? AND customer_id = ?"),
             detailValues(c) + QVariantList{c.rights.emailServices, c.rights.allProjects,
                                            c.rights.administrator, c.rights.portalUser,
                                            textOrNull(c.accountId), c.id, c.customerId}))
        return Change::Failed;
    if (query.numRowsAffected() != 1)
        return Change::NotFound;
    if (leaveProjects) {
        CachedQuery leave(m_database);
        if (!run(leave, QStringLiteral("DELETE FROM business_project_members WHERE contact_id = ?"),
                 {c.id}))
            return Change::Failed;
    }
    const auto after = administrators(m_database, c.customerId);
    if (!after)
        return Change::Failed;
    if (*before > 0 && *after == 0)
        return Change::LastAdministrator; // rolled back as the transaction goes
    return transaction.commit() ? Change::Done : Change::Failed;
}

BusinessStore::Change BusinessStore::removeContact(const QString &customerId,
                                                   const QString &contactId) {
    Transaction transaction(m_database);
    const auto before =
        transaction.isActive() ? administrators(m_database, customerId) : std::nullopt;
    if (!before)
        return Change::Failed;
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("DELETE FROM business_contacts WHERE id = ? AND customer_id = ?"),
             {contactId, customerId}))
        return Change::Failed;
    if (query.numRowsAffected() != 1)
        return Change::NotFound;
    const auto after = administrators(m_database, customerId);
    if (!after)
        return Change::Failed;
    if (*before > 0 && *after == 0)
        return Change::LastAdministrator;
    return transaction.commit() ? Change::Done : Change::Failed;
}

QList<LabelledOption> BusinessStore::functions() {
    return readRows(m_database,
                    QStringLiteral("SELECT code, label_nl, label_en FROM business_functions "
                                   "ORDER BY position, code"),
                    {}, [](const QSqlQuery &q) {
                        return LabelledOption{q.value(0).toString(), q.value(1).toString(),
                                              q.value(2).toString()};
                    });
}

} // namespace careportal::server
