// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A kiosk PC in a care home, against the real server: nothing of a user reaches the disk
// or the keychain, no device is remembered, and walking away logs out after the countdown
// and leaves the models empty.
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "fakeidleclock.h"
#include "keychainprobe.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "storage/tokenstore.h"

#include <QDir>
#include <QHash>
#include <QMouseEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::FakeIdleClock;
using careportal::test::KeychainProbe;
using careportal::test::ServerProcess;

namespace {
constexpr int timeoutMs = 20000;
constexpr int idleMinutes = 2;
} // namespace

class TestKioskFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QVERIFY(m_dataDir.isValid());
        // The app's settings (QSettings) in a folder of this test's own, to look into.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));
    }

    void init() {
        AppComposition::Options options;
        options.profile.serverUrl = m_server.baseUrl();
        options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
        options.profile.fingerprint = m_server.fingerprint();
        options.profile.kiosk = true;
        options.profile.idleLogoutMinutes = idleMinutes;
        options.cachePath = m_dataDir.filePath(QStringLiteral("cache.sqlite"));
        options.language = QStringLiteral("nl");
        // The suite shares one keyring, and a server of an earlier test may have had this
        // port (so this session key) and left its session there: what is there now stays
        // the baseline, and the kiosk must not add or change anything.
        m_keychainBefore.clear();
        for (const QString &entry : keychainEntries(options.profile.sessionKey()))
            m_keychainBefore.insert(entry, KeychainProbe::read(TokenStore::serviceName, entry));
        m_app = std::make_unique<AppComposition>(options);
        m_app->services()->idle()->setClock(&m_clock);
        m_app->start();
        Session *session = m_app->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedOut, timeoutMs);
        session->login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, timeoutMs);
        m_app->client()->planning()->goToToday();
        m_app->client()->contactDetails()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(m_app->client()->planning()->rowCount() > 0, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->client()->contactDetails()->rowCount() > 0, timeoutMs);
    }

    void cleanup() { m_app.reset(); }

    void nothingReachesDiskOrKeychain() {
        QVERIFY(m_app->services()->kiosk());
        QVERIFY(m_app->services()->idle()->isEnabled());
        QVERIFY(!m_app->session()->canRememberDevice());
        QCOMPARE(QDir(m_dataDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
        for (const QString &entry : keychainEntries(m_app->tokenStore()->key())) {
            const KeychainProbe now = KeychainProbe::read(TokenStore::serviceName, entry);
            const KeychainProbe before = m_keychainBefore.value(entry);
            const bool untouched =
                now.outcome != KeychainProbe::Outcome::Found ||
                (before.outcome == KeychainProbe::Outcome::Found && before.secret == now.secret);
            QVERIFY2(untouched, qPrintable(entry));
        }
        // What a person chooses on the kiosk is for them only: the next one starts with the
        // kiosk's own language and text size, and nothing is left in the settings.
        m_app->services()->language()->setCode(QStringLiteral("en"));
        m_app->services()->display()->setTextPercent(150);
        m_app->services()->display()->setHighContrast(true);
        QCOMPARE(QSettings().allKeys(), QStringList());
        QCOMPARE(QDir(m_settingsDir.path())
                     .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
        // The cache and session work, in memory: no notice about a missing keychain.
        QCOMPARE(m_app->services()->cacheNotice(), QString());
        QCOMPARE(m_app->session()->notice(), QString());
    }

    void countdownThenLogout() {
        IdleMonitor *idle = m_app->services()->idle();
        m_clock.advance((idleMinutes * 60 - IdleMonitor::kWarningSeconds - 1) * 1000);
        QVERIFY(!idle->warning());
        m_clock.advance(2000);
        QVERIFY(idle->warning());
        QCOMPARE(idle->secondsLeft(), IdleMonitor::kWarningSeconds - 1);
        m_clock.advance(IdleMonitor::kWarningSeconds * 1000);
        QCOMPARE(m_app->session()->state(), Session::State::LoggedOut);
        QVERIFY(!idle->warning());
        QCOMPARE(m_app->session()->displayName(), QString());
        QCOMPARE(m_app->client()->planning()->rowCount(), 0);
        QCOMPARE(m_app->client()->contactDetails()->rowCount(), 0);
        QCOMPARE(m_app->dossier()->latest()->rowCount(), 0);
        QCOMPARE(QDir(m_dataDir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }

    void anyInputCancelsTheCountdown() {
        IdleMonitor *idle = m_app->services()->idle();
        m_clock.advance((idleMinutes * 60 - 10) * 1000);
        QVERIFY(idle->warning());
        // A tap anywhere: the application's event filter sees it.
        QObject target;
        QMouseEvent press(QEvent::MouseButtonPress, QPointF(5, 5), QPointF(5, 5), Qt::LeftButton,
                          Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &press);
        QVERIFY(!idle->warning());
        m_clock.advance((idleMinutes * 60 - IdleMonitor::kWarningSeconds - 1) * 1000);
        QVERIFY(!idle->warning());
        QCOMPARE(m_app->session()->state(), Session::State::LoggedIn);
    }

private:
    static QStringList keychainEntries(const QString &sessionKey) {
        return {sessionKey, sessionKey + QStringLiteral("/cache-key")};
    }

    QHash<QString, KeychainProbe> m_keychainBefore;
    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_settingsDir;
    FakeIdleClock m_clock;
    std::unique_ptr<AppComposition> m_app;
};

QTEST_MAIN(TestKioskFlow)
#include "tst_kioskflow.moc"
