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
    /// Replaces the colours and logo (empty values: the app's neutral look).
    [[nodiscard]] bool setBranding(const OrganisationRecord &organisation);

    // Clients and accounts
    [[nodiscard]] bool insertClient(const ClientRecord &client);
    [[nodiscard]] std::optional<ClientRecord> client(const QString &clientId);
    /// Every client, by surname then display name (staff listings).
    [[nodiscard]] QList<ClientRecord> clients();
    /// The accounts linked to the client, by username.
    [[nodiscard]] QList<LinkedAccount> accountsOfClient(const QString &clientId);
    /// Client, account and link in one transaction, so a username taken meanwhile (the
    /// UNIQUE constraint) leaves no client without an account behind.
    [[nodiscard]] bool insertClientWithAccount(const ClientRecord &client,
                                               const AccountRecord &account,
                                               const QString &relation);
    [[nodiscard]] bool insertAccount(const AccountRecord &account);
    [[nodiscard]] bool linkAccountToClient(const QString &accountId, const QString &clientId,
                                           const QString &relation);
    /// Case-insensitive; the caller trims.
    [[nodiscard]] std::optional<AccountRecord> accountByUsername(const QString &username);
    [[nodiscard]] std::optional<AccountRecord> accountById(const QString &accountId);
    /// The clients the account may see today (see accountMaySeeClient), by name.
    [[nodiscard]] QList<ClientLink> clientsOfAccount(const QString &accountId);
    /// Staff: the last day of the client's care; an invalid date clears it. False when the
    /// client is unknown.
    [[nodiscard]] bool setCareEnded(const QString &clientId, const QDate &endedOn);
    static constexpr int kAccessDaysAfterCareEnds = 14;
    /// The account's e-mail address; empty when it has none.
    [[nodiscard]] QString accountEmail(const QString &accountId);
    /// Whether, and as what, the account may see the client. Access ends
    /// kAccessDaysAfterCareEnds days after the client's care ended (seed 002), for everyone.
    [[nodiscard]] bool accountMaySeeClient(const QString &accountId, const QString &clientId);
    /// How the account relates to the client ("self", "representative", "contact"); nullopt
    /// when it may not see the client (anymore).
    [[nodiscard]] std::optional<QString> relationToClient(const QString &accountId,
                                                          const QString &clientId);
    /// Stores the new hash and clears the forced-change flag in one statement.
    [[nodiscard]] bool updatePassword(const QString &accountId, const QString &passwordHash);

    // Login throttling
    [[nodiscard]] LoginFailureState loginFailures(const QString &accountId);
    [[nodiscard]] bool setLoginFailures(const QString &accountId, const LoginFailureState &state);

    // Session tokens (only their SHA-256 is ever stored)
    [[nodiscard]] bool insertToken(const QByteArray &tokenHash, const QString &accountId,
                                   const QDateTime &expiresAt, const QString &sessionId = {});
    [[nodiscard]] std::optional<TokenRecord> token(const QByteArray &tokenHash);
    [[nodiscard]] bool revokeToken(const QByteArray &tokenHash);
    [[nodiscard]] bool revokeOtherTokens(const QString &accountId, const QByteArray &keepHash);
    /// Ends every session of the account at once, refresh tokens included, and forgets its
    /// remembered devices (a password reset, "Overal uitloggen", staff's
    /// reset-second-factor).
    [[nodiscard]] bool revokeAllTokens(const QString &accountId);
    /// Staff: a disabled account cannot log in and loses every session in the same
    /// transaction; false when the account is unknown.
    [[nodiscard]] bool setAccountDisabled(const QString &accountId, bool disabled);
    [[nodiscard]] SessionLimits sessionLimits();
    [[nodiscard]] bool setSessionLimits(const SessionLimits &limits);
    /// Counts one more wrong current password for this session; the new count, or nullopt
    /// when the write failed.
    [[nodiscard]] std::optional<int> addWrongCurrentPassword(const QByteArray &tokenHash);

    // Appointments
    /// All in one transaction: the demo seeder writes a year at once.
    [[nodiscard]] bool insertAppointments(const QList<AppointmentRecord> &appointments);
    /// Appointments starting in [fromUtc, toUtc), sorted by start.
    [[nodiscard]] QList<AppointmentRecord>
    appointments(const QString &clientId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// Staff: one visit, cancelled or not.
    [[nodiscard]] std::optional<StaffVisitRecord> visit(const QString &id);
    /// Staff: the visits starting in [fromUtc, toUtc), cancelled ones included, by start.
    [[nodiscard]] QList<StaffVisitRecord> visits(const QString &clientId, const QDateTime &fromUtc,
                                                 const QDateTime &toUtc);
    /// Staff: new times, help type and carer of a visit that is not cancelled; false when
    /// the visit is unknown or cancelled (or the write failed).
    [[nodiscard]] bool updateVisit(const AppointmentRecord &visit);
    /// Staff: takes a planned visit out of the planning with `cancelledBy` as the reason;
    /// false when it is unknown or already cancelled.
    [[nodiscard]] bool cancelVisit(const QString &id, const QString &cancelledBy);

private:
    Database &m_database;
};

} // namespace careportal::server
