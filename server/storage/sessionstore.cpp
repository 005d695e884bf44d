// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QSqlDatabase>

namespace careportal::server {

namespace {

bool insertAccess(CachedQuery &query, const QByteArray &hash, const QString &sessionId,
                  const QDateTime &expiresAt) {
    return run(query,
               QStringLiteral("INSERT INTO tokens (token_hash, account_id, created_utc, "
                              "expires_utc, session_id) SELECT ?, account_id, ?, ?, id FROM "
                              "sessions WHERE id = ?"),
               {QString::fromLatin1(hash), QDateTime::currentSecsSinceEpoch(), epoch(expiresAt),
                sessionId}) &&
           query.numRowsAffected() == 1;
}

bool insertRefresh(CachedQuery &query, const QByteArray &hash, const QString &sessionId) {
    return run(query,
               QStringLiteral("INSERT INTO refresh_tokens (token_hash, session_id, created_utc) "
                              "VALUES (?, ?, ?)"),
               {QString::fromLatin1(hash), sessionId, QDateTime::currentSecsSinceEpoch()});
}

QVariant nullIfEmpty(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString storedMethod(LoginMethod method) {
    return method == LoginMethod::Oidc ? QStringLiteral("oidc") : QStringLiteral("password");
}

LoginMethod methodOf(const QVariant &stored) {
    return stored.toString() == QLatin1String("oidc") ? LoginMethod::Oidc : LoginMethod::Password;
}

// Access tokens by their flag, sessions (and so their refresh tokens) by their end.
bool endAccountSessions(CachedQuery &query, const QString &accountId, const QString &reason) {
    return run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ?"),
               {accountId}) &&
           run(query,
               QStringLiteral("UPDATE sessions SET ended_utc = ?, end_reason = ? WHERE "
                              "account_id = ? AND ended_utc IS NULL"),
               {QDateTime::currentSecsSinceEpoch(), reason, accountId});
}

/// Runs `work` in a transaction: committed when it returns true, rolled back otherwise.
template <typename Work> bool inTransaction(Database &database, Work work) {
    Transaction transaction(database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(database);
    return work(query) && transaction.commit();
}

} // namespace

SessionStore::SessionStore(Database &database)
    : m_database(database) {}

bool SessionStore::startSession(const SessionRecord &session, const QByteArray &accessHash,
                                const QDateTime &accessExpiresAt, const QByteArray &refreshHash) {
    return inTransaction(m_database, [&](CachedQuery &query) {
        return run(query,
                   QStringLiteral("INSERT INTO sessions (id, account_id, created_utc, "
                                  "last_active_utc, factor_pending, device_id, login_method) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {session.id, session.accountId, epoch(session.createdAt),
                    epoch(session.createdAt), nullIfEmpty(session.factorPending),
                    nullIfEmpty(session.deviceId), storedMethod(session.loginMethod)}) &&
               insertAccess(query, accessHash, session.id, accessExpiresAt) &&
               insertRefresh(query, refreshHash, session.id);
    });
}

std::optional<SessionRecord> SessionStore::session(const QString &sessionId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id, account_id, created_utc, last_active_utc, ended_utc, "
                            "end_reason, factor_pending, device_id, login_method FROM sessions "
                            "WHERE id = ?"),
             {sessionId}) ||
        !query.next())
        return std::nullopt;
    return SessionRecord{
        query.value(0).toString(), query.value(1).toString(), fromEpoch(query.value(2)),
        fromEpoch(query.value(3)), fromEpoch(query.value(4)), query.value(5).toString(),
        query.value(6).toString(), query.value(7).toString(), methodOf(query.value(8))};
}

bool SessionStore::touch(const QString &sessionId, const QDateTime &now) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE sessions SET last_active_utc = ? WHERE id = ? AND "
                              "last_active_utc < ?"),
               {epoch(now), sessionId, epoch(now)});
}

bool SessionStore::endSession(const QString &sessionId, const QString &reason) {
    return inTransaction(m_database, [&](CachedQuery &query) {
        return run(query,
                   QStringLiteral("UPDATE sessions SET ended_utc = ?, end_reason = ? WHERE id = ? "
                                  "AND ended_utc IS NULL"),
                   {QDateTime::currentSecsSinceEpoch(), reason, sessionId}) &&
               run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ?"),
                   {sessionId});
    });
}

