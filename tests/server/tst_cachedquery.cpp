// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/database.h"
#include "storage/sql.h"

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace careportal::server;

/// CachedQuery keeps each thread's prepared statements between uses; a kept statement must
/// never be in two uses at once, nor be kept under another statement's SQL.
class TestCachedQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    const QString m_select = QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n");

    QList<int> numbersFrom(int first) {
        CachedQuery query(*m_database);
        QList<int> result;
        if (run(query, m_select, {first})) {
            while (query.next())
                result.append(query.value(0).toInt());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QString error;
        QVERIFY2(m_database->initialise(&error), qPrintable(error));
        QSqlQuery setUp(m_database->connection());
        QVERIFY(setUp.exec(QStringLiteral("CREATE TABLE numbers (n INTEGER)")));
        QVERIFY(
            setUp.exec(QStringLiteral("CREATE TABLE counters (k TEXT PRIMARY KEY, n INTEGER)")));
        QVERIFY(setUp.exec(QStringLiteral("INSERT INTO counters VALUES ('a', 7)")));
        for (int n = 1; n <= 5; ++n)
            QVERIFY(setUp.exec(QStringLiteral("INSERT INTO numbers VALUES (%1)").arg(n)));
    }

    void aKeptStatementGivesFreshResultsEachTime() {
        QCOMPARE(numbersFrom(1), QList<int>({1, 2, 3, 4, 5}));
        QCOMPARE(numbersFrom(4), QList<int>({4, 5}));
        QVERIFY(m_database->takeStatement(m_select).has_value()); // it was kept
        QCOMPARE(numbersFrom(2), QList<int>({2, 3, 4, 5}));
    }

    void theSameSqlNestedInALoopOverItsOwnResults() {
        CachedQuery outer(*m_database);
        QVERIFY(run(outer, m_select, {3}));
        QList<int> seen;
        while (outer.next()) {
            seen.append(outer.value(0).toInt());
            QCOMPARE(numbersFrom(1).size(), 5); // must not disturb the outer loop
        }
        QCOMPARE(seen, QList<int>({3, 4, 5}));
    }

    void aQueryPreparedWithOtherSqlIsNotKeptUnderItsFirst() {
        {
            CachedQuery query(*m_database);
            QVERIFY(run(query, m_select, {1}));
            QSqlQuery &plain = query; // as a helper taking QSqlQuery & would
            QVERIFY(run(plain, QStringLiteral("SELECT count(*) FROM numbers WHERE n < ?"), {3}));
            QVERIFY(plain.next());
            QCOMPARE(plain.value(0).toInt(), 2);
        }
        QCOMPARE(numbersFrom(5), QList<int>({5}));
    }

    // readInteger() serves the change counters of every request: one statement per thread,
    // prepared once, and finished (its read transaction ended) before it returns.
    void readIntegerReadsThroughOneKeptStatement() {
        const char *sql = "SELECT n FROM counters WHERE k = ?";
        QCOMPARE(readInteger(*m_database, sql, QStringLiteral("a")), std::optional<qint64>(7));
        QCOMPARE(readInteger(*m_database, sql, QStringLiteral("none")), std::optional<qint64>(0));
        sqlite3_stmt *kept = m_database->rawStatement(sql);
        QVERIFY(kept);
        QCOMPARE(m_database->rawStatement(sql), kept);
        QVERIFY(!sqlite3_stmt_busy(kept)); // reset: no read transaction left open
        QSqlQuery change(m_database->connection());
        QVERIFY(change.exec(QStringLiteral("UPDATE counters SET n = 8 WHERE k = 'a'")));
        QCOMPARE(readInteger(*m_database, sql, QStringLiteral("a")), std::optional<qint64>(8));
        QCOMPARE(readInteger(*m_database, "SELECT nothing FROM nowhere", QStringLiteral("a")),
                 std::nullopt);
    }

    // A kept statement belongs to its Database's connection: another Database on this
    // thread, opened after the first is gone, prepares its own.
    void rawStatementsGoWithTheirDatabase() {
        QTemporaryDir dir;
        const char *sql = "SELECT count(*) FROM sqlite_schema WHERE name = ?";
        for (int round = 0; round < 2; ++round) {
            Database database(dir.filePath(QStringLiteral("raw.sqlite")));
            QString error;
            QVERIFY2(database.initialise(&error), qPrintable(error));
            QVERIFY(readInteger(database, sql, QStringLiteral("x")).has_value());
        }
    }
};

QTEST_GUILESS_MAIN(TestCachedQuery)
#include "tst_cachedquery.moc"
