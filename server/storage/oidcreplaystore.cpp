// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidcreplaystore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <algorithm>

namespace careportal::server {

OidcReplayStore::OidcReplayStore(Database &database)
    : m_database(database) {}

OidcReplayStore::Seen OidcReplayStore::remember(const QByteArray &tokenHash,
                                                const QDateTime &expiresAt, const QDateTime &now) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Seen::Failed;
    CachedQuery query(m_database);
    // An expired token is refused by its exp long before it could count as a replay.
    if (!run(query, QStringLiteral("DELETE FROM oidc_seen_tokens WHERE expires_utc < ?"),
             {epoch(now)}) ||
        !run(query,
             QStringLiteral("INSERT INTO oidc_seen_tokens (token_hash, expires_utc) VALUES (?, ?) "
                            "ON CONFLICT(token_hash) DO NOTHING"),
             {tokenHash, epoch(std::max(expiresAt, now))}))
        return Seen::Failed;
    const bool first = query.numRowsAffected() == 1;
    if (!transaction.commit())
        return Seen::Failed;
    return first ? Seen::First : Seen::Replayed;
}

int OidcReplayStore::count() {
    return readRow(m_database, QStringLiteral("SELECT COUNT(*) FROM oidc_seen_tokens"), {},
                   [](const QSqlQuery &row) { return row.value(0).toInt(); })
        .value_or(-1);
}

} // namespace careportal::server
