// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privacystatementstore.h"

#include "database.h"
#include "sql.h"

namespace careportal::server {

PrivacyStatementStore::PrivacyStatementStore(Database &database)
    : m_database(database) {}

std::optional<PrivacyStatementStore::Statement> PrivacyStatementStore::statement() {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT body_nl, body_en, updated_on FROM privacy_statement WHERE id "
                            "= 1"),
             {}) ||
        !query.next())
        return std::nullopt;
    return Statement{query.value(0).toString(), query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate)};
}

bool PrivacyStatementStore::setStatement(const Statement &statement) {
    CachedQuery query(m_database);
    return run(
        query,
        QStringLiteral("INSERT INTO privacy_statement (id, body_nl, body_en, updated_on) "
                       "VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET body_nl = "
                       "excluded.body_nl, body_en = excluded.body_en, updated_on = "
                       "excluded.updated_on"),
        {notNull(statement.nl), notNull(statement.en), statement.updatedOn.toString(Qt::ISODate)});
}

} // namespace careportal::server
