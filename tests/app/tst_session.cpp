// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionharness.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Kind = ApiError::Kind;
using State = Session::State;

/// Logging in without a network: local checks, the forced password change, the tokens in
/// the keychain and the choice of client. How a session ends and comes back is in
/// tst_sessionend.cpp.
class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loginNeedsUsernameAndPassword_data();
    void loginNeedsUsernameAndPassword();
    void loginSuccess();
    void loginRejected();
    void changePasswordLocalRules_data();
    void changePasswordLocalRules();
    void forcedPasswordChange();
    void changePasswordWhenLoggedIn();
    void passwordChangedIsNotSaidAfterLogout();
    void changePasswordRejectedByServer();
    void secondLoginWhileBusyIsIgnored();
    void passwordChangeRefusedWithEndedSessionLogsOut();
    void loginKeepsBothTokensInTheKeychain();
    void rotatedTokensReplaceTheStoredOnes();
    void restoreGivesTheBackendBothTokens();
    void representativeChoosesAClientFirst();
    void ownAccountNeedsNoChoice();

private:
    void logIn();

    std::unique_ptr<SessionHarness> m_h;
};

void TestSession::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestSession::init() {
    m_h = std::make_unique<SessionHarness>();
    QVERIFY(m_h->open());
}

void TestSession::cleanup() {
    m_h.reset();
}

void TestSession::logIn() {
    QVERIFY(m_h->logIn());
}

void TestSession::loginNeedsUsernameAndPassword_data() {
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty username") << QString() << QStringLiteral("Axxicom!2022");
    QTest::newRow("blank username") << QStringLiteral("   ") << QStringLiteral("Axxicom!2022");
    QTest::newRow("empty password") << QStringLiteral("ctest") << QString();
}

void TestSession::loginNeedsUsernameAndPassword() {
    QFETCH(QString, username);
    QFETCH(QString, password);
    QSignalSpy errorChanged(&m_h->session, &Session::errorMessageChanged);
    m_h->session.login(username, password);
    QCOMPARE(m_h->session.errorMessage(),
             QStringLiteral("Vul uw gebruikersnaam en wachtwoord in."));
    QCOMPARE(errorChanged.count(), 1);
    QCOMPARE(m_h->backend.loginCall.count(), 0);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.state(), State::Starting);
}

void TestSession::loginSuccess() {
    QSignalSpy busyChanged(&m_h->session, &Session::busyChanged);
    logIn();
    QCOMPARE(m_h->backend.loginCall.count(), 1);
    QCOMPARE(m_h->backend.loginCall.last().username, QStringLiteral("ctest"));
    QCOMPARE(m_h->backend.loginCall.last().password, QStringLiteral("Axxicom!2022"));
    QCOMPARE(m_h->backend.meCall.count(), 1);
    QCOMPARE(m_h->backend.accessToken(), QByteArrayLiteral("token-1"));
    QCOMPARE(m_h->session.displayName(), QStringLiteral("mevrouw C. Test"));
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-1"));
    QCOMPARE(m_h->session.clientName(), QStringLiteral("mevrouw C. Test"));
    QCOMPARE(m_h->session.errorMessage(), QString());
    QCOMPARE(m_h->session.busy(), false);
    QVERIFY(busyChanged.count() >= 2);
    // The account (never the token) is cached for offline starts.
    const Account cached = Account::fromJson(
        QJsonDocument::fromJson(m_h->cache.sealedValue(QStringLiteral("account"))).object());
    QCOMPARE(cached.accountId, QStringLiteral("acc-1"));
    QVERIFY(!m_h->cache.sealedValue(QStringLiteral("account")).contains("token-1"));
}

