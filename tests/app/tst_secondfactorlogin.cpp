// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/devicetokens.h"
#include "sessionharness.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using State = Session::State;

namespace {

const QString kUser = QStringLiteral("j.voorbeeld@example.nl");

LoginResult challenge(const QString &method) {
    LoginResult result;
    result.token = QByteArrayLiteral("waiting-token");
    result.secondFactorRequired = true;
    result.factorMethod = method;
    if (method == QLatin1String("sms"))
        result.factorDestination = QStringLiteral("06-•••••678");
    return result;
}

bool waitForState(Session &session, State state) {
    return QTest::qWaitFor([&] { return session.state() == state; }, 5000);
}

} // namespace

/// The second step of a login in the app: the waiting token stays out of the keychain and
/// opens only the code screen; a wrong code stays there, an ended attempt goes back to
/// login, "remember this device" keeps the device token in the keychain and sends it with
/// the next login of the same user (and only that user).
class TestSecondFactorLogin : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SessionHarness> m_h;

    void startChallenge(const QString &method) {
        m_h->backend.loginCall.script(challenge(method));
        m_h->session.login(kUser, QStringLiteral("Welkom!2026"));
        QVERIFY(waitForState(m_h->session, State::SecondFactorRequired));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
    }
    void cleanup() {
        // Leave no device token behind in a real keychain.
        DeviceTokens devices(m_h->tokens.key(), TokenStore::Keeping::Keychain);
        QVERIFY(SessionHarness::waitFor(devices.remove(kUser)));
        QVERIFY(SessionHarness::waitFor(devices.remove(QStringLiteral("other@example.nl"))));
        m_h.reset();
    }

    void challengeShowsTheCodeScreen() {
        startChallenge(QStringLiteral("sms"));
        QCOMPARE(m_h->session.factorMethod(), QStringLiteral("sms"));
        QCOMPARE(m_h->session.factorDestination(), QStringLiteral("06-•••••678"));
        QCOMPARE(m_h->session.busy(), false);
        // The waiting token is used for the code, but never kept.
        QCOMPARE(m_h->backend.sessionTokens().access, QByteArrayLiteral("waiting-token"));
        QVERIFY(m_h->backend.sessionTokens().refresh.isEmpty());
        QVERIFY(m_h->settleKeychain());
        const QFuture<QByteArray> stored = m_h->tokens.load();
        QVERIFY(SessionHarness::waitFor(stored));
        QVERIFY(stored.result().isEmpty());
        QCOMPARE(m_h->backend.meCall.count(), 0);
    }

    void codeMustBeSixDigits() {
        startChallenge(QStringLiteral("totp"));
        m_h->session.completeSecondFactor(QStringLiteral("12345"), false);
        QVERIFY(!m_h->session.errorMessage().isEmpty());
        m_h->session.completeSecondFactor(QStringLiteral("12a456"), false);
        QCOMPARE(m_h->backend.completeFactorCall.count(), 0);
        QCOMPARE(m_h->session.state(), State::SecondFactorRequired);
    }

    void wrongCodeStaysOnTheCodeScreen() {
        startChallenge(QStringLiteral("sms"));
        ApiError wrong = FakeBackend::error(ApiError::Kind::Validation,
                                            QStringLiteral("Deze code is niet juist."));
        wrong.code = QStringLiteral("second-factor-invalid");
        m_h->backend.completeFactorCall.script(wrong);
        m_h->session.completeSecondFactor(QStringLiteral("000000"), false);
        QVERIFY(QTest::qWaitFor([&] { return !m_h->session.busy(); }, 5000));
        QCOMPARE(m_h->session.state(), State::SecondFactorRequired);
        QCOMPARE(m_h->session.errorMessage(), QStringLiteral("Deze code is niet juist."));
    }

    void endedAttemptGoesBackToLogin() {
        startChallenge(QStringLiteral("sms"));
        ApiError ended =
            FakeBackend::error(ApiError::Kind::Forbidden, QStringLiteral("Log opnieuw in."));
        ended.code = QStringLiteral("second-factor-ended");
        m_h->backend.completeFactorCall.script(ended);
        m_h->session.completeSecondFactor(QStringLiteral("000000"), false);
        QVERIFY(waitForState(m_h->session, State::LoggedOut));
        QCOMPARE(m_h->session.errorMessage(), QStringLiteral("Log opnieuw in."));
        QVERIFY(m_h->backend.sessionTokens().isEmpty());
        QVERIFY(m_h->session.factorMethod().isEmpty());
    }

    void rightCodeLogsInAndRemembersTheDevice() {
        startChallenge(QStringLiteral("sms"));
        LoginResult done = SessionHarness::loginResult();
        done.deviceToken = QByteArrayLiteral("device-token-1");
        m_h->backend.completeFactorCall.script(done);
        m_h->backend.meCall.script(SessionHarness::account());
        m_h->session.completeSecondFactor(QStringLiteral(" 123456 "), true);
        QVERIFY(waitForState(m_h->session, State::LoggedIn));
        const auto sent = m_h->backend.completeFactorCall.last();
        QCOMPARE(sent.code, QStringLiteral("123456"));
        QCOMPARE(sent.rememberDevice, true);
        QVERIFY(sent.deviceName.contains(QStringLiteral("CarePortal")));
        QCOMPARE(m_h->backend.sessionTokens(), done.tokens());
        QVERIFY(m_h->settleKeychain());
        const QFuture<QByteArray> stored = m_h->tokens.load();
        QVERIFY(SessionHarness::waitFor(stored));
        QCOMPARE(SessionTokens::fromStored(stored.result()), done.tokens());

        // The next login of this user shows the device token; another user's does not.
        m_h->session.logout();
        m_h->backend.loginCall.script(SessionHarness::loginResult());
        m_h->backend.meCall.script(SessionHarness::account());
        m_h->session.login(kUser.toUpper(), QStringLiteral("Welkom!2026"));
        QVERIFY(waitForState(m_h->session, State::LoggedIn));
        QCOMPARE(m_h->backend.loginCall.last().deviceToken, QByteArrayLiteral("device-token-1"));
        m_h->session.logout();
        m_h->backend.loginCall.script(challenge(QStringLiteral("totp")));
        m_h->session.login(QStringLiteral("other@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(waitForState(m_h->session, State::SecondFactorRequired));
        QVERIFY(m_h->backend.loginCall.last().deviceToken.isEmpty());
    }

    void withoutRememberingNoDeviceTokenIsKept() {
        startChallenge(QStringLiteral("totp"));
        m_h->backend.completeFactorCall.script(SessionHarness::loginResult());
        m_h->backend.meCall.script(SessionHarness::account());
        m_h->session.completeSecondFactor(QStringLiteral("654321"), false);
        QVERIFY(waitForState(m_h->session, State::LoggedIn));
        QCOMPARE(m_h->backend.completeFactorCall.last().rememberDevice, false);
        m_h->session.logout();
        m_h->backend.loginCall.script(challenge(QStringLiteral("totp")));
        m_h->session.login(kUser, QStringLiteral("Welkom!2026"));
        QVERIFY(waitForState(m_h->session, State::SecondFactorRequired));
        QVERIFY(m_h->backend.loginCall.last().deviceToken.isEmpty());
    }

    void resendSaysWhereTheCodeWent() {
        startChallenge(QStringLiteral("sms"));
        m_h->backend.resendCodeCall.script(Done{});
        m_h->session.resendCode();
        QVERIFY(QTest::qWaitFor([&] { return !m_h->session.notice().isEmpty(); }, 5000));
        // With a non-breaking hyphen, so the number is not split over two lines.
        QVERIFY2(m_h->session.notice().contains(QStringLiteral("06\u2011•••••678")),
                 qPrintable(m_h->session.notice()));
        ApiError tooSoon = FakeBackend::error(ApiError::Kind::Throttled,
                                              QStringLiteral("Over 42 seconden kan er een nieuwe "
                                                             "code worden gestuurd."));
        m_h->backend.resendCodeCall.script(tooSoon);
        m_h->session.resendCode();
        QVERIFY(QTest::qWaitFor([&] { return !m_h->session.errorMessage().isEmpty(); }, 5000));
        QVERIFY(m_h->session.errorMessage().contains(QStringLiteral("42 seconden")));
        QCOMPARE(m_h->session.state(), State::SecondFactorRequired);
    }

    void cancelForgetsTheWaitingToken() {
        startChallenge(QStringLiteral("sms"));
        m_h->session.cancelSecondFactor();
        QCOMPARE(m_h->session.state(), State::LoggedOut);
        QVERIFY(m_h->backend.sessionTokens().isEmpty());
        QCOMPARE(m_h->backend.completeFactorCall.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecondFactorLogin)
#include "tst_secondfactorlogin.moc"
