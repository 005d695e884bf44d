// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordresetstore.h"

#include "database.h"
#include "sql.h"

namespace careportal::server {

PasswordResetStore::PasswordResetStore(Database &database)
    : m_database(database) {}

bool PasswordResetStore::insert(const Reset &r, const QDateTime &createdAt) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO password_resets (id, account_id, code_hash, "
                              "created_utc, expires_utc) VALUES (?, ?, ?, ?, ?)"),
               {r.id, r.accountId, QString::fromLatin1(r.codeHash.toHex()), epoch(createdAt),
                epoch(r.expiresAt)});
}

std::optional<PasswordResetStore::Reset> PasswordResetStore::newest(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id, account_id, code_hash, expires_utc, used_utc IS NOT NULL, "
                            "wrong_tries FROM password_resets WHERE account_id = ? ORDER BY "
                            "created_utc DESC, rowid DESC LIMIT 1"),
             {accountId}) ||
        !query.next())
        return std::nullopt;
    return Reset{query.value(0).toString(),
                 query.value(1).toString(),
                 QByteArray::fromHex(query.value(2).toString().toLatin1()),
                 fromEpoch(query.value(3)),
                 query.value(4).toBool(),
                 query.value(5).toInt()};
}

int PasswordResetStore::countSince(const QString &accountId, const QDateTime &since) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM password_resets WHERE account_id = ? AND "
                            "created_utc >= ?"),
             {accountId, epoch(since)}) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool PasswordResetStore::claimTry(const QString &id, int limit, const QDateTime &now) {
    // Check and count in one statement (SQLite's write lock makes it atomic), so parallel
    // confirmations cannot all pass a count they read before any of them wrote.
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE password_resets SET wrong_tries = wrong_tries + 1 WHERE "
                              "id = ? AND used_utc IS NULL AND expires_utc > ? AND wrong_tries "
                              "< ?"),
               {id, epoch(now), limit}) &&
           query.numRowsAffected() == 1;
}

bool PasswordResetStore::returnTry(const QString &id) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE password_resets SET wrong_tries = wrong_tries - 1 WHERE "
                              "id = ? AND wrong_tries > 0"),
               {id});
}

bool PasswordResetStore::markUsed(const QString &id, const QDateTime &at) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE password_resets SET used_utc = ? WHERE id = ? AND used_utc "
                              "IS NULL"),
               {epoch(at), id}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
