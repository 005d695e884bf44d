// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "businessrecords.h"
#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// Business customers and their contact persons (seed 004): which account works for which
/// customer with which rights. Reads that fail are logged and answer "nothing"; writes
/// report failure as false.
class BusinessStore {
public:
    explicit BusinessStore(Database &database);

    // Accounts
    /// "client" or "business"; empty when the account is unknown or the read failed.
    [[nodiscard]] QString accountKind(const QString &accountId);
    /// A business contact's account with its first contact row, in one transaction.
    [[nodiscard]] bool insertBusinessAccount(const AccountRecord &account,
                                             const BusinessContactRecord &contact);

    /// Whether the account is a business contact with "Medewerker klantportaal" on at one
    /// customer at least; a business contact without it cannot log in (seed 004).
    [[nodiscard]] bool hasPortalAccess(const QString &accountId);

    // Customers
    [[nodiscard]] bool insertCustomer(const BusinessCustomerRecord &customer);
    [[nodiscard]] std::optional<BusinessCustomerRecord> customer(const QString &customerId);
    /// Every customer, by name (staff listings).
    [[nodiscard]] QList<BusinessCustomerRecord> customers();

    // Contacts
    [[nodiscard]] bool insertContact(const BusinessContactRecord &contact);
    /// The contact `contactId` of `customerId`; nullopt when it is another customer's.
    [[nodiscard]] std::optional<BusinessContactRecord> contact(const QString &customerId,
                                                               const QString &contactId);
    [[nodiscard]] std::optional<BusinessContactRecord> contactById(const QString &contactId);
    /// The account's contact row at the customer; nullopt when it works for it not at all.
    [[nodiscard]] std::optional<BusinessContactRecord> contactOfAccount(const QString &accountId,
                                                                        const QString &customerId);
    /// Every contact row of the account, with its customer's name, by customer name.
    [[nodiscard]] QList<QPair<BusinessContactRecord, QString>>
    contactsOfAccount(const QString &accountId);
    /// The customer's contacts, by surname and first name.
    [[nodiscard]] QList<BusinessContactRecord> contacts(const QString &customerId);

    enum class Change { Done, NotFound, LastAdministrator, Failed };
    /// Replaces the contact's details, switches, rights and account link (not its customer).
    /// With `leaveProjects` ("alle projecten" switched off) it leaves every project (seed
    /// 004: "U wordt uit alle projecten verwijderd"). Refused, and nothing changed, when it
    /// would leave a customer that had a beheerder with a login without one. `newAccount`,
    /// when given, is the contact's new business account, made in the same transaction.
    [[nodiscard]] Change updateContact(const BusinessContactRecord &contact, bool leaveProjects,
                                       const std::optional<AccountRecord> &newAccount = {});
    /// Removes the contact (its memberships and questions go with it), under the same
    /// last-beheerder rule. Its account stays, without this customer.
    [[nodiscard]] Change removeContact(const QString &customerId, const QString &contactId);

    /// The function list with its codes (Administratief medewerker 200, ...).
    [[nodiscard]] QList<LabelledOption> functions();

private:
    Database &m_database;
};

} // namespace careportal::server