std::optional<SessionStore::RefreshToken> SessionStore::refreshToken(const QByteArray &hash) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT session_id, used_utc FROM refresh_tokens WHERE token_hash = ?"),
             {QString::fromLatin1(hash)}) ||
        !query.next())
        return std::nullopt;
    return RefreshToken{query.value(0).toString(), !query.value(1).isNull()};
}

bool SessionStore::rotate(const QByteArray &usedHash, const QString &sessionId,
                          const QByteArray &accessHash, const QDateTime &accessExpiresAt,
                          const QByteArray &refreshHash) {
    return inTransaction(m_database, [&](CachedQuery &query) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return run(query,
                   QStringLiteral("UPDATE refresh_tokens SET used_utc = ? WHERE token_hash = ? "
                                  "AND used_utc IS NULL"),
                   {epoch(now), QString::fromLatin1(usedHash)}) &&
               query.numRowsAffected() == 1 &&
               // The access tokens handed out before end now, not at their expiry: a copy
               // of one is worth nothing after the next refresh.
               run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ?"),
                   {sessionId}) &&
               insertAccess(query, accessHash, sessionId, accessExpiresAt) &&
               insertRefresh(query, refreshHash, sessionId) &&
               run(query, QStringLiteral("UPDATE sessions SET last_active_utc = ? WHERE id = ?"),
                   {epoch(now), sessionId});
    });
}

bool SessionStore::completeFactor(const QString &sessionId, const QString &deviceId,
                                  const QByteArray &accessHash, const QDateTime &accessExpiresAt,
                                  const QByteArray &refreshHash) {
    return inTransaction(m_database, [&](CachedQuery &query) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // The waiting session's tokens end here: only the new pair opens the full session.
        return run(query,
                   QStringLiteral("UPDATE sessions SET factor_pending = NULL, device_id = "
                                  "COALESCE(?, device_id), last_active_utc = ? WHERE id = ? AND "
                                  "factor_pending IS NOT NULL AND ended_utc IS NULL"),
                   {nullIfEmpty(deviceId), now, sessionId}) &&
               query.numRowsAffected() == 1 &&
               run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ?"),
                   {sessionId}) &&
               run(query,
                   QStringLiteral("UPDATE refresh_tokens SET used_utc = ? WHERE session_id = ? "
                                  "AND used_utc IS NULL"),
                   {now, sessionId}) &&
               insertAccess(query, accessHash, sessionId, accessExpiresAt) &&
               insertRefresh(query, refreshHash, sessionId);
    });
}

bool SessionStore::endEverySession(const QString &accountId, const QString &reason) {
    return inTransaction(m_database, [&](CachedQuery &query) {
        return endAccountSessions(query, accountId, reason);
    });
}

bool SessionStore::revokeAllTokens(const QString &accountId) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    // A remembered device skips the second factor: whoever ends everything ("Overal
    // uitloggen", a password reset, a lost authenticator app) expects it to ask again.
    return endAccountSessions(query, accountId, QStringLiteral("all-ended")) &&
           run(query,
               QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE account_id = ? AND "
                              "revoked_utc IS NULL"),
               {QDateTime::currentSecsSinceEpoch(), accountId}) &&
           transaction.commit();
}

bool SessionStore::insertToken(const QByteArray &tokenHash, const QString &accountId,
                               const QDateTime &expiresAt, const QString &sessionId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO tokens (token_hash, account_id, created_utc, "
                              "expires_utc, session_id) VALUES (?, ?, ?, ?, ?)"),
               {QString::fromLatin1(tokenHash), accountId, QDateTime::currentSecsSinceEpoch(),
                epoch(expiresAt), sessionId.isEmpty() ? QVariant() : QVariant(sessionId)});
}

std::optional<TokenRecord> SessionStore::token(const QByteArray &tokenHash) {
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

bool SessionStore::revokeToken(const QByteArray &tokenHash) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE tokens SET revoked = 1 WHERE token_hash = ?"),
               {QString::fromLatin1(tokenHash)});
}

std::optional<int> SessionStore::addWrongCurrentPassword(const QByteArray &tokenHash) {
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

bool SessionStore::revokeOtherTokens(const QString &accountId, const QByteArray &keepHash) {
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

} // namespace careportal::server
