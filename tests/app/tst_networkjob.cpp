// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fakebackend.h"
#include "network/networkjob.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace careportal;
using namespace std::chrono_literals;
using careportal::test::FakeCall;

namespace {

/// The smallest job: one step that waits for a scripted answer. It counts how often it was
/// told to stop what is in flight, in a counter that outlives it.
class OneStepJob : public NetworkJob {
    Q_OBJECT
public:
    OneStepJob(FakeCall<int> *call, int *stops)
        : m_call(call)
        , m_stops(stops) {}

    int value = 0;
    void waitForUser() { pauseTimeout(); }
    void backToTheServer() { restartTimeout(); }

protected:
    void run() override {
        await(m_call->call(), [this](const Result<int> &answer) {
            if (!answer.ok()) {
                fail(answer.error());
                return;
            }
            value = answer.value();
            succeed();
        });
    }
    void stop() override { ++*m_stops; }

private:
    FakeCall<int> *m_call;
    int *m_stops;
};

} // namespace

/// The job base: it ends exactly once (finished or failed) and deletes itself; its own
/// timeout fails it with a Timeout error and a late answer is ignored; an aborted job never
/// emits; a pause for the user stops the clock.
class TestNetworkJob : public QObject {
    Q_OBJECT

private:
    FakeCall<int> m_call;
    int m_stops = 0;

    OneStepJob *makeJob() { return new OneStepJob(&m_call, &m_stops); }

private Q_SLOTS:
    void init() {
        m_call = {};
        m_stops = 0;
    }

    void finishesOnceAndDeletesItself() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        QCOMPARE(job->timeout(), NetworkJob::kDefaultTimeout);
        job->start();
        QVERIFY(job->isRunning());
        QCOMPARE(m_call.count(), 1); // the first step runs in start() itself
        QVERIFY(m_call.answer(42));
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->value, 42); // readable in the slot: deleted only later
        QVERIFY(job->isDone());
        QTRY_VERIFY(job.isNull());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_stops, 0);
    }

    void failsOnceWithTheError() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        m_call.script(ApiError::make(ApiError::Kind::Offline));
        job->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Offline);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
    }

    void startingTwiceRunsOnce() {
        QPointer<OneStepJob> job = makeJob();
        job->start();
        job->start();
        QCOMPARE(m_call.count(), 1);
        job->abort();
    }

    void timeoutFailsOnceAndALateAnswerIsIgnored() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        job->start();
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QCOMPARE(error.code, QStringLiteral("job-timeout"));
        QCOMPARE(m_stops, 1);      // what was in flight was told to stop
        QVERIFY(m_call.answer(7)); // the answer comes after all
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
        QVERIFY(job.isNull());
    }

    void abortedJobNeverEmits() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        job->start();
        job->abort();
        QCOMPARE(m_stops, 1);
        QVERIFY(job->isDone());
        job->abort(); // a second abort changes nothing
        QCOMPARE(m_stops, 1);
        QVERIFY(m_call.answer(7));
        QTest::qWait(150); // past the timeout too
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(job.isNull());
    }

    void abortBeforeStartDeletesTheJob() {
        QPointer<OneStepJob> job = makeJob();
        job->abort();
        QCOMPARE(m_stops, 0); // nothing was in flight
        QTRY_VERIFY(job.isNull());
        QCOMPARE(m_call.count(), 0);
    }

    void abortAfterTheEndChangesNothing() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        // Whoever hears finished() may abort the job it holds; nothing follows.
        connect(job, &NetworkJob::finished, job, &NetworkJob::abort);
        m_call.script(1);
        job->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_stops, 0);
        QTRY_VERIFY(job.isNull());
        QCOMPARE(finished.count(), 1);
    }

    void pausedClockWaitsForTheUser() {
        QPointer<OneStepJob> job = makeJob();
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        job->start();
        job->waitForUser();
        QTest::qWait(200);
        QCOMPARE(failed.count(), 0);
        QVERIFY(job->isRunning());
        job->backToTheServer();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    }
};

QTEST_GUILESS_MAIN(TestNetworkJob)
#include "tst_networkjob.moc"
