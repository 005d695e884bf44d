// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for "Aanmelden cliëntportaal" requests: stored as sent, listed for staff, decided
/// once (approved with the account that was made, or rejected with a reason).
class RegistrationStore {
public:
    struct Person {
        QString firstName;
        QString surname;
        QString phone;
        QString email;
    };

    struct Registration {
        QString id;
        QDateTime createdAt;
        QString address; // where the request came from (for the rate limit)
        Person requester;
        QString relation; // self, representative, contact
        Person client;    // the requester again for "self"
        QString status;   // open, approved, rejected
        QString reason;
    };

    explicit RegistrationStore(Database &database);

    [[nodiscard]] bool insert(const Registration &registration);
    [[nodiscard]] int countFromAddressSince(const QString &address, const QDateTime &since);
    [[nodiscard]] QList<Registration> open();
    [[nodiscard]] std::optional<Registration> registration(const QString &id);
    /// Marks an open request decided; false when it was decided already.
    [[nodiscard]] bool decide(const QString &id, const QString &status, const QString &staff,
                              const QString &reason, const QString &accountId);

private:
    Database &m_database;
};

} // namespace careportal::server
