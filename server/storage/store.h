#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// The only place with SQL. Handlers ask it questions in the API's own terms; it is
/// stateless apart from the Database, so one instance serves every request thread.
/// Reads that fail are logged and answer "nothing"; writes report failure as false.
class Store {
public:
    explicit Store(Database &database);

    // Organisation
    [[nodiscard]] std::optional<OrganisationRecord> organisation();
    [[nodiscard]] bool insertOrganisation(const OrganisationRecord &organisation);

    // Clients and accounts
    [[nodiscard]] bool insertClient(const ClientRecord &client);
    [[nodiscard]] bool insertAccount(const AccountRecord &account);
    [[nodiscard]] bool linkAccountToClient(const QString &accountId, const QString &clientId,
                                           const QString &relation);
    /// Case-insensitive; the caller trims.
    [[nodiscard]] std::optional<AccountRecord> accountByUsername(const QString &username);
    [[nodiscard]] std::optional<AccountRecord> accountById(const QString &accountId);
    [[nodiscard]] QList<ClientLink> clientsOfAccount(const QString &accountId);
    [[nodiscard]] bool accountMaySeeClient(const QString &accountId, const QString &clientId);
    /// Stores the new hash and clears the forced-change flag in one statement.
    [[nodiscard]] bool updatePassword(const QString &accountId, const QString &passwordHash);

    // Login throttling
    [[nodiscard]] LoginFailureState loginFailures(const QString &accountId);
    [[nodiscard]] bool setLoginFailures(const QString &accountId, const LoginFailureState &state);

    // Session tokens (only their SHA-256 is ever stored)
    [[nodiscard]] bool insertToken(const QByteArray &tokenHash, const QString &accountId,
                                   const QDateTime &expiresAt);
    [[nodiscard]] std::optional<TokenRecord> token(const QByteArray &tokenHash);
    [[nodiscard]] bool revokeToken(const QByteArray &tokenHash);
    [[nodiscard]] bool revokeOtherTokens(const QString &accountId, const QByteArray &keepHash);
    /// Counts one more wrong current password for this session; the new count, or nullopt
    /// when the write failed.
    [[nodiscard]] std::optional<int> addWrongCurrentPassword(const QByteArray &tokenHash);

    // Appointments
    /// All in one transaction: the demo seeder writes a year at once.
    [[nodiscard]] bool insertAppointments(const QList<AppointmentRecord> &appointments);
    /// Appointments starting in [fromUtc, toUtc), sorted by start.
    [[nodiscard]] QList<AppointmentRecord>
    appointments(const QString &clientId, const QDateTime &fromUtc, const QDateTime &toUtc);

private:
    Database &m_database;
};

} // namespace careportal::server
