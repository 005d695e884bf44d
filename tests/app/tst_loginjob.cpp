// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/devicetokens.h"
#include "auth/loginjob.h"
#include "fakebackend.h"
#include "sessionharness.h"

#include <QPointer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace careportal;
using namespace std::chrono_literals;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;

namespace {

const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");

LoginResult challenge() {
    LoginResult result;
    result.token = QByteArrayLiteral("waiting-token");
    result.secondFactorRequired = true;
    result.factorMethod = QStringLiteral("sms");
    result.factorDestination = QStringLiteral("06-•••••678");
    return result;
}

ApiError problem(ApiError::Kind kind, const QString &code) {
    ApiError error = ApiError::make(kind, code);
    error.messageNl = QStringLiteral("Niet gelukt.");
    return error;
}

} // namespace

/// A login as a job on the FakeBackend: the password with the remembered device's token,
/// then, when asked, the code with the waiting token; a wrong code keeps it waiting, an
/// attempt the server ended fails it; the clock stops while the user types the code.
class TestLoginJob : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<FakeBackend> m_backend;
    std::unique_ptr<DeviceTokens> m_devices;
    /// A kiosk's: nothing remembered, and no keychain to wait for (for the clock's tests).
    std::unique_ptr<DeviceTokens> m_memoryOnly;
    QString m_key;

    QPointer<LoginJob> makeJob(const QString &username = kUser) {
        return new LoginJob(m_backend.get(), m_devices.get(), username, kPassword);
    }
    QPointer<LoginJob> makeKioskJob() {
        return new LoginJob(m_backend.get(), m_memoryOnly.get(), kUser, kPassword);
    }

    /// A started job that waits for its code.
    QPointer<LoginJob> waitingJob() {
        QPointer<LoginJob> job = makeJob();
        QSignalSpy asked(job, &LoginJob::secondFactorRequired);
        m_backend->loginCall.script(challenge());
        job->start();
        if (!asked.wait(5000))
            return nullptr;
        return job;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        m_backend = std::make_unique<FakeBackend>();
        m_key = QStringLiteral("unit-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_devices = std::make_unique<DeviceTokens>(m_key, TokenStore::Keeping::Keychain);
        m_memoryOnly = std::make_unique<DeviceTokens>(m_key, TokenStore::Keeping::MemoryOnly);
    }
    void cleanup() {
        // Leave no device token behind in a real keychain.
        QVERIFY(SessionHarness::waitFor(m_devices->remove(kUser)));
        m_devices.reset();
        m_memoryOnly.reset();
        m_backend.reset();
    }

    void passwordAloneFinishesWithTheTokens() {
        QPointer<LoginJob> job = makeJob();
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy asked(job, &LoginJob::secondFactorRequired);
        m_backend->loginCall.script(SessionHarness::loginResult(true));
        job->start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->result().tokens(), SessionHarness::loginResult().tokens());
        QVERIFY(job->result().mustChangePassword);
        const auto sent = m_backend->loginCall.last();
        QCOMPARE(sent.username, kUser);
        QCOMPARE(sent.password, kPassword);
        QVERIFY(sent.deviceToken.isEmpty()); // no device remembered yet
        QCOMPARE(asked.count(), 0);
        // The session's tokens are the Session's to hand to the backend, not the job's.
        QVERIFY(m_backend->sessionTokens().isEmpty());
        QTRY_VERIFY(job.isNull());
    }

    void refusedPasswordFails() {
        QPointer<LoginJob> job = makeJob();
        QSignalSpy failed(job, &NetworkJob::failed);
        m_backend->loginCall.script(
            problem(ApiError::Kind::Unauthorized, QStringLiteral("invalid-credentials")));
        job->start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().code,
                 QStringLiteral("invalid-credentials"));
        QCOMPARE(m_backend->completeFactorCall.count(), 0);
    }

    void challengeWaitsForTheCodeWithTheWaitingToken() {
        QPointer<LoginJob> job = makeKioskJob();
        QSignalSpy asked(job, &LoginJob::secondFactorRequired);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->setTimeout(50ms);
        m_backend->loginCall.script(challenge());
        QVERIFY(!job->waitsForCode());
        job->start();
        QVERIFY(asked.wait(5000));
        QCOMPARE(asked.first().at(0).toString(), QStringLiteral("sms"));
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("06-•••••678"));
        QVERIFY(job->waitsForCode());
        const SessionTokens waiting{QByteArrayLiteral("waiting-token"), {}};
        QCOMPARE(m_backend->sessionTokens(), waiting);
        // The user takes their time: the job's clock does not run meanwhile.
        QTest::qWait(200);
        QCOMPARE(failed.count(), 0);
        QVERIFY(job->waitsForCode());
        job->abort();
    }

    void codeBeforeTheChallengeIsIgnored() {
        QPointer<LoginJob> job = makeJob();
        job->start(); // the password's answer has not come
        job->submitCode(QStringLiteral("123456"), false);
        QCOMPARE(m_backend->completeFactorCall.count(), 0);
        job->abort();
    }

    void wrongCodeKeepsWaitingThenTheRightOneFinishes() {
        QPointer<LoginJob> job = waitingJob();
        QVERIFY(job);
        QSignalSpy refused(job, &LoginJob::codeRefused);
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        m_backend->completeFactorCall.script(
            problem(ApiError::Kind::Validation, QStringLiteral("second-factor-invalid")));
        job->submitCode(QStringLiteral("000000"), false);
        QVERIFY(!job->waitsForCode());                    // the code is on its way
        job->submitCode(QStringLiteral("111111"), false); // not twice at once
        QVERIFY(refused.wait(5000));
        QCOMPARE(m_backend->completeFactorCall.count(), 1);
        QVERIFY(job->waitsForCode());
        QCOMPARE(failed.count(), 0);

        m_backend->completeFactorCall.script(SessionHarness::loginResult());
        job->submitCode(QStringLiteral("123456"), false);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_backend->completeFactorCall.last().code, QStringLiteral("123456"));
        QVERIFY(
            m_backend->completeFactorCall.last().deviceName.contains(QStringLiteral("CarePortal")));
        QCOMPARE(job->result().tokens(), SessionHarness::loginResult().tokens());
        QCOMPARE(refused.count(), 1);
    }

    void endedAttemptFails_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("ended") << int(ApiError::Kind::Forbidden)
                               << QStringLiteral("second-factor-ended");
        QTest::newRow("unauthorized") << int(ApiError::Kind::Unauthorized) << QString();
    }
    void endedAttemptFails() {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QPointer<LoginJob> job = waitingJob();
        QVERIFY(job);
        QSignalSpy refused(job, &LoginJob::codeRefused);
        QSignalSpy failed(job, &NetworkJob::failed);
        m_backend->completeFactorCall.script(problem(ApiError::Kind(kind), code));
        job->submitCode(QStringLiteral("000000"), false);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind(kind));
        QCOMPARE(refused.count(), 0);
    }

    void rememberedDeviceIsShownAtTheNextLogin() {
        QPointer<LoginJob> job = waitingJob();
        QVERIFY(job);
        QSignalSpy finished(job, &NetworkJob::finished);
        LoginResult done = SessionHarness::loginResult();
        done.deviceToken = QByteArrayLiteral("device-token-1");
        m_backend->completeFactorCall.script(done);
        job->submitCode(QStringLiteral("123456"), true);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_backend->completeFactorCall.last().rememberDevice, true);
        // The keychain does its jobs in order: this read ends after the job's save.
        QVERIFY(SessionHarness::waitFor(m_devices->load(kUser)));

        QPointer<LoginJob> next = makeJob(kUser.toUpper());
        QSignalSpy nextFinished(next, &NetworkJob::finished);
        m_backend->loginCall.script(SessionHarness::loginResult());
        next->start();
        QVERIFY(nextFinished.wait(5000));
        QCOMPARE(m_backend->loginCall.last().deviceToken, QByteArrayLiteral("device-token-1"));
    }

    void abortWhileWaitingForTheCodeEmitsNothing() {
        QPointer<LoginJob> job = waitingJob();
        QVERIFY(job);
        QSignalSpy refused(job, &LoginJob::codeRefused);
        QSignalSpy finished(job, &NetworkJob::finished);
        QSignalSpy failed(job, &NetworkJob::failed);
        job->submitCode(QStringLiteral("123456"), false);
        job->abort();
        QVERIFY(m_backend->completeFactorCall.answer(SessionHarness::loginResult()));
        QTest::qWait(100);
        QCOMPARE(finished.count() + failed.count() + refused.count(), 0);
        QVERIFY(job.isNull());
    }

    void passwordStepTimesOut() {
        QPointer<LoginJob> job = makeKioskJob();
        QSignalSpy failed(job, &NetworkJob::failed);
        QSignalSpy finished(job, &NetworkJob::finished);
        job->setTimeout(50ms);
        job->start(); // the server never answers
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
        QTRY_COMPARE(m_backend->loginCall.waiting(), 1);
        QVERIFY(m_backend->loginCall.answer(SessionHarness::loginResult()));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoginJob)
#include "tst_loginjob.moc"
