// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The walking skeleton end to end: the client core (AppComposition and everything it owns)
// against the real careportal-server over TLS on loopback.
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "httpsjsonclient.h"
#include "keychainprobe.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "planning/planningmodel.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storage/cachekeyring.h"
#include "storage/tokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::HttpsJsonClient;
using careportal::test::KeychainProbe;
using careportal::test::ServerProcess;

namespace {
const QString demoUser = QStringLiteral("c.test@example.nl");
const QString demoPassword = QStringLiteral("Welkom!2026");
const QString newPassword = QStringLiteral("Zonnebloem#2027");
constexpr int timeoutMs = 20000;
} // namespace

class ClientFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstLoginForcesPasswordChange();
    void planningIsFetchedAndCached();
    void planningIsServedFromCacheWhenServerIsGone();
    void restartOfflineShowsCachedPlanning();
    void logoutRevokesAndWipes();
    void cleanupTestCase();

private:
    [[nodiscard]] AppComposition::Options options() const;
    void createApp();
    /// The client's name, her carers' names, her help type and her client id: what must
    /// never be readable in the cache's files.
    [[nodiscard]] static QList<QByteArray> personalFields() {
        return {"C. Test", "Sanne", "Joris", "Fleur", "Lotte", "HV 1", "client-c-test"};
    }

    [[nodiscard]] QByteArray cacheFileBytes() const {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(options().cachePath + suffix);
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    /// Every byte of every file under the app's data directory (cache and anything else).
    [[nodiscard]] QByteArray dataDirBytes() const {
        QByteArray bytes;
        QDirIterator files(m_dataDir.path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                bytes += file.readAll();
        }
        return bytes;
    }

    [[nodiscard]] bool keychainExpected() const {
        return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    }

    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;
    QByteArray m_token;
    QByteArray m_cacheKey; ///< The key that sealed this user's cache, from the keychain.
    int m_cachedRows = 0;
};

AppComposition::Options ClientFlowTest::options() const {
    AppComposition::Options options;
    options.profile.serverUrl = m_server.baseUrl();
    options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
    options.profile.fingerprint = m_server.fingerprint();
    options.cachePath = m_dataDir.filePath(QStringLiteral("cache.sqlite"));
    options.language = QStringLiteral("nl");
    return options;
}

void ClientFlowTest::createApp() {
    m_app.reset();
    m_app = std::make_unique<AppComposition>(options());
    m_app->start();
}

void ClientFlowTest::initTestCase() {
    QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
    QVERIFY(m_dataDir.isValid());
    createApp();
    Session *session = m_app->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedOut, timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->organisation()->name(), QStringLiteral("Thuiszorg De Linde"),
                              timeoutMs);
    QVERIFY(m_app->organisation()->hasPlanning());
    QCOMPARE(m_app->services()->startupError(), QString());
}

void ClientFlowTest::firstLoginForcesPasswordChange() {
    Session *session = m_app->session();
    session->login(demoUser, QStringLiteral("Onjuist!123"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->errorMessage().isEmpty(), timeoutMs);
    QCOMPARE(session->state(), Session::State::LoggedOut);

    session->login(demoUser, demoPassword);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::PasswordChangeRequired, timeoutMs);

    // The token is in the real keychain (a Secret Service runs around the test suite).
    const auto probe = KeychainProbe::read(TokenStore::serviceName, options().profile.sessionKey());
    if (keychainExpected()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_app->tokenStore()->keychainAvailable(), timeoutMs);
        QCOMPARE(probe.outcome, KeychainProbe::Outcome::Found);
        QVERIFY(!probe.secret.isEmpty());
        m_token = probe.secret;
        const auto cacheKey = KeychainProbe::read(
            TokenStore::serviceName, options().profile.sessionKey() + QStringLiteral("/cache-key"));
        QCOMPARE(cacheKey.outcome, KeychainProbe::Outcome::Found);
        QCOMPARE(cacheKey.secret.size(), 32);
        m_cacheKey = cacheKey.secret;
    }

    session->changePassword(demoPassword, newPassword, QStringLiteral("Anders#2027"));
    QVERIFY(session->errorMessage().contains(QStringLiteral("niet gelijk")));
    session->changePassword(demoPassword, newPassword, newPassword);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, timeoutMs);
    QCOMPARE(session->displayName(), QStringLiteral("mevrouw C. Test"));
    QVERIFY(!session->clientId().isEmpty());
}

