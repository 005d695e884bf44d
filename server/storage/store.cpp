#include "store.h"

#include "database.h"
#include "logging/logcategories.h"
#include "sql.h"
#include "transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace careportal::server {

namespace {

const QString kAccountColumns =
    QStringLiteral("id, username, password_hash, salutation, initials, surname, display_name, "
                   "must_change_password");

// Read with the columns insertAccount does not write.
const QString kAccountReadColumns = kAccountColumns + QStringLiteral(", disabled");

const QString kClientColumns = QStringLiteral("id, salutation, initials, surname, display_name");
const QString kVisitColumns =
    QStringLiteral("id, client_id, start_utc, end_utc, help_type, carer_name, cancelled_by");

ClientRecord readClient(const CachedQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

StaffVisitRecord readVisit(const CachedQuery &query) {
    return {{query.value(0).toString(), query.value(1).toString(), fromEpoch(query.value(2)),
             fromEpoch(query.value(3)), query.value(4).toString(), query.value(5).toString()},
            query.value(6).toString()};
}

AccountRecord readAccount(const CachedQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toBool(),   query.value(8).toBool()};
}

} // namespace

Store::Store(Database &database)
    : m_database(database) {}

std::optional<OrganisationRecord> Store::organisation() {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id, name, phone, primary_color, accent_color, logo_media_type, "
                            "logo_data, absence_notice_days FROM organisation LIMIT 1"),
             {}) ||
        !query.next())
        return std::nullopt;
    return OrganisationRecord{query.value(0).toString(),    query.value(1).toString(),
                              query.value(2).toString(),    query.value(3).toString(),
                              query.value(4).toString(),    query.value(5).toString(),
                              query.value(6).toByteArray(), query.value(7).toInt()};
}

bool Store::insertOrganisation(const OrganisationRecord &o) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO organisation (id, name, phone, primary_color, "
                              "accent_color, logo_media_type, logo_data, absence_notice_days) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {o.id, o.name, o.phone, o.primaryColor, o.accentColor, o.logoMediaType, o.logoData,
                o.absenceNoticeDays});
}

bool Store::setBranding(const OrganisationRecord &o) {
    // "None" is stored empty, never NULL (the columns are NOT NULL).
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE organisation SET primary_color = ?, accent_color = ?, "
                              "logo_media_type = ?, logo_data = ? WHERE id = ?"),
               {text(o.primaryColor), text(o.accentColor), text(o.logoMediaType),
                o.logoData.isNull() ? QByteArray("") : o.logoData, o.id}) &&
           query.numRowsAffected() > 0;
}

bool Store::insertClient(const ClientRecord &c) {
    CachedQuery query(m_database);
    return run(
        query,
        QStringLiteral("INSERT INTO clients (%1) VALUES (?, ?, ?, ?, ?)").arg(kClientColumns),
        {c.id, c.salutation, c.initials, c.surname, c.displayName});
}

std::optional<ClientRecord> Store::client(const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kClientColumns),
             {clientId}) ||
        !query.next())
        return std::nullopt;
    return readClient(query);
}

QList<ClientRecord> Store::clients() {
    CachedQuery query(m_database);
    QList<ClientRecord> result;
    if (!run(query,
             QStringLiteral(
                 "SELECT %1 FROM clients ORDER BY surname COLLATE NOCASE, display_name, id")
                 .arg(kClientColumns),
             {}))
        return result;
    while (query.next())
        result.append(readClient(query));
    return result;
}

QList<LinkedAccount> Store::accountsOfClient(const QString &clientId) {
    CachedQuery query(m_database);
    QList<LinkedAccount> result;
    if (!run(query,
             QStringLiteral("SELECT a.id, a.username, ac.relation, a.must_change_password FROM "
                            "account_clients ac JOIN accounts a ON a.id = ac.account_id WHERE "
                            "ac.client_id = ? ORDER BY a.username"),
             {clientId}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toBool()});
    return result;
}

bool Store::insertClientWithAccount(const ClientRecord &client, const AccountRecord &account,
                                    const QString &relation) {
    Transaction transaction(m_database);
    return transaction.isActive() && insertClient(client) && insertAccount(account) &&
           linkAccountToClient(account.id, client.id, relation) && transaction.commit();
}

bool Store::insertAccount(const AccountRecord &a) {
    CachedQuery query(m_database);
    return run(query,
               // Until accounts get an e-mail field of their own, a user name that is an
               // e-mail address is the account's address (as migration 9 did for old ones).
               QStringLiteral("INSERT INTO accounts (%1, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "CASE WHEN ? LIKE '%_@_%' THEN ? ELSE '' END)")
                   .arg(kAccountColumns),
               {a.id, a.username, a.passwordHash, a.salutation, a.initials, a.surname,
                a.displayName, a.mustChangePassword ? 1 : 0, a.username, a.username});
}

bool Store::linkAccountToClient(const QString &accountId, const QString &clientId,
                                const QString &relation) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO account_clients (account_id, client_id, relation) "
                              "VALUES (?, ?, ?)"),
               {accountId, clientId, relation});
}

