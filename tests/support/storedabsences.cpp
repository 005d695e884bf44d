// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storedabsences.h"

#include "serverprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace careportal::test {

StoredAbsences::StoredAbsences(const ServerProcess &server)
    : m_connection(QStringLiteral("stored-absences-") + QUuid::createUuid().toString()) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(server.databasePath());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    (void)db.open(); // a closed connection answers every question with nothing
}

StoredAbsences::~StoredAbsences() {
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QList<StoredAbsences::Row> StoredAbsences::since(const QString &clientId, qint64 afterRow) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT rowid, start_date FROM absence_reports WHERE "
                                 "client_id = ? AND rowid > ? ORDER BY rowid"));
    query.addBindValue(clientId);
    query.addBindValue(afterRow);
    QList<Row> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString()});
    return rows;
}

QStringList StoredAbsences::startDatesSince(const QString &clientId, qint64 afterRow) const {
    QStringList dates;
    for (const Row &row : since(clientId, afterRow))
        dates.append(row.startDate);
    return dates;
}

qint64 StoredAbsences::lastRow() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM absence_reports")) &&
        query.next())
        return query.value(0).toLongLong();
    return 0;
}

} // namespace careportal::test
