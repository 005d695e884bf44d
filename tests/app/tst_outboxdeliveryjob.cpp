// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakebackend.h"
#include "outbox/outboxdeliveryjob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace careportal;
using namespace std::chrono_literals;
using careportal::test::FakeBackend;
using Outcome = OutboxDeliveryJob::Outcome;

Q_DECLARE_METATYPE(careportal::OutboxDeliveryJob::Outcome)

namespace {

QueuedWrite absence() {
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::Absence;
    write.clientId = QStringLiteral("c-1");
    write.fields = {{QLatin1String("type"), QStringLiteral("holiday")}};
    write.idempotencyKey = QueuedWrite::newKey();
    return write;
}

ApiError error(ApiError::Kind kind, int status, const QString &code = {}) {
    ApiError e = ApiError::make(kind, code);
    e.httpStatus = status;
    return e;
}

} // namespace

/// One write of the outbox delivered as a job: sent with its own Idempotency-Key, finished
/// with the server's receipt, or failed with an error whose outcome says whether the
/// server refused the write or could not take it now (a timeout among those).
class TestOutboxDeliveryJob : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeBackend> m_backend;

    QPointer<OutboxDeliveryJob> makeJob(const QueuedWrite &write) {
        return new OutboxDeliveryJob(m_backend.get(), write);
    }

private Q_SLOTS:
    void init() { m_backend = std::make_unique<FakeBackend>(); }

    void deliveredWithItsKey() {
        const QueuedWrite write = absence();
        QPointer<OutboxDeliveryJob> job = makeJob(write);
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        QCOMPARE(job->timeout(), OutboxDeliveryJob::kTimeout);
        job->start();
        QCOMPARE(m_backend->deliverCall.count(), 1);
        QCOMPARE(m_backend->deliverCall.last().idempotencyKey, write.idempotencyKey);
        QCOMPARE(m_backend->deliverCall.last().fields, write.fields);
        const QJsonObject body{{QLatin1String("late"), true}};
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{body, true}));
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->receipt().item, body);
        QVERIFY(job->receipt().replayed);
        QCOMPARE(job->write().idempotencyKey, write.idempotencyKey);
        QCOMPARE(failed.count(), 0);
        QTRY_VERIFY(job.isNull());
    }

    void outcomeOfAFailure_data() {
        QTest::addColumn<ApiError>("problem");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("422") << error(ApiError::Kind::Validation, 422) << Outcome::Refused;
        QTest::newRow("404") << error(ApiError::Kind::NotFound, 404) << Outcome::Refused;
        QTest::newRow("412") << error(ApiError::Kind::Conflict, 412) << Outcome::Conflict;
        QTest::newRow("409 other")
            << error(ApiError::Kind::Conflict, 409, QStringLiteral("conflict")) << Outcome::Refused;
        QTest::newRow("409 running")
            << error(ApiError::Kind::Conflict, 409, QStringLiteral("request-in-progress"))
            << Outcome::Unreachable;
        QTest::newRow("offline") << error(ApiError::Kind::Offline, 0) << Outcome::Unreachable;
        QTest::newRow("500") << error(ApiError::Kind::Server, 500) << Outcome::Unreachable;
        QTest::newRow("401") << error(ApiError::Kind::Unauthorized, 401) << Outcome::Unreachable;
        QTest::newRow("403") << error(ApiError::Kind::Forbidden, 403) << Outcome::Unreachable;
        QTest::newRow("timeout") << error(ApiError::Kind::Timeout, 0) << Outcome::Unreachable;
    }
    void outcomeOfAFailure() {
        QFETCH(ApiError, problem);
        QFETCH(Outcome, outcome);
        QPointer<OutboxDeliveryJob> job = makeJob(absence());
        QSignalSpy failed(job, &NetworkJob::failed);
        m_backend->deliverCall.script(problem);
        job->start();
        QVERIFY(failed.wait(5000));
        const auto sent = failed.first().first().value<ApiError>();
        QCOMPARE(sent.httpStatus, problem.httpStatus);
        QCOMPARE(OutboxDeliveryJob::outcomeOf(sent), outcome);
    }

    void noAnswerInTimeIsUnreachable() {
        QPointer<OutboxDeliveryJob> job = makeJob(absence());
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        job->start();
        QVERIFY(failed.wait(5000));
        const auto problem = failed.first().first().value<ApiError>();
        QCOMPARE(problem.kind, ApiError::Kind::Timeout);
        QCOMPARE(OutboxDeliveryJob::outcomeOf(problem), Outcome::Unreachable);
        // The answer after all: the outbox sends the write again with the same key, so the
        // server's store answers that one; this job says nothing more.
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{}));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
    }

    void abortedDeliverySaysNothing() {
        QPointer<OutboxDeliveryJob> job = makeJob(absence());
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->start();
        job->abort();
        QVERIFY(m_backend->deliverCall.answer(WriteReceipt{}));
        QTest::qWait(100);
        QCOMPARE(finished.count() + failed.count(), 0);
        QVERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(TestOutboxDeliveryJob)
#include "tst_outboxdeliveryjob.moc"
