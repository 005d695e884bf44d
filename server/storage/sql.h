// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <type_traits>

// Small helpers the storage classes share; nothing outside storage/ includes this.
namespace careportal::server {

class Database;

/// Seconds since the epoch for the INTEGER *_utc columns; NULL for an invalid time.
[[nodiscard]] QVariant epoch(const QDateTime &time);
[[nodiscard]] QDateTime fromEpoch(const QVariant &value);
/// "" for a null QString: Qt binds a null QString as SQL NULL, which the NOT NULL text
/// columns refuse.
[[nodiscard]] QString notNull(const QString &text);
/// A typed SQL NULL for an empty text, for the nullable text columns (ids, codes).
[[nodiscard]] QVariant textOrNull(const QString &text);
/// "YYYY-MM-DD", or a typed SQL NULL for an invalid date.
[[nodiscard]] QVariant dateOrNull(const QDate &date);
/// "id, name" as "p.id, p.name": a table's column list for a join under `alias`.
[[nodiscard]] QString qualifiedColumns(const QString &columns, const QString &alias);
/// Prepares, binds `values` in order and runs; logs failures so callers can stay short.
[[nodiscard]] bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

/// The integer `sql` selects for `key`, its one parameter (0 when there is no row; nullopt
/// when the read fails), on a statement kept per thread and run straight on SQLite: the
/// change counters are read at every request, and through QSqlQuery a read cost five times
/// what SQLite spends on it (perf: 17 % of the month GET for its two counters).
[[nodiscard]] std::optional<qint64> readInteger(Database &database, const char *sql,
                                                const QString &key);

/// A query on this thread's connection whose prepared statements are parsed once per thread
/// and kept between uses (Database::keepStatement): run() takes the kept statement for its
/// SQL, and the query gives it back, finished, when it runs other SQL or goes. A statement
/// in use is never kept, so the same SQL nested inside a loop over its own results gets a
/// statement of its own.
class CachedQuery : public QSqlQuery {
public:
    explicit CachedQuery(Database &database);
    ~CachedQuery();
    CachedQuery(const CachedQuery &) = delete;
    CachedQuery &operator=(const CachedQuery &) = delete;

    /// Prepares `sql`, with the statement kept from an earlier use when there is one.
    [[nodiscard]] bool prepareKept(const QString &sql);

private:
    void giveBack();

    Database &m_database;
    QString m_sql; ///< the SQL of the statement this query holds, empty when none
};

[[nodiscard]] bool run(CachedQuery &query, const QString &sql, const QVariantList &values);

/// Every row `sql` selects, each read by `read(const QSqlQuery &)`; empty when the query
/// fails (run() logged it). The loop every list reader of the stores would write again.
template <typename Reader>
[[nodiscard]] auto readRows(Database &database, const QString &sql, const QVariantList &values,
                            Reader read) {
    using Row = std::invoke_result_t<Reader, const QSqlQuery &>;
    QList<Row> result;
    CachedQuery query(database);
    if (!run(query, sql, values))
        return result;
    while (query.next())
        result.append(read(static_cast<const QSqlQuery &>(query)));
    return result;
}

/// The first row `sql` selects, read by `read`; nullopt when there is none or the query
/// fails.
template <typename Reader>
[[nodiscard]] auto readRow(Database &database, const QString &sql, const QVariantList &values,
                           Reader read) {
    using Row = std::invoke_result_t<Reader, const QSqlQuery &>;
    CachedQuery query(database);
    if (!run(query, sql, values) || !query.next())
        return std::optional<Row>();
    return std::optional<Row>(read(static_cast<const QSqlQuery &>(query)));
}

} // namespace careportal::server