void TestSession::loginRejected() {
    m_h->backend.loginCall.script(FakeBackend::error(
        Kind::Unauthorized, QStringLiteral("Gebruikersnaam of wachtwoord onjuist.")));
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Fout!1234"));
    QTRY_COMPARE(m_h->session.errorMessage(),
                 QStringLiteral("Gebruikersnaam of wachtwoord onjuist."));
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.state(), State::Starting);
    QCOMPARE(m_h->backend.meCall.count(), 0);
    QCOMPARE(m_h->backend.accessToken(), QByteArray());

    // Throttled without a server text: the generic Dutch text.
    m_h->backend.loginCall.script(FakeBackend::error(Kind::Throttled));
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Fout!1234"));
    QTRY_COMPARE(m_h->session.errorMessage(),
                 QStringLiteral("Te veel pogingen. Probeer het later opnieuw."));
}

void TestSession::changePasswordLocalRules_data() {
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("message");
    QTest::newRow("no current") << QString() << QStringLiteral("Axxicom!2022")
                                << QStringLiteral("Axxicom!2022")
                                << QStringLiteral("Vul uw huidige wachtwoord in.");
    QTest::newRow("repeat differs")
        << QStringLiteral("Welkom!01") << QStringLiteral("Axxicom!2022")
        << QStringLiteral("Axxicom!2023")
        << QStringLiteral(
               "De nieuwe wachtwoorden zijn niet gelijk. Vul tweemaal hetzelfde wachtwoord in.");
    QTest::newRow("no digit") << QStringLiteral("Welkom!01") << QStringLiteral("Wachtwoord!")
                              << QStringLiteral("Wachtwoord!")
                              << QStringLiteral(
                                     "Het nieuwe wachtwoord voldoet nog niet aan alle eisen.");
    QTest::newRow("question mark")
        << QStringLiteral("Welkom!01") << QStringLiteral("Wachtwoord?12")
        << QStringLiteral("Wachtwoord?12")
        << QStringLiteral("Het nieuwe wachtwoord voldoet nog niet aan alle eisen.");
    QTest::newRow("same as current")
        << QStringLiteral("Axxicom!2022") << QStringLiteral("Axxicom!2022")
        << QStringLiteral("Axxicom!2022")
        << QStringLiteral("Kies een nieuw wachtwoord dat anders is dan uw huidige wachtwoord.");
}

void TestSession::changePasswordLocalRules() {
    QFETCH(QString, current);
    QFETCH(QString, next);
    QFETCH(QString, repeat);
    QFETCH(QString, message);
    logIn();
    m_h->session.changePassword(current, next, repeat);
    QCOMPARE(m_h->session.errorMessage(), message);
    QCOMPARE(m_h->backend.changePasswordCall.count(), 0);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.state(), State::LoggedIn);
}

void TestSession::forcedPasswordChange() {
    m_h->backend.loginCall.script(SessionHarness::loginResult(true));
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Welkom!01"));
    QTRY_COMPARE(m_h->session.state(), State::PasswordChangeRequired);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->backend.meCall.count(), 0);
    QCOMPARE(m_h->backend.accessToken(), QByteArrayLiteral("token-1"));

    QSignalSpy passwordChanged(&m_h->session, &Session::passwordChanged);
    m_h->backend.changePasswordCall.script(Done{});
    m_h->backend.meCall.script(SessionHarness::account());
    m_h->session.changePassword(QStringLiteral("Welkom!01"), QStringLiteral("Axxicom!2022"),
                                QStringLiteral("Axxicom!2022"));
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(passwordChanged.count(), 1);
    // Home says so, as after a change from the menu.
    QCOMPARE(m_h->session.confirmation(), QStringLiteral("Uw wachtwoord is gewijzigd."));
    QCOMPARE(m_h->backend.changePasswordCall.count(), 1);
    QCOMPARE(m_h->backend.changePasswordCall.last().current, QStringLiteral("Welkom!01"));
    QCOMPARE(m_h->backend.changePasswordCall.last().next, QStringLiteral("Axxicom!2022"));
    QCOMPARE(m_h->backend.meCall.count(), 1);
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-1"));
    QCOMPARE(m_h->session.errorMessage(), QString());
    QCOMPARE(m_h->session.busy(), false);
}