void ClientFlowTest::planningIsFetchedAndCached() {
    PlanningModel *planning = m_app->client()->planning();
    QCOMPARE(planning->month(),
             QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1));
    QTRY_VERIFY_WITH_TIMEOUT(planning->hasData() && !planning->loading(), timeoutMs);
    QVERIFY(planning->rowCount() >= 4); // weekly visits
    const QModelIndex first = planning->index(0);
    QCOMPARE(planning->data(first, PlanningModel::HelpTypeRole).toString(), QStringLiteral("HV 1"));
    QCOMPARE(planning->data(first, PlanningModel::StartTimeRole).toString(),
             QStringLiteral("09:00"));
    QCOMPARE(planning->data(first, PlanningModel::WeekdayRole).toString(),
             QStringLiteral("Woensdag"));
    QVERIFY(!planning->offline());
    // In a month's last days the next visit lies in the month read ahead after this one.
    QTRY_VERIFY_WITH_TIMEOUT(!planning->nextVisit().isEmpty(), timeoutMs);
    m_cachedRows = planning->rowCount();

    // No secret in the SQLite files (database and write-ahead log): neither the token nor
    // the password; and no personal field in plain text while logged in either.
    const QByteArray cacheBytes = cacheFileBytes();
    QVERIFY(!cacheBytes.isEmpty());
    QVERIFY(!cacheBytes.contains(newPassword.toUtf8()));
    if (!m_token.isEmpty())
        QVERIFY(!cacheBytes.contains(m_token));
    if (keychainExpected()) {
        QVERIFY(!m_app->cache()->isInMemory());
        for (const QByteArray &personal : personalFields())
            QVERIFY2(!cacheBytes.contains(personal), personal.constData());
    }
    QFile cacheFile(options().cachePath);
    QCOMPARE(cacheFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void ClientFlowTest::planningIsServedFromCacheWhenServerIsGone() {
    m_server.stop();
    PlanningModel *planning = m_app->client()->planning();
    planning->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(planning->offline(), timeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!planning->loading(), timeoutMs);
    QCOMPARE(planning->rowCount(), m_cachedRows);
    QVERIFY(planning->errorMessage().isEmpty());
    QVERIFY(!planning->lastUpdatedText().isEmpty());
}

void ClientFlowTest::restartOfflineShowsCachedPlanning() {
    createApp(); // a new run of the app, server still down
    Session *session = m_app->session();
    if (!keychainExpected()) {
        // Without a keychain the session is deliberately not kept across runs.
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedOut, timeoutMs);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, timeoutMs);
    QCOMPARE(session->displayName(), QStringLiteral("mevrouw C. Test"));
    PlanningModel *planning = m_app->client()->planning();
    QTRY_VERIFY_WITH_TIMEOUT(planning->offline(), timeoutMs);
    QCOMPARE(planning->rowCount(), m_cachedRows);
}

void ClientFlowTest::logoutRevokesAndWipes() {
    QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
    if (m_app->session()->state() != Session::State::LoggedIn) {
        createApp();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut, timeoutMs);
        m_app->session()->login(demoUser, newPassword);
    }
    Session *session = m_app->session();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, timeoutMs);
    QSignalSpy loggedOut(session, &Session::loggedOut);
    session->logout();
    QCOMPARE(loggedOut.count(), 1); // wiped at once, the revoke goes out in the background
    QCOMPARE(session->state(), Session::State::LoggedOut);
    QCOMPARE(session->displayName(), QString());
    QCOMPARE(m_app->client()->planning()->rowCount(), 0);

    const auto probe = KeychainProbe::read(TokenStore::serviceName, options().profile.sessionKey());
    QVERIFY(probe.outcome != KeychainProbe::Outcome::Found);

    // Nothing of the user is left in the data directory: no name, no visit, no token.
    const QByteArray left = dataDirBytes();
    for (const QByteArray &personal : personalFields())
        QVERIFY2(!left.contains(personal), personal.constData());
    if (!m_token.isEmpty())
        QVERIFY(!left.contains(m_token));
    // And the key that sealed the cache is gone: a new one waits for the next user.
    if (keychainExpected()) {
        QTRY_VERIFY_WITH_TIMEOUT(m_app->cacheKeyring()->isReady(), timeoutMs);
        const auto cacheKey = KeychainProbe::read(
            TokenStore::serviceName, options().profile.sessionKey() + QStringLiteral("/cache-key"));
        QCOMPARE(cacheKey.outcome, KeychainProbe::Outcome::Found);
        QVERIFY(cacheKey.secret != m_cacheKey);
    }
    if (!m_token.isEmpty()) {
        HttpsJsonClient client(m_server);
        // Revoked on the server (the request left with the token before the local wipe).
        QTRY_COMPARE_WITH_TIMEOUT(
            client.get(QStringLiteral("/me"), QString::fromLatin1(m_token)).status, 401, timeoutMs);
    }
}

void ClientFlowTest::cleanupTestCase() {
    m_app.reset();
    m_server.stop();
}

QTEST_MAIN(ClientFlowTest)
#include "tst_clientflow.moc"
