// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "outbox/outboxstore.h"
#include "serverprocess.h"
#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"
#include "storedabsences.h"

#include <QDate>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;
using careportal::test::StoredAbsences;

namespace {

const QString kClient = QStringLiteral("client-j-voorbeeld");
constexpr int kWritesPerRound = 5;

QString workerPath() {
    return QCoreApplication::applicationDirPath() + QStringLiteral("/careportal-outbox-worker");
}

QueuedWrite absenceOn(const QDate &day) {
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::Absence;
    write.clientId = kClient;
    write.fields = {{QLatin1String("type"), QStringLiteral("vakantie")},
                    {QLatin1String("startDate"), day.toString(Qt::ISODate)},
                    {QLatin1String("endDate"), day.toString(Qt::ISODate)},
                    {QLatin1String("wholeDay"), true}};
    write.idempotencyKey = QueuedWrite::newKey();
    return write;
}

} // namespace

/// The outbox's promise, tested by force: writes queued offline reach the real server
/// exactly once and in order although the delivering process is killed (SIGKILL) at
/// random moments — before, during and after its requests — and restarted. After every
/// kill the cache passes integrity_check. CAREPORTAL_OUTBOX_ROUNDS sets the number of
/// rounds (200 here; scripts/outbox-stress.sh runs 1,000).
class TestOutboxDelivery : public QObject {
    Q_OBJECT

private:
    // A thousand reports for one client, none processed by staff in between: the staff list's
    // cap (50 by default) is raised, as an organisation may.
    ServerProcess m_server{ServerProcess::Options{
        true, {QStringLiteral("--max-open-absences"), QStringLiteral("5000")}}};
    QString m_token;
    std::unique_ptr<StoredAbsences> m_stored;

    /// The start dates of the client's absence reports stored after `afterRow`, in the
    /// order the server stored them; `lastRow` becomes the newest one's row.
    QStringList storedSince(qint64 afterRow, qint64 *lastRow) {
        QStringList dates;
        for (const StoredAbsences::Row &row : m_stored->since(kClient, afterRow)) {
            *lastRow = row.rowId;
            dates.append(row.startDate);
        }
        return dates;
    }

    static bool intact(const QString &path) {
        CacheDatabase cache(path);
        if (cache.open() != CacheDatabase::OpenResult::Ok)
            return false;
        QSqlQuery query(cache.database());
        return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
               query.value(0).toString() == QLatin1String("ok");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFile::exists(workerPath()), qPrintable(workerPath()));
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
        m_stored = std::make_unique<StoredAbsences>(m_server);
    }

    void killedAtRandomMomentsNeverLosesOrDoubles() {
        const int rounds = qEnvironmentVariableIsSet("CAREPORTAL_OUTBOX_ROUNDS")
                               ? qEnvironmentVariableIntValue("CAREPORTAL_OUTBOX_ROUNDS")
                               : 200;
        qint64 lastRow = 0;
        (void)storedSince(0, &lastRow);
        int kills = 0;
        int midway = 0; // kills that left some of the round's writes delivered, some not
        for (int round = 0; round < rounds; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
            const QByteArray key = PayloadCipher::generateKey();
            QStringList expected;
            {
                CacheDatabase cache(path);
                QCOMPARE(cache.open(), CacheDatabase::OpenResult::Ok);
                QVERIFY(cache.unlock(key));
                OutboxStore store(&cache);
                for (int i = 0; i < kWritesPerRound; ++i) {
                    const QDate day =
                        QDate::currentDate().addDays(1 + (round * kWritesPerRound + i) % 300);
                    QVERIFY(store.add(absenceOn(day), QDateTime::currentDateTimeUtc()));
                    expected.append(day.toString(Qt::ISODate));
                }
            }
            const QStringList arguments{
                QStringLiteral("--cache"),       path,
                QStringLiteral("--key"),         QString::fromLatin1(key.toHex()),
                QStringLiteral("--server"),      m_server.baseUrl().toString(),
                QStringLiteral("--fingerprint"), m_server.fingerprint(),
                QStringLiteral("--token"),       m_token};
            for (int run = 0;; ++run) {
                QVERIFY2(run < 50, "the outbox was never emptied");
                QProcess worker;
                worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
                worker.start(workerPath(), arguments);
                QVERIFY(worker.waitForStarted());
                // Kill at a random moment, or let the last runs finish on their own.
                const int killAfterMs =
                    run < 8 ? int(QRandomGenerator::global()->bounded(5, 150)) : 20000;
                if (!worker.waitForFinished(killAfterMs)) {
                    worker.kill(); // SIGKILL
                    QVERIFY(worker.waitForFinished(5000));
                    ++kills;
                    QVERIFY2(intact(path), "cache damaged after a kill");
                    qint64 ignored = lastRow;
                    const auto partial = storedSince(lastRow, &ignored).size();
                    midway += partial > 0 && partial < kWritesPerRound ? 1 : 0;
                    continue;
                }
                QCOMPARE(worker.exitStatus(), QProcess::NormalExit);
                QCOMPARE(worker.exitCode(), 0);
                break;
            }
            QVERIFY(intact(path));
            const QStringList stored = storedSince(lastRow, &lastRow);
            QCOMPARE(stored, expected); // all five, once each, in the order they were made
        }
        qInfo("%d rounds, %d kills, %d of them midway through a round", rounds, kills, midway);
        QVERIFY(kills > 0);
        if (rounds >= 50)
            QVERIFY2(midway > 0, "no kill landed while the round was being delivered");
    }

    void cleanupTestCase() {
        m_stored.reset();
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outboxdelivery.moc"