void TestSession::changePasswordWhenLoggedIn() {
    logIn();
    m_h->backend.changePasswordCall.script(Done{});
    m_h->session.changePassword(QStringLiteral("Axxicom!2022"), QStringLiteral("Axxicom!2023"),
                                QStringLiteral("Axxicom!2023"));
    // A success, not a notice: Home shows it in the success style.
    QTRY_COMPARE(m_h->session.confirmation(), QStringLiteral("Uw wachtwoord is gewijzigd."));
    QCOMPARE(m_h->session.notice(), QString());
    QCOMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->backend.meCall.count(), 1); // no second getMe
    m_h->session.clearConfirmation();
    QCOMPARE(m_h->session.confirmation(), QString());
}

// Issue 27: after a password change and a later ordinary logout the login screen still
// said "Uw wachtwoord is gewijzigd.". What was said in a session ends with it.
void TestSession::passwordChangedIsNotSaidAfterLogout() {
    logIn();
    m_h->backend.changePasswordCall.script(Done{});
    m_h->session.changePassword(QStringLiteral("Axxicom!2022"), QStringLiteral("Axxicom!2023"),
                                QStringLiteral("Axxicom!2023"));
    QTRY_VERIFY(!m_h->session.confirmation().isEmpty());
    m_h->session.logout();
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.confirmation(), QString());
    QCOMPARE(m_h->session.notice(), QString());
}

void TestSession::changePasswordRejectedByServer() {
    m_h->backend.loginCall.script(SessionHarness::loginResult(true));
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Welkom!01"));
    QTRY_COMPARE(m_h->session.state(), State::PasswordChangeRequired);

    ApiError wrongCurrent =
        FakeBackend::error(Kind::Validation, QStringLiteral("Uw huidige wachtwoord klopt niet."));
    wrongCurrent.code = QStringLiteral("invalid-current-password");
    m_h->backend.changePasswordCall.script(wrongCurrent);
    m_h->session.changePassword(QStringLiteral("Welkom!02"), QStringLiteral("Axxicom!2022"),
                                QStringLiteral("Axxicom!2022"));
    QTRY_COMPARE(m_h->session.errorMessage(), QStringLiteral("Uw huidige wachtwoord klopt niet."));
    QCOMPARE(m_h->session.state(), State::PasswordChangeRequired);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->backend.meCall.count(), 0);
}

void TestSession::secondLoginWhileBusyIsIgnored() {
    // Enter pressed twice: one request, so no second token is issued and no failure
    // counts twice towards the lock-out.
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Axxicom!2022"));
    m_h->session.login(QStringLiteral("ctest"), QStringLiteral("Axxicom!2022"));
    // The request goes out after the device token is read from the keychain.
    QTRY_COMPARE(m_h->backend.loginCall.count(), 1);
    QTest::qWait(100);
    QCOMPARE(m_h->backend.loginCall.count(), 1);
    QVERIFY(m_h->session.busy());
}

void TestSession::passwordChangeRefusedWithEndedSessionLogsOut() {
    // The server ends the session after repeated wrong current passwords (401).
    logIn();
    m_h->backend.changePasswordCall.script(FakeBackend::error(Kind::Unauthorized));
    m_h->session.changePassword(QStringLiteral("Fout!2022a"), QStringLiteral("Nieuw!2023"),
                                QStringLiteral("Nieuw!2023"));
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QVERIFY(!m_h->session.errorMessage().isEmpty());
    QCOMPARE(m_h->backend.accessToken(), QByteArray());
}

void TestSession::loginKeepsBothTokensInTheKeychain() {
    logIn();
    const SessionTokens expected{QByteArrayLiteral("token-1"), QByteArrayLiteral("refresh-1")};
    QCOMPARE(m_h->backend.sessionTokens(), expected);
    const QFuture<QByteArray> stored = m_h->tokens.load();
    QTRY_VERIFY(stored.isFinished());
    QCOMPARE(SessionTokens::fromStored(stored.result()), expected);
}

