// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/accesslogstore.h"
#include "storage/accesslogwriter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <vector>

using namespace careportal::server;

namespace {

AccessLogRecord row(const QString &clientId, int n) {
    AccessLogRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.event = QStringLiteral("read");
    record.clientId = clientId;
    record.accountId = QStringLiteral("account-%1").arg(n);
    record.userName = QStringLiteral("Gebruiker %1").arg(n);
    record.onBehalfOf = clientId;
    record.role = QStringLiteral("self");
    record.device = QStringLiteral("tst_accesslogstore");
    record.address = QStringLiteral("127.0.0.1");
    record.object = QStringLiteral("appointments");
    return record;
}

int count(AccessLogStore &store, const QString &clientId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return int(
        store.entries(clientId, now.addDays(-1), now.addDays(1), std::nullopt, 100000).size());
}

} // namespace

/// The access log commits in groups (AccessLogStore::append, and AccessLogWriter for reads):
/// many request threads at once must lose no row and each must learn that its own row is
/// in — for the writer, only once it is committed, since the answer waits for that.
class TestAccessLogStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccessLogStore> m_store;

private Q_SLOTS:
    void init() {
        m_store.reset();
        m_database = std::make_unique<Database>(m_dir.filePath(
            QStringLiteral("log-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QString error;
        QVERIFY2(m_database->initialise(&error), qPrintable(error));
        m_store = std::make_unique<AccessLogStore>(*m_database);
    }

    void concurrentAppendsAreAllCommitted() {
        constexpr int kThreads = 8;
        constexpr int kRowsEach = 150;
        std::atomic<int> succeeded = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kRowsEach; ++i) {
                    if (m_store->append(row(QStringLiteral("client-%1").arg(t % 2), i)))
                        ++succeeded;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(succeeded.load(), kThreads * kRowsEach);
        QCOMPARE(count(*m_store, QStringLiteral("client-0")) +
                     count(*m_store, QStringLiteral("client-1")),
                 kThreads * kRowsEach);
    }

    void aRowInTheCallersTransactionGoesWithIt() {
        {
            Transaction transaction(*m_database);
            QVERIFY(transaction.isActive());
            QVERIFY(m_store->append(row(QStringLiteral("client-r"), 1)));
            // destroyed without commit: rolled back, and the row with it
        }
        QCOMPARE(count(*m_store, QStringLiteral("client-r")), 0);
        {
            Transaction transaction(*m_database);
            QVERIFY(m_store->append(row(QStringLiteral("client-r"), 2)));
            QVERIFY(transaction.commit());
        }
        QCOMPARE(count(*m_store, QStringLiteral("client-r")), 1);
    }

    void aRefusedRowIsReportedToItsCaller() {
        AccessLogRecord bad = row(QStringLiteral("client-x"), 1);
        bad.event = QStringLiteral("rewrite"); // the table's CHECK refuses it
        QVERIFY(!m_store->append(bad));
        QVERIFY(m_store->append(row(QStringLiteral("client-x"), 2)));
        QCOMPARE(count(*m_store, QStringLiteral("client-x")), 1);
    }

    void theWriterSaysCommittedOnlyOnceTheRowIsIn() {
        constexpr int kThreads = 8;
        constexpr int kRowsEach = 50;
        AccessLogWriter writer(*m_store);
        std::atomic<int> committed = 0;
        std::atomic<int> visibleWhenSaid = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < kRowsEach; ++i) {
                    AccessLogRecord record = row(QStringLiteral("client-w"), t * kRowsEach + i);
                    const QString account = record.accountId;
                    writer.append(std::move(record), [&, account](bool ok) {
                        committed += ok ? 1 : 0;
                        // Runs on the writer's thread: its own reads see what it committed.
                        const QDateTime now = QDateTime::currentDateTimeUtc();
                        for (const auto &entry :
                             m_store->entries(QStringLiteral("client-w"), now.addDays(-1),
                                              now.addDays(1), std::nullopt, 100000))
                            if (entry.accountId == account) {
                                ++visibleWhenSaid;
                                break;
                            }
                    });
                }
            });
        for (std::thread &thread : threads)
            thread.join();
        writer.stop(); // commits what is still queued before it returns
        QCOMPARE(committed.load(), kThreads * kRowsEach);
        QCOMPARE(visibleWhenSaid.load(), kThreads * kRowsEach);
        QCOMPARE(count(*m_store, QStringLiteral("client-w")), kThreads * kRowsEach);
    }

    void theWriterReportsARefusedRowAndWritesItselfAfterStop() {
        AccessLogWriter writer(*m_store);
        std::atomic<int> answers = 0;
        std::atomic<bool> refusedOk = true;
        AccessLogRecord bad = row(QStringLiteral("client-y"), 1);
        bad.event = QStringLiteral("rewrite");
        writer.append(bad, [&](bool ok) {
            refusedOk = ok;
            ++answers;
        });
        writer.stop();
        QCOMPARE(answers.load(), 1);
        QVERIFY(!refusedOk.load());
        bool ok = false;
        writer.append(row(QStringLiteral("client-y"), 2), [&](bool result) { ok = result; });
        QVERIFY(ok); // written on this thread, before append() returned
        QCOMPARE(count(*m_store, QStringLiteral("client-y")), 1);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogStore)
#include "tst_accesslogstore.moc"
