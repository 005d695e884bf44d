// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sql.h"

#include "database.h"
#include "logging/logcategories.h"

#include <QSqlError>
#include <sqlite3.h>

namespace careportal::server {

QVariant epoch(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpoch(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant dateOrNull(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString qualifiedColumns(const QString &columns, const QString &alias) {
    QStringList names = columns.split(QStringLiteral(", "));
    for (QString &name : names)
        name.prepend(alias + u'.');
    return names.join(QStringLiteral(", "));
}

namespace {

bool bindAndRun(QSqlQuery &query, const QString &sql, const QVariantList &values) {
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDb) << "Query failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

} // namespace

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values) {
    if (!query.prepare(sql)) {
        qCWarning(lcDb) << "Prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    return bindAndRun(query, sql, values);
}

bool run(CachedQuery &query, const QString &sql, const QVariantList &values) {
    if (!query.prepareKept(sql)) {
        qCWarning(lcDb) << "Prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    return bindAndRun(query, sql, values);
}

CachedQuery::CachedQuery(Database &database)
    : QSqlQuery(database.connection())
    , m_database(database) {}

CachedQuery::~CachedQuery() {
    giveBack();
}

bool CachedQuery::prepareKept(const QString &sql) {
    giveBack();
    if (auto kept = m_database.takeStatement(sql)) {
        QSqlQuery::operator=(std::move(*kept));
        m_sql = sql;
        return true;
    }
    if (!prepare(sql))
        return false;
    m_sql = sql;
    return true;
}

void CachedQuery::giveBack() {
    if (m_sql.isEmpty())
        return;
    finish(); // ends its read of the database, as destroying it did
    // Only a statement still prepared for its SQL is kept (a caller may have prepared other
    // SQL on this query through a plain QSqlQuery reference).
    if (lastQuery() == m_sql)
        m_database.keepStatement(m_sql, std::move(static_cast<QSqlQuery &>(*this)));
    m_sql.clear();
    // The statement went to the cache; this query starts afresh for whatever it runs next.
    QSqlQuery::operator=(QSqlQuery(m_database.connection()));
}

std::optional<qint64> readInteger(Database &database, const char *sql, const QString &key) {
    sqlite3_stmt *statement = database.rawStatement(sql);
    if (!statement)
        return std::nullopt;
    const QByteArray utf8 = key.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    std::optional<qint64> result;
    const int step = sqlite3_step(statement);
    if (step == SQLITE_ROW)
        result = sqlite3_column_int64(statement, 0);
    else if (step == SQLITE_DONE)
        result = 0;
    else
        qCWarning(lcDb) << "Read failed:" << sqlite3_errmsg(sqlite3_db_handle(statement)) << sql;
    // Reset at once: the read transaction ends here, not at the statement's next use.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result;
}

} // namespace careportal::server