void TestSession::rotatedTokensReplaceTheStoredOnes() {
    logIn();
    const SessionTokens rotated{QByteArrayLiteral("token-2"), QByteArrayLiteral("refresh-2")};
    Q_EMIT m_h->backend.sessionTokensRotated(rotated);
    // Without a keychain load() answers from memory at once, so poll until the save landed.
    const auto stored = [this] {
        const QFuture<QByteArray> loaded = m_h->tokens.load();
        return SessionHarness::waitFor(loaded) ? SessionTokens::fromStored(loaded.result())
                                               : SessionTokens{};
    };
    QTRY_COMPARE(stored(), rotated);
    // Once logged out, a late rotation must not bring a session back.
    m_h->session.logout();
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QVERIFY(m_h->settleKeychain());
    Q_EMIT m_h->backend.sessionTokensRotated(rotated);
    QVERIFY(m_h->settleKeychain());
    const QFuture<QByteArray> after = m_h->tokens.load();
    QTRY_VERIFY(after.isFinished());
    QCOMPARE(after.result(), QByteArray());
}

void TestSession::restoreGivesTheBackendBothTokens() {
    const SessionTokens kept{QByteArrayLiteral("token-kept"), QByteArrayLiteral("refresh-kept")};
    const QFuture<bool> saved = m_h->tokens.save(kept.toStored());
    QTRY_VERIFY(saved.isFinished());
    m_h->backend.meCall.script(SessionHarness::account());
    m_h->session.restore();
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->backend.sessionTokens(), kept);
}

void TestSession::representativeChoosesAClientFirst() {
    Account representative = SessionHarness::account();
    representative.displayName = QStringLiteral("mevrouw R. Vertegenwoordiger");
    representative.clients = {{QStringLiteral("c-1"),
                               QStringLiteral("mevrouw C. Test"),
                               QStringLiteral("contact"),
                               {QStringLiteral("planning")}},
                              {QStringLiteral("c-2"), QStringLiteral("de heer J. Voorbeeld"),
                               QStringLiteral("representative"), ClientRef::allRights()}};
    m_h->backend.loginCall.script(SessionHarness::loginResult());
    m_h->backend.meCall.script(representative);
    m_h->session.login(QStringLiteral("rv"), QStringLiteral("Axxicom!2022"));
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    // Two clients: nothing is asked for anyone until one is chosen.
    QVERIFY(m_h->session.needsClientChoice());
    QVERIFY(m_h->session.actsForOthers());
    QCOMPARE(m_h->session.clientId(), QString());
    QCOMPARE(m_h->session.clientsForQml().size(), 2);

    QSignalSpy changed(&m_h->session, &Session::accountChanged);
    m_h->session.chooseClient(QStringLiteral("someone-else"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_h->session.clientId(), QString());
    m_h->session.chooseClient(QStringLiteral("c-2"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!m_h->session.needsClientChoice());
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-2"));
    QCOMPARE(m_h->session.clientName(), QStringLiteral("de heer J. Voorbeeld"));

    // Switching asks again; logging out forgets the choice.
    m_h->session.switchClient();
    QVERIFY(m_h->session.needsClientChoice());
    m_h->session.chooseClient(QStringLiteral("c-1"));
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-1"));
    m_h->session.logout();
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.clientId(), QString());
    QVERIFY(!m_h->session.needsClientChoice());
}

void TestSession::ownAccountNeedsNoChoice() {
    logIn();
    QVERIFY(!m_h->session.needsClientChoice());
    QVERIFY(!m_h->session.actsForOthers());
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-1"));
    QSignalSpy changed(&m_h->session, &Session::accountChanged);
    m_h->session.switchClient(); // nothing to switch to
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