std::optional<AccountRecord> Store::accountByUsername(const QString &username) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM accounts WHERE username = ? COLLATE NOCASE")
                 .arg(kAccountReadColumns),
             {username}) ||
        !query.next())
        return std::nullopt;
    return readAccount(query);
}

std::optional<AccountRecord> Store::accountById(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountReadColumns),
             {accountId}) ||
        !query.next())
        return std::nullopt;
    return readAccount(query);
}

namespace {

// Seed 002: "Het cliëntportaal blijft nog 2 weken na overlijden of verhuizen beschikbaar.
// Daarna wordt het afgesloten." Care that ended on this day or later still gives access.
QString accessCutoff() {
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    return today.addDays(-Store::kAccessDaysAfterCareEnds).toString(Qt::ISODate);
}

} // namespace

QList<ClientLink> Store::clientsOfAccount(const QString &accountId) {
    CachedQuery query(m_database);
    QList<ClientLink> result;
    if (!run(query,
             QStringLiteral("SELECT c.id, c.display_name, ac.relation FROM account_clients ac "
                            "JOIN clients c ON c.id = ac.client_id WHERE ac.account_id = ? AND "
                            "(c.care_ended_on IS NULL OR c.care_ended_on >= ?) "
                            "ORDER BY c.display_name"),
             {accountId, accessCutoff()}))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

bool Store::accountMaySeeClient(const QString &accountId, const QString &clientId) {
    return relationToClient(accountId, clientId).has_value();
}

QString Store::accountEmail(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {accountId}) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

namespace {

// Access tokens by their flag, sessions (and so their refresh tokens) by their end.
bool endEverySession(CachedQuery &query, const QString &accountId, const QString &reason) {
    return run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ?"),
               {accountId}) &&
           run(query,
               QStringLiteral("UPDATE sessions SET ended_utc = ?, end_reason = ? WHERE "
                              "account_id = ? AND ended_utc IS NULL"),
               {QDateTime::currentSecsSinceEpoch(), reason, accountId});
}

} // namespace

bool Store::revokeAllTokens(const QString &accountId) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    // A remembered device skips the second factor: whoever ends everything ("Overal
    // uitloggen", a password reset, a lost authenticator app) expects it to ask again.
    return endEverySession(query, accountId, QStringLiteral("all-ended")) &&
           run(query,
               QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE account_id = ? AND "
                              "revoked_utc IS NULL"),
               {QDateTime::currentSecsSinceEpoch(), accountId}) &&
           transaction.commit();
}

bool Store::setAccountDisabled(const QString &accountId, bool disabled) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    const bool updated = run(query, QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"),
                             {disabled ? 1 : 0, accountId}) &&
                         query.numRowsAffected() == 1;
    const bool ended =
        updated && (!disabled || endEverySession(query, accountId, QStringLiteral("disabled")));
    return ended && transaction.commit();
}

SessionLimits Store::sessionLimits() {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT session_idle_minutes, session_absolute_minutes FROM "
                            "organisation LIMIT 1"),
             {}) ||
        !query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toInt()};
}

bool Store::setSessionLimits(const SessionLimits &limits) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE organisation SET session_idle_minutes = ?, "
                              "session_absolute_minutes = ?"),
               {limits.idleMinutes, limits.absoluteMinutes}) &&
           query.numRowsAffected() > 0;
}

std::optional<QString> Store::relationToClient(const QString &accountId, const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT ac.relation FROM account_clients ac JOIN clients c ON c.id = "
                            "ac.client_id WHERE ac.account_id = ? AND ac.client_id = ? AND "
                            "(c.care_ended_on IS NULL OR c.care_ended_on >= ?)"),
             {accountId, clientId, accessCutoff()}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool Store::setCareEnded(const QString &clientId, const QDate &endedOn) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE clients SET care_ended_on = ? WHERE id = ?"),
               {endedOn.isValid() ? QVariant(endedOn.toString(Qt::ISODate)) : QVariant(),
                clientId}) &&
           query.numRowsAffected() == 1;
}

bool Store::updatePassword(const QString &accountId, const QString &passwordHash) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0 "
                              "WHERE id = ?"),
               {passwordHash, accountId}) &&
           query.numRowsAffected() == 1;
}

LoginFailureState Store::loginFailures(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT failed_count, first_failed_utc, locked_until_utc, lock_count, "
                            "hour_failed_count, hour_started_utc FROM accounts WHERE id = ?"),
             {accountId}) ||
        !query.next())
        return {};
    return {query.value(0).toInt(), fromEpoch(query.value(1)), fromEpoch(query.value(2)),
            query.value(3).toInt(), query.value(4).toInt(),    fromEpoch(query.value(5))};
}

bool Store::setLoginFailures(const QString &accountId, const LoginFailureState &state) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET failed_count = ?, first_failed_utc = ?, "
                              "locked_until_utc = ?, lock_count = ?, hour_failed_count = ?, "
                              "hour_started_utc = ? WHERE id = ?"),
               {state.failedCount, epoch(state.firstFailedAt), epoch(state.lockedUntil),
                state.lockCount, state.hourFailedCount, epoch(state.hourStartedAt), accountId});
}

