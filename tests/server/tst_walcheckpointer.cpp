// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/database.h"
#include "storage/walcheckpointer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace careportal::server;
using namespace std::chrono_literals;

/// WalCheckpointer takes the write-ahead log's checkpoints off the committing threads and
/// still keeps the log from growing without end.
class TestWalCheckpointer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    /// `count` commits of one 4 KiB row each: at least one log frame per commit.
    void commitRows(int count) {
        QSqlQuery insert(m_database->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO rows (data) VALUES (zeroblob(4000))")));
        for (int i = 0; i < count; ++i)
            QVERIFY(insert.exec());
    }

    /// The log's length in frames and how many of them are copied, from a connection of a
    /// thread of its own (a fresh connection, as the server's threads have).
    struct LogState {
        int frames = -1;
        int copied = -1;
    };
    LogState logState() {
        QSqlQuery query(m_database->connection());
        LogState state;
        // PASSIVE copies nothing a reader needs and reports the log as it stands.
        if (query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && query.next())
            state = {query.value(1).toInt(), query.value(2).toInt()};
        return state;
    }

    /// PRAGMA wal_autocheckpoint as a connection opened now on another thread sees it.
    int autoCheckpointOfANewConnection() {
        int pages = -1;
        std::thread([&] {
            QSqlQuery query(m_database->connection());
            if (query.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) && query.next())
                pages = query.value(0).toInt();
        }).join();
        return pages;
    }

private Q_SLOTS:
    void init() {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("wal.sqlite")));
        QString error;
        QVERIFY2(m_database->initialise(&error), qPrintable(error));
        QSqlQuery setUp(m_database->connection());
        QVERIFY(setUp.exec(QStringLiteral("DROP TABLE IF EXISTS rows")));
        QVERIFY(setUp.exec(QStringLiteral("CREATE TABLE rows (data BLOB)")));
    }

    void cleanup() { m_database.reset(); }

    void commitsLeaveCheckpointsToItWhileItRuns() {
        QCOMPARE(autoCheckpointOfANewConnection(), 1000); // SQLite's default
        {
            WalCheckpointer checkpointer(*m_database, 1h);
            QCOMPARE(autoCheckpointOfANewConnection(), 0);
        }
        QCOMPARE(autoCheckpointOfANewConnection(), 1000);
    }

    void aLongLogIsStartedAgain() {
        WalCheckpointer checkpointer(*m_database, 1h); // checkpoints only when asked
        QSqlQuery(m_database->connection())
            .exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")); // this thread's, opened before
        commitRows(5000);
        QVERIFY(logState().frames >= 5000);
        QVERIFY(checkpointer.checkpoint());
        commitRows(1);
        // Begun again from its start: the last commit's frames only.
        const LogState after = logState();
        QVERIFY2(after.frames > 0 && after.frames < 10, qPrintable(QString::number(after.frames)));
    }

    void aShortLogIsCopiedButLeftAsItIs() {
        WalCheckpointer checkpointer(*m_database, 1h);
        QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        commitRows(100);
        QVERIFY(checkpointer.checkpoint());
        const LogState state = logState();
        QVERIFY(state.frames >= 100); // no writer was held up to restart it
        QCOMPARE(state.copied, state.frames);
    }

    void itsThreadStartsALongLogAgainByItself() {
        WalCheckpointer checkpointer(*m_database, 20ms);
        QSqlQuery(m_database->connection()).exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
        commitRows(5000);
        // A PASSIVE run (all logState() does) never starts the log again: only the thread's
        // RESTART can make a later commit land at the log's beginning.
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                commitRows(1);
                const int frames = logState().frames;
                return frames > 0 && frames < 10;
            }(),
            10000);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
