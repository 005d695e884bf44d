// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidclinkstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

namespace careportal::server {

OidcLinkStore::OidcLinkStore(Database &database)
    : m_database(database) {}

std::optional<QString> OidcLinkStore::accountFor(const QString &issuer, const QString &subject) {
    return readRow(m_database,
                   QStringLiteral("SELECT account_id FROM oidc_links WHERE issuer = ? AND "
                                  "subject = ?"),
                   {issuer, subject}, [](const QSqlQuery &row) { return row.value(0).toString(); });
}

bool OidcLinkStore::link(const Link &link) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("DELETE FROM oidc_links WHERE issuer = ? AND (account_id = ? OR "
                              "subject = ?)"),
               {link.issuer, link.accountId, link.subject}) &&
           run(query,
               QStringLiteral("INSERT INTO oidc_links (issuer, subject, account_id, linked_by, "
                              "linked_utc) VALUES (?, ?, ?, ?, ?)"),
               {link.issuer, link.subject, link.accountId, link.linkedBy, epoch(link.linkedAt)}) &&
           transaction.commit();
}

int OidcLinkStore::unlinkAccount(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("DELETE FROM oidc_links WHERE account_id = ?"), {accountId}))
        return -1;
    return query.numRowsAffected();
}

QList<OidcLinkStore::Link> OidcLinkStore::linksOf(const QString &accountId) {
    return readRows(m_database,
                    QStringLiteral("SELECT issuer, subject, account_id, linked_by, linked_utc "
                                   "FROM oidc_links WHERE account_id = ? ORDER BY issuer"),
                    {accountId}, [](const QSqlQuery &row) {
                        return Link{row.value(0).toString(), row.value(1).toString(),
                                    row.value(2).toString(), row.value(3).toString(),
                                    fromEpoch(row.value(4))};
                    });
}

std::optional<QString> OidcLinkStore::accountByEmail(const QString &email) {
    if (email.trimmed().isEmpty())
        return std::nullopt;
    const QList<QString> ids =
        readRows(m_database,
                 QStringLiteral("SELECT id FROM accounts WHERE username = ? COLLATE NOCASE OR "
                                "(email <> '' AND email = ? COLLATE NOCASE) LIMIT 2"),
                 {email.trimmed(), email.trimmed()},
                 [](const QSqlQuery &row) { return row.value(0).toString(); });
    if (ids.size() != 1)
        return std::nullopt;
    return ids.first();
}

bool OidcLinkStore::setCurrentIssuer(const QString &issuer) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO oidc_issuer (id, issuer) VALUES (1, ?) ON "
                              "CONFLICT(id) DO UPDATE SET issuer = excluded.issuer"),
               {issuer});
}

QString OidcLinkStore::currentIssuer() {
    return readRow(m_database, QStringLiteral("SELECT issuer FROM oidc_issuer WHERE id = 1"), {},
                   [](const QSqlQuery &row) { return row.value(0).toString(); })
        .value_or(QString());
}

} // namespace careportal::server
