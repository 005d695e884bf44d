// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidcschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace careportal::server {

bool migrateToOidcLinks(QSqlDatabase &db, QString *errorMessage) {
    const QStringList statements{
        QStringLiteral("CREATE TABLE oidc_links (issuer TEXT NOT NULL, subject TEXT NOT NULL, "
                       "account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                       "linked_by TEXT NOT NULL CHECK (linked_by IN ('admin', 'email')), "
                       "linked_utc INTEGER NOT NULL, PRIMARY KEY (issuer, subject)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX oidc_links_account ON oidc_links (account_id)"),
        QStringLiteral("CREATE TABLE oidc_seen_tokens (token_hash BLOB PRIMARY KEY, "
                       "expires_utc INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX oidc_seen_tokens_expiry ON oidc_seen_tokens (expires_utc)"),
        QStringLiteral("CREATE TABLE oidc_issuer (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "issuer TEXT NOT NULL)"),
    };
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *errorMessage = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

bool migrateToSessionLoginMethod(QSqlDatabase &db, QString *errorMessage) {
    const QString statement =
        QStringLiteral("ALTER TABLE sessions ADD COLUMN login_method TEXT NOT NULL DEFAULT "
                       "'password' CHECK (login_method IN ('password', 'oidc'))");
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *errorMessage = query.lastError().text() + QStringLiteral(" in: ") + statement;
        return false;
    }
    return true;
}

} // namespace careportal::server
