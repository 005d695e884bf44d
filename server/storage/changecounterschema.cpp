// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changecounterschema.h"

#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <utility>

namespace careportal::server {

namespace {

/// A change counter of schema 19: the table and the key column it counts by.
struct Counter {
    QString table;
    QString key;
};

const Counter kAuthCounter{QStringLiteral("auth_epochs"), QStringLiteral("account_id")};
const Counter kPlanningCounter{QStringLiteral("planning_epochs"), QStringLiteral("client_id")};

QString bump(const Counter &counter, const QString &row) {
    return QStringLiteral("INSERT INTO %1 (%2, epoch) VALUES (%3, 1) ON CONFLICT(%2) DO UPDATE "
                          "SET epoch = epoch + 1;")
        .arg(counter.table, counter.key, row);
}

/// Triggers that count every insert, update and delete of `table` for the key in `column`.
QStringList epochTriggers(const QString &table, const QString &column, const Counter &counter) {
    const QString fresh = QStringLiteral("NEW.") + column;
    const QString old = QStringLiteral("OLD.") + column;
    // An UPDATE that moves a row to another key counts for both.
    const QList<QPair<QString, QString>> events{
        {QStringLiteral("INSERT"), bump(counter, fresh)},
        {QStringLiteral("UPDATE"), bump(counter, fresh) + bump(counter, old)},
        {QStringLiteral("DELETE"), bump(counter, old)}};
    QStringList sql;
    for (const auto &[event, body] : events)
        sql << QStringLiteral("CREATE TRIGGER %1_%2_%3 AFTER %4 ON %1 BEGIN %5 END")
                   .arg(table, counter.table, event.toLower(), event, body);
    return sql;
}

} // namespace

bool migrateToChangeCounters(QSqlDatabase &db, QString *errorMessage) {
    QStringList sql;
    for (const Counter &counter : {kAuthCounter, kPlanningCounter})
        sql << QStringLiteral("CREATE TABLE %1 (%2 TEXT PRIMARY KEY, epoch INTEGER NOT NULL) "
                              "WITHOUT ROWID")
                   .arg(counter.table, counter.key);
    const QString accountId = QStringLiteral("account_id");
    sql << epochTriggers(QStringLiteral("tokens"), accountId, kAuthCounter)
        << epochTriggers(QStringLiteral("sessions"), accountId, kAuthCounter)
        << epochTriggers(QStringLiteral("accounts"), QStringLiteral("id"), kAuthCounter)
        << epochTriggers(QStringLiteral("account_clients"), accountId, kAuthCounter)
        << epochTriggers(QStringLiteral("appointments"), QStringLiteral("client_id"),
                         kPlanningCounter);
    // Rare, staff-made changes that reach many accounts: every cached session reloads.
    for (const char *table : {"clients", "organisation"})
        sql << QStringLiteral("CREATE TRIGGER %1_auth_epochs AFTER UPDATE ON %1 BEGIN UPDATE "
                              "auth_epochs SET epoch = epoch + 1; END")
                   .arg(QLatin1String(table));
    QSqlQuery query(db);
    for (const QString &statement : std::as_const(sql)) {
        if (!query.exec(statement)) {
            *errorMessage = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

} // namespace careportal::server
