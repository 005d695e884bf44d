// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// SQL for a client's contact details and contact persons. Every read and write names the
/// client, so an id of another client's row simply matches nothing.
class ContactStore {
public:
    explicit ContactStore(Database &database);

    [[nodiscard]] QList<ContactDetailRecord> contactDetails(const QString &clientId);
    [[nodiscard]] std::optional<ContactDetailRecord> contactDetail(const QString &clientId,
                                                                   const QString &id);
    [[nodiscard]] bool insertContactDetail(const ContactDetailRecord &detail);
    /// False when the row does not exist for this client (or the write failed).
    [[nodiscard]] bool updateContactDetail(const ContactDetailRecord &detail);
    [[nodiscard]] bool deleteContactDetail(const QString &clientId, const QString &id);

    [[nodiscard]] QList<ContactPersonType> contactPersonTypes();
    /// Primary first, then by name.
    [[nodiscard]] QList<ContactPersonRecord> contactPersons(const QString &clientId);
    [[nodiscard]] std::optional<ContactPersonRecord> contactPerson(const QString &clientId,
                                                                   const QString &id);
    /// Insert or update in one transaction; a primary person first clears the old primary.
    /// False when updating a row that does not exist for this client.
    [[nodiscard]] bool saveContactPerson(const ContactPersonRecord &person, bool isNew);
    [[nodiscard]] bool deleteContactPerson(const QString &clientId, const QString &id);

private:
    Database &m_database;
};

} // namespace careportal::server
