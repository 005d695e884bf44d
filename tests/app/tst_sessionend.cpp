// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningcache.h"
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

/// How a session ends and comes back: logout wipes at once (also offline), an expired
/// session keeps only its unsent writes, restore from the keychain, "Overal uitloggen",
/// and answers that arrive after the end.
class TestSessionEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void logoutWipes();
    void logoutWhileOffline();
    void anExpiredSessionKeepsTheWritesForTheSameUser();
    void restoreWithoutToken();
    void restoreWithCachedAccount();
    void restoreExpiredToken();
    void removeWinsOverSaveInFlight();
    void lateAccountAfterLogoutIsIgnored();
    void logoutEverywhereEndsThisSession();
    void logoutEverywhereOfflineChangesNothing();

private:
    void logIn();
    /// What an earlier run leaves: a token (keychain, or memory when there is none) and
    /// the account in the cache.
    void leaveSessionBehind();

    std::unique_ptr<SessionHarness> m_h;
};

void TestSessionEnd::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionEnd::init() {
    m_h = std::make_unique<SessionHarness>();
    QVERIFY(m_h->open());
}

void TestSessionEnd::cleanup() {
    m_h.reset();
}

void TestSessionEnd::logIn() {
    QVERIFY(m_h->logIn());
}

void TestSessionEnd::logoutWipes() {
    logIn();
    m_h->cache.storeValue(QStringLiteral("organisation"),
                          QByteArrayLiteral("{\"name\":\"Axxicom\"}"));
    PlanningCache planning(&m_h->cache);
    const QDateTime start(QDate(2021, 4, 14), QTime(9, 0));
    QVERIFY(planning.replace(QStringLiteral("c-1"), QDate(2021, 4, 1),
                             {{QStringLiteral("a-1"), start, start.addSecs(3600),
                               QStringLiteral("HV 1"), QStringLiteral("Fatima")}},
                             {}, QDateTime::currentDateTime()));

    QSignalSpy loggedOut(&m_h->session, &Session::loggedOut);
    m_h->session.logout();
    QCOMPARE(m_h->backend.logoutCall.count(), 1);
    // Wiped at once, not when the server answers: on a shared PC nothing may linger while
    // the network is slow, nor survive closing the app before the answer.
    QCOMPARE(loggedOut.count(), 1);
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QVERIFY(m_h->backend.logoutCall.answer(Done{}));
    QTest::qWait(50);
    QCOMPARE(loggedOut.count(), 1); // the late answer changes nothing
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.displayName(), QString());
    QCOMPARE(m_h->session.clientId(), QString());
    QVERIFY(!m_h->session.account().isValid());
    QCOMPARE(m_h->backend.accessToken(), QByteArray());
    QCOMPARE(m_h->cache.sealedValue(QStringLiteral("account")), QByteArray());
    QVERIFY(!planning.load(QStringLiteral("c-1"), QDate(2021, 4, 1)).fetchedAt.isValid());
    QCOMPARE(m_h->cache.value(QStringLiteral("organisation")),
             QByteArrayLiteral("{\"name\":\"Axxicom\"}"));

    // Nothing to restore afterwards.
    m_h->session.restore();
    QTRY_COMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->backend.meCall.count(), 1);
}

// The user did not choose to leave: what they wrote offline must not be lost. It stays
// sealed, unsent, and goes out after the same account logs in again; another account
// logging in on this computer drops it instead of sending someone else's writes.
void TestSessionEnd::anExpiredSessionKeepsTheWritesForTheSameUser() {
    logIn();
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::ContactRequest;
    write.clientId = QStringLiteral("c-1");
    write.fields = {{QStringLiteral("subject"), QStringLiteral("planning")},
                    {QStringLiteral("message"), QStringLiteral("Kan de hulp later komen?")}};
    QVERIFY(m_h->outbox.queue(write) > 0);
    QSignalSpy loggedOut(&m_h->session, &Session::loggedOut);

    m_h->session.expire();
    QCOMPARE(loggedOut.count(), 1);
    QCOMPARE(loggedOut.at(0).at(0).toBool(), true);
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->cache.sealedValue(QStringLiteral("account")), QByteArray());
    QCOMPARE(m_h->outbox.entries().size(), 1);

    QVERIFY(m_h->logIn()); // the same account
    QCOMPARE(m_h->outbox.entries().size(), 1);
    QCOMPARE(m_h->outbox.entries().first().write.fields, write.fields);

    m_h->session.expire();
    m_h->backend.loginCall.script(SessionHarness::loginResult());
    Account other = SessionHarness::account();
    other.accountId = QStringLiteral("acc-2");
    m_h->backend.meCall.script(other);
    m_h->session.login(QStringLiteral("another"), QStringLiteral("Axxicom!2022"));
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->outbox.entries().size(), 0);

    // A logout the user chose leaves nothing, as always.
    QVERIFY(m_h->outbox.queue(write) > 0);
    m_h->session.logout();
    QCOMPARE(loggedOut.last().at(0).toBool(), false);
    QCOMPARE(m_h->outbox.entries().size(), 0);
}

