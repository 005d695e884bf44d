// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secondfactorstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QSqlDatabase>

namespace careportal::server {

namespace {

QString hex(const QByteArray &bytes) {
    return notNull(QString::fromLatin1(bytes.toHex()));
}

QByteArray unhex(const QVariant &value) {
    return QByteArray::fromHex(value.toString().toLatin1());
}

SecondFactorStore::Device deviceFrom(const CachedQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            fromEpoch(query.value(3)), fromEpoch(query.value(4)), fromEpoch(query.value(5))};
}

const QString kDeviceColumns =
    QStringLiteral("id, account_id, name, first_used_utc, last_used_utc, expires_utc FROM devices");

} // namespace

SecondFactorStore::SecondFactorStore(Database &database)
    : m_database(database) {}

bool SecondFactorStore::required() {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("SELECT second_factor_required FROM organisation LIMIT 1"),
               {}) &&
           query.next() && query.value(0).toBool();
}

bool SecondFactorStore::setRequired(bool required) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE organisation SET second_factor_required = ?"),
               {required ? 1 : 0});
}

QString SecondFactorStore::phone(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT phone FROM accounts WHERE id = ?"), {accountId}) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

bool SecondFactorStore::setPhone(const QString &accountId, const QString &phone) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE accounts SET phone = ? WHERE id = ?"),
               {notNull(phone), accountId}) &&
           query.numRowsAffected() == 1;
}

QByteArray SecondFactorStore::totpSecret(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT totp_secret FROM accounts WHERE id = ?"), {accountId}) ||
        !query.next())
        return {};
    return unhex(query.value(0));
}

QByteArray SecondFactorStore::pendingTotpSecret(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT totp_pending_secret FROM accounts WHERE id = ?"),
             {accountId}) ||
        !query.next())
        return {};
    return unhex(query.value(0));
}

bool SecondFactorStore::setPendingTotpSecret(const QString &accountId, const QByteArray &secret) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE accounts SET totp_pending_secret = ? WHERE id = ?"),
               {hex(secret), accountId}) &&
           query.numRowsAffected() == 1;
}

bool SecondFactorStore::confirmTotp(const QString &accountId, qint64 step) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET totp_secret = totp_pending_secret, "
                              "totp_pending_secret = NULL, totp_last_step = ? WHERE id = ? AND "
                              "totp_pending_secret IS NOT NULL"),
               {step, accountId}) &&
           query.numRowsAffected() == 1;
}

bool SecondFactorStore::removeTotp(const QString &accountId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET totp_secret = NULL, totp_pending_secret = "
                              "NULL WHERE id = ?"),
               {accountId});
}

bool SecondFactorStore::useTotpStep(const QString &accountId, qint64 step) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET totp_last_step = ? WHERE id = ? AND "
                              "totp_last_step < ?"),
               {step, accountId, step}) &&
           query.numRowsAffected() == 1;
}

bool SecondFactorStore::putCode(const QString &sessionId, const QString &purpose,
                                const QByteArray &hash, const QDateTime &expiresAt,
                                const QDateTime &now) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO factor_codes (session_id, purpose, code_hash, "
                              "expires_utc, last_sent_utc) VALUES (?, ?, ?, ?, ?) ON "
                              "CONFLICT (session_id, purpose) DO UPDATE SET code_hash = "
                              "excluded.code_hash, expires_utc = excluded.expires_utc, "
                              "sends = sends + 1, last_sent_utc = excluded.last_sent_utc"),
               {sessionId, purpose, hex(hash), epoch(expiresAt), epoch(now)});
}

std::optional<SecondFactorStore::Code> SecondFactorStore::code(const QString &sessionId,
                                                               const QString &purpose) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT code_hash, expires_utc, wrong_tries, sends, last_sent_utc "
                            "FROM factor_codes WHERE session_id = ? AND purpose = ?"),
             {sessionId, purpose}) ||
        !query.next())
        return std::nullopt;
    return Code{unhex(query.value(0)), fromEpoch(query.value(1)), query.value(2).toInt(),
                query.value(3).toInt(), fromEpoch(query.value(4))};
}

std::optional<int> SecondFactorStore::claimTry(const QString &sessionId, const QString &purpose,
                                               int limit, const QDateTime &now) {
    // One statement checks and counts: SQLite runs it under its write lock, so of parallel
    // requests at most `limit` ever get a try, whatever they read before.
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("UPDATE factor_codes SET wrong_tries = wrong_tries + 1 WHERE "
                            "session_id = ? AND purpose = ? AND wrong_tries < ? AND "
                            "expires_utc > ? RETURNING wrong_tries"),
             {sessionId, purpose, limit, epoch(now)}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toInt();
}

bool SecondFactorStore::dropCode(const QString &sessionId, const QString &purpose) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("DELETE FROM factor_codes WHERE session_id = ? AND purpose = ?"),
               {sessionId, purpose}) &&
           query.numRowsAffected() == 1;
}

bool SecondFactorStore::addDevice(const Device &d, const QByteArray &tokenHash) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO devices (id, account_id, token_hash, name, "
                              "first_used_utc, last_used_utc, expires_utc) VALUES (?, ?, ?, ?, "
                              "?, ?, ?)"),
               {d.id, d.accountId, hex(tokenHash), notNull(d.name), epoch(d.firstUsedAt),
                epoch(d.lastUsedAt), epoch(d.expiresAt)});
}

std::optional<SecondFactorStore::Device> SecondFactorStore::device(const QByteArray &tokenHash,
                                                                   const QDateTime &now) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT ") + kDeviceColumns +
                 QStringLiteral(" WHERE token_hash = ? AND revoked_utc IS NULL AND expires_utc "
                                "> ?"),
             {hex(tokenHash), epoch(now)}) ||
        !query.next())
        return std::nullopt;
    return deviceFrom(query);
}

bool SecondFactorStore::touchDevice(const QString &deviceId, const QDateTime &now) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE devices SET last_used_utc = ? WHERE id = ?"),
               {epoch(now), deviceId});
}

QList<SecondFactorStore::Device> SecondFactorStore::devices(const QString &accountId,
                                                            const QDateTime &now) {
    CachedQuery query(m_database);
    QList<Device> result;
    if (!run(query,
             QStringLiteral("SELECT ") + kDeviceColumns +
                 QStringLiteral(" WHERE account_id = ? AND revoked_utc IS NULL AND expires_utc "
                                "> ? ORDER BY last_used_utc DESC, id"),
             {accountId, epoch(now)}))
        return result;
    while (query.next())
        result.append(deviceFrom(query));
    return result;
}

bool SecondFactorStore::revokeDevice(const QString &accountId, const QString &deviceId,
                                     const QDateTime &now) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    const bool ok =
        run(query,
            QStringLiteral("UPDATE devices SET revoked_utc = ? WHERE id = ? AND account_id = ? "
                           "AND revoked_utc IS NULL"),
            {epoch(now), deviceId, accountId}) &&
        query.numRowsAffected() == 1 &&
        run(query,
            QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id IN (SELECT id FROM "
                           "sessions WHERE device_id = ?)"),
            {deviceId}) &&
        run(query,
            QStringLiteral("UPDATE sessions SET ended_utc = ?, end_reason = 'device-revoked' "
                           "WHERE device_id = ? AND ended_utc IS NULL"),
            {epoch(now), deviceId});
    return ok && transaction.commit();
}

} // namespace careportal::server