bool Store::insertToken(const QByteArray &tokenHash, const QString &accountId,
                        const QDateTime &expiresAt, const QString &sessionId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO tokens (token_hash, account_id, created_utc, "
                              "expires_utc, session_id) VALUES (?, ?, ?, ?, ?)"),
               {QString::fromLatin1(tokenHash), accountId, QDateTime::currentSecsSinceEpoch(),
                epoch(expiresAt), sessionId.isEmpty() ? QVariant() : QVariant(sessionId)});
}

std::optional<TokenRecord> Store::token(const QByteArray &tokenHash) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT account_id, expires_utc, revoked, session_id FROM tokens "
                            "WHERE token_hash = ?"),
             {QString::fromLatin1(tokenHash)}) ||
        !query.next())
        return std::nullopt;
    return TokenRecord{query.value(0).toString(), fromEpoch(query.value(1)),
                       query.value(2).toBool(), query.value(3).toString()};
}

bool Store::revokeToken(const QByteArray &tokenHash) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"),
               {QString::fromLatin1(tokenHash)});
}

std::optional<int> Store::addWrongCurrentPassword(const QByteArray &tokenHash) {
    CachedQuery query(m_database);
    const QString hash = QString::fromLatin1(tokenHash);
    if (!run(query,
             QStringLiteral("UPDATE tokens SET wrong_current_count = wrong_current_count + 1 "
                            "WHERE token_hash = ?"),
             {hash}) ||
        !run(query, QStringLiteral("SELECT wrong_current_count FROM tokens WHERE token_hash = ?"),
             {hash}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool Store::revokeOtherTokens(const QString &accountId, const QByteArray &keepHash) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    const QString keep = QString::fromLatin1(keepHash);
    // Other sessions end too, or their refresh tokens would mint new access tokens.
    const bool done =
        run(query,
            QStringLiteral("UPDATE sessions SET ended_utc = ?, end_reason = 'password-changed' "
                           "WHERE account_id = ? AND ended_utc IS NULL AND id IS NOT (SELECT "
                           "session_id FROM tokens WHERE token_hash = ?)"),
            {QDateTime::currentSecsSinceEpoch(), accountId, keep}) &&
        run(query,
            QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ? AND token_hash != ? "
                           "AND session_id IS NOT (SELECT session_id FROM tokens WHERE "
                           "token_hash = ?)"),
            {accountId, keep, keep});
    return done && transaction.commit();
}

bool Store::insertAppointments(const QList<AppointmentRecord> &appointments) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    for (const AppointmentRecord &a : appointments) {
        if (!run(query,
                 QStringLiteral("INSERT INTO appointments (id, client_id, start_utc, end_utc, "
                                "help_type, carer_name) VALUES (?, ?, ?, ?, ?, ?)"),
                 {a.id, a.clientId, epoch(a.start), epoch(a.end), a.helpType, a.carerName}))
            return false;
    }
    return transaction.commit();
}

QList<AppointmentRecord> Store::appointments(const QString &clientId, const QDateTime &fromUtc,
                                             const QDateTime &toUtc) {
    CachedQuery query(m_database);
    QList<AppointmentRecord> result;
    if (!run(query,
             QStringLiteral("SELECT id, client_id, start_utc, end_utc, help_type, carer_name FROM "
                            "appointments WHERE client_id = ? AND start_utc >= ? AND start_utc < "
                            "? AND cancelled_by IS NULL ORDER BY start_utc, id"),
             {clientId, epoch(fromUtc), epoch(toUtc)}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       fromEpoch(query.value(2)), fromEpoch(query.value(3)),
                       query.value(4).toString(), query.value(5).toString()});
    return result;
}

std::optional<StaffVisitRecord> Store::visit(const QString &id) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM appointments WHERE id = ?").arg(kVisitColumns),
             {id}) ||
        !query.next())
        return std::nullopt;
    return readVisit(query);
}

QList<StaffVisitRecord> Store::visits(const QString &clientId, const QDateTime &fromUtc,
                                      const QDateTime &toUtc) {
    CachedQuery query(m_database);
    QList<StaffVisitRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM appointments WHERE client_id = ? AND start_utc >= ? "
                            "AND start_utc < ? ORDER BY start_utc, id")
                 .arg(kVisitColumns),
             {clientId, epoch(fromUtc), epoch(toUtc)}))
        return result;
    while (query.next())
        result.append(readVisit(query));
    return result;
}

bool Store::updateVisit(const AppointmentRecord &v) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE appointments SET start_utc = ?, end_utc = ?, help_type = ?, "
                              "carer_name = ? WHERE id = ? AND cancelled_by IS NULL"),
               {epoch(v.start), epoch(v.end), v.helpType, v.carerName, v.id}) &&
           query.numRowsAffected() == 1;
}

bool Store::cancelVisit(const QString &id, const QString &cancelledBy) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE appointments SET cancelled_by = ? WHERE id = ? AND "
                              "cancelled_by IS NULL"),
               {cancelledBy, id}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