void TestSessionEnd::logoutWhileOffline() {
    logIn();
    m_h->backend.logoutCall.script(FakeBackend::error(Kind::Offline));
    m_h->session.logout();
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.displayName(), QString());
    QCOMPARE(m_h->cache.sealedValue(QStringLiteral("account")), QByteArray());
    QCOMPARE(m_h->session.errorMessage(), QString());
}

void TestSessionEnd::restoreWithoutToken() {
    m_h->session.restore();
    QCOMPARE(m_h->session.busy(), true);
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->backend.meCall.count(), 0);
}

void TestSessionEnd::leaveSessionBehind() {
    const QFuture<bool> saved = m_h->tokens.save(QByteArrayLiteral("token-restored"));
    QTRY_VERIFY(saved.isFinished());
    m_h->cache.storeSealedValue(QStringLiteral("account"),
                                QJsonDocument(SessionHarness::account().toJson()).toJson());
}

void TestSessionEnd::restoreWithCachedAccount() {
    leaveSessionBehind();

    m_h->session.restore();
    // The cached account shows at once, before the server has confirmed it.
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->session.clientId(), QStringLiteral("c-1"));
    QCOMPARE(m_h->backend.accessToken(), QByteArrayLiteral("token-restored"));
    QCOMPARE(m_h->backend.meCall.count(), 1);

    // Offline: stay logged in with the cached account, no error.
    QVERIFY(m_h->backend.meCall.answer(FakeBackend::error(Kind::Offline)));
    QTRY_COMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->session.errorMessage(), QString());
}

void TestSessionEnd::restoreExpiredToken() {
    const QFuture<bool> saved = m_h->tokens.save(QByteArrayLiteral("token-old"));
    QTRY_VERIFY(saved.isFinished());
    m_h->backend.meCall.script(FakeBackend::error(Kind::Unauthorized));
    m_h->session.restore();
    QTRY_COMPARE(m_h->session.errorMessage(),
                 QStringLiteral("Uw sessie is verlopen. Log opnieuw in."));
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->backend.accessToken(), QByteArray());

    // The token is gone: a second start has nothing to restore.
    m_h->session.restore();
    QTRY_COMPARE(m_h->session.busy(), false);
    QCOMPARE(m_h->backend.meCall.count(), 1);
}

void TestSessionEnd::removeWinsOverSaveInFlight() {
    // Logout right after login: the token save may still be running when remove() comes.
    const QFuture<bool> saved = m_h->tokens.save(QByteArrayLiteral("token-late"));
    const QFuture<bool> removed = m_h->tokens.remove();
    QTRY_VERIFY(saved.isFinished() && removed.isFinished());
    const QFuture<QByteArray> loaded = m_h->tokens.load();
    QTRY_VERIFY(loaded.isFinished());
    QCOMPARE(loaded.result(), QByteArray());
}

void TestSessionEnd::lateAccountAfterLogoutIsIgnored() {
    leaveSessionBehind();
    m_h->session.restore();
    QTRY_COMPARE(m_h->session.state(), State::LoggedIn);
    QCOMPARE(m_h->backend.meCall.count(), 1); // still waiting for the server

    m_h->session.logout();
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    // The server's answer to the earlier getMe arrives after the logout: it must not log
    // the user back in nor write the account into the wiped cache.
    QVERIFY(m_h->backend.meCall.answer(SessionHarness::account()));
    QTest::qWait(50);
    QCOMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->session.displayName(), QString());
    QCOMPARE(m_h->cache.sealedValue(QStringLiteral("account")), QByteArray());
}

void TestSessionEnd::logoutEverywhereEndsThisSession() {
    logIn();
    m_h->backend.logoutEverywhereCall.script(Done{});
    m_h->session.logoutEverywhere();
    QTRY_COMPARE(m_h->session.state(), State::LoggedOut);
    QCOMPARE(m_h->backend.logoutEverywhereCall.count(), 1);
    QCOMPARE(m_h->backend.sessionTokens(), SessionTokens{});
    QCOMPARE(m_h->cache.sealedValue(QStringLiteral("account")), QByteArray());
    QVERIFY(
        m_h->session.notice().startsWith(QStringLiteral("U bent op al uw apparaten uitgelogd.")));
}

void TestSessionEnd::logoutEverywhereOfflineChangesNothing() {
    logIn();
    m_h->backend.logoutEverywhereCall.script(FakeBackend::error(Kind::Offline));
    m_h->session.logoutEverywhere();
    QTRY_COMPARE(m_h->session.busy(), false);
    // It has to reach the server to mean anything: still logged in, and told why.
    QCOMPARE(m_h->session.state(), State::LoggedIn);
    QVERIFY(!m_h->session.errorMessage().isEmpty());
    QCOMPARE(m_h->backend.accessToken(), QByteArrayLiteral("token-1"));
}

QTEST_GUILESS_MAIN(TestSessionEnd)
#include "tst_sessionend.moc"
