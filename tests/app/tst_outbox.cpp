// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakebackend.h"
#include "outbox/outbox.h"
#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::FakeBackend;

namespace {

QueuedWrite request(const QString &message) {
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::ContactRequest;
    write.clientId = QStringLiteral("c-1");
    write.fields = {{QLatin1String("subject"), QStringLiteral("planning")},
                    {QLatin1String("message"), message}};
    return write;
}

ApiError error(ApiError::Kind kind, int status, const QString &code = {}) {
    ApiError e = ApiError::make(kind);
    e.httpStatus = status;
    e.code = code;
    e.messageNl = QStringLiteral("Niet goed");
    return e;
}

} // namespace

/// The outbox over a real (temporary) cache and a scripted backend: kept across restarts,
/// sent in order one at a time with the key made at queueing (the same key on every
/// retry), kept waiting while the server cannot be reached, and refused entries kept with
/// the reason until corrected (with a new key) or discarded.
class TestOutbox : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_key = PayloadCipher::generateKey();
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<FakeBackend> m_backend;
    std::unique_ptr<Outbox> m_outbox;

    void restart() {
        m_outbox.reset();
        m_cache.reset();
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QCOMPARE(m_cache->open(), CacheDatabase::OpenResult::Ok);
        QVERIFY(m_cache->unlock(m_key));
        m_outbox = std::make_unique<Outbox>(m_cache.get(), m_backend.get());
    }

    QString messageOf(const QueuedWrite &write) {
        return write.fields.value(QLatin1String("message")).toString();
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_backend = std::make_unique<FakeBackend>();
        restart();
    }

    void queuedWritesSurviveARestart() {
        QVERIFY(m_outbox->queue(request(QStringLiteral("een"))) > 0);
        QVERIFY(m_outbox->queue(request(QStringLiteral("twee"))) > 0);
        QCOMPARE(m_backend->deliverCall.count(), 0); // no session yet: kept, not sent
        restart();
        const auto entries = m_outbox->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(messageOf(entries.at(0).write), QStringLiteral("een"));
        QCOMPARE(messageOf(entries.at(1).write), QStringLiteral("twee"));
        QVERIFY(!entries.at(0).write.idempotencyKey.isEmpty());
        QCOMPARE(m_outbox->waitingCount(), 2);
        QCOMPARE(m_outbox->entries(QStringLiteral("c-1")).size(), 2);
        QCOMPARE(m_outbox->entries(QStringLiteral("c-2")).size(), 0);
    }

    void sentInOrderOneAtATime() {
        m_outbox->queue(request(QStringLiteral("een")));
        m_outbox->queue(request(QStringLiteral("twee")));
        QSignalSpy delivered(m_outbox.get(), &Outbox::delivered);
        m_outbox->setEnabled(true);
        QCOMPARE(m_backend->deliverCall.waiting(), 1); // the second waits for the first
        QCOMPARE(messageOf(m_backend->deliverCall.last()), QStringLiteral("een"));
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{{{QLatin1String("id"), 1}}, false}));
        QTRY_COMPARE(m_backend->deliverCall.count(), 2);
        QCOMPARE(messageOf(m_backend->deliverCall.last()), QStringLiteral("twee"));
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{{{QLatin1String("id"), 2}}, true}));
        QTRY_COMPARE(delivered.count(), 2);
        QCOMPARE(m_outbox->waitingCount(), 0);
        QCOMPARE(m_outbox->entries().size(), 0);
    }

    void unreachableServerKeepsTheWriteAndItsKey() {
        const qint64 id = m_outbox->queue(request(QStringLiteral("een")));
        QVERIFY(id > 0);
        m_outbox->setEnabled(true);
        QVERIFY(m_backend->deliverCall.answer(error(ApiError::Kind::Offline, 0)));
        QTRY_VERIFY(!m_outbox->sending());
        QCOMPARE(m_outbox->waitingCount(), 1);
        // The same write again, with the same key: the server may have stored it already.
        m_outbox->sendNow();
        QCOMPARE(m_backend->deliverCall.count(), 2);
        QCOMPARE(m_backend->deliverCall.requests().at(0).idempotencyKey,
                 m_backend->deliverCall.requests().at(1).idempotencyKey);
        QVERIFY(m_backend->deliverCall.answer(
            error(ApiError::Kind::Conflict, 409, QStringLiteral("request-in-progress"))));
        QTRY_VERIFY(!m_outbox->sending());
        QCOMPARE(m_outbox->waitingCount(), 1); // still running on the server: try later
        QCOMPARE(m_outbox->refusedCount(), 0);
    }

    void aRefusedWriteStaysWithItsReasonAndTheRestGoesOn() {
        const qint64 bad = m_outbox->queue(request(QStringLiteral("")));
        m_outbox->queue(request(QStringLiteral("twee")));
        QSignalSpy refused(m_outbox.get(), &Outbox::refused);
        m_outbox->setEnabled(true);
        ApiError validation = error(ApiError::Kind::Validation, 422, QStringLiteral("validation"));
        validation.fieldErrors.insert(
            QStringLiteral("message"),
            {QStringLiteral("Vul een bericht in."), QStringLiteral("Enter a message.")});
        QVERIFY(m_backend->deliverCall.answer(validation));
        QTRY_COMPARE(refused.count(), 1);
        QTRY_COMPARE(m_backend->deliverCall.count(), 2);
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{}));
        QTRY_COMPARE(m_outbox->entries().size(), 1);

        // Kept across a restart, with the reason.
        restart();
        auto entry = m_outbox->entries().first();
        QCOMPARE(entry.id, bad);
        QCOMPARE(entry.state, OutboxStore::State::Rejected);
        QCOMPARE(entry.problem.fieldErrors.value(QStringLiteral("message")).first,
                 QStringLiteral("Vul een bericht in."));
        const QString oldKey = entry.write.idempotencyKey;

        // Corrected: sent again, with a new key (the old one belongs to the refused content).
        m_outbox->setEnabled(true);
        m_outbox->retry(bad, {{QLatin1String("subject"), QStringLiteral("planning")},
                              {QLatin1String("message"), QStringLiteral("Nu goed")}});
        QTRY_COMPARE(m_backend->deliverCall.count(), 3);
        QCOMPARE(messageOf(m_backend->deliverCall.last()), QStringLiteral("Nu goed"));
        QVERIFY(m_backend->deliverCall.last().idempotencyKey != oldKey);
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{}));
        QTRY_COMPARE(m_outbox->entries().size(), 0);
    }

    void aStaleEditKeepsBothVersions() {
        QueuedWrite edit = request(QStringLiteral("mijn versie"));
        edit.operation = QueuedWrite::Operation::Update;
        edit.targetId = QStringLiteral("cr-1");
        edit.ifMatch = "\"v1\"";
        const qint64 id = m_outbox->queue(edit);
        m_outbox->setEnabled(true);
        ApiError stale =
            error(ApiError::Kind::Conflict, 412, QStringLiteral("precondition-failed"));
        stale.current = {{QLatin1String("message"), QStringLiteral("hun versie")},
                         {QLatin1String("etag"), QStringLiteral("\"v2\"")}};
        QVERIFY(m_backend->deliverCall.answer(stale));
        QTRY_COMPARE(m_outbox->refusedCount(), 1);
        const auto entry = m_outbox->entries().first();
        QCOMPARE(entry.state, OutboxStore::State::Conflict);
        QCOMPARE(messageOf(entry.write), QStringLiteral("mijn versie"));
        QCOMPARE(entry.problem.current.value(QLatin1String("message")).toString(),
                 QStringLiteral("hun versie"));
        // "Mijn versie bewaren": sent again over the server's version.
        m_outbox->retry(id, entry.write.fields, "\"v2\"");
        QTRY_COMPARE(m_backend->deliverCall.count(), 2);
        QCOMPARE(m_backend->deliverCall.last().ifMatch, QByteArray("\"v2\""));
    }

    void discardRemovesTheEntry() {
        const qint64 id = m_outbox->queue(request(QStringLiteral("weg")));
        m_outbox->discard(id);
        QCOMPARE(m_outbox->entries().size(), 0);
    }

    void nothingIsKeptWhileTheCacheIsLocked() {
        m_cache->lock();
        QCOMPARE(m_outbox->queue(request(QStringLiteral("een"))), 0);
        QCOMPARE(m_outbox->waitingCount(), 0);
    }

    void nothingPersonalInThePlainFile() {
        m_outbox->queue(request(QStringLiteral("Mevrouw Zonnebloem belt morgen")));
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(m_dir.filePath(QStringLiteral("cache.sqlite")) + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        QVERIFY(!bytes.contains("Zonnebloem"));
        QVERIFY(!bytes.contains("c-1"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
