// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole login through the organisation's identity provider, with real peers only: the
// app core, the reference server over TLS trusting the provider, and panva's oidc-provider
// on loopback over TLS. The user's browser is tests/oidc/browser.py, a scripted stand-in
// that fills the provider's login and consent forms and follows the redirect to the app's
// loopback port (QDesktopServices hands it the URLs the app opens).

#include "app/appcomposition.h"
#include "auth/providerlogin.h"
#include "auth/session.h"
#include "identityproviderprocess.h"
#include "organisations/organisationbranding.h"
#include "serverprocess.h"

#include <QDesktopServices>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace careportal;
using namespace careportal::test;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kPassword = QStringLiteral("Geheim-bij-de-provider-1");
const QString kAcr = QStringLiteral("http://eidas.europa.eu/LoA/substantial");

/// The user's browser: runs browser.py on every URL the app opens, as the user it is told.
class ScriptedBrowser : public QObject {
    Q_OBJECT
public:
    QString certificate;
    QString cookies; ///< One jar for the whole test: the provider's session lives on in it.
    QString user;
    bool deny = false;
    bool expectLogin = false;
    bool ignore = false; ///< The user closed the browser: nothing happens.
    /// The request reaches the provider with another state, as an attacker's would.
    bool forgeState = false;
    QList<QUrl> opened;
    int running = 0; ///< browser.py runs not finished yet
    int exitCode = -1;
    QString output;

public Q_SLOTS:
    void open(const QUrl &url) {
        opened.append(url);
        if (ignore)
            return;
        QUrl target = url;
        if (forgeState) {
            QUrlQuery query(url);
            query.removeQueryItem(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QStringLiteral("another-login"));
            target.setQuery(query);
        }
        QStringList arguments{QStringLiteral(CAREPORTAL_SOURCE_DIR "/tests/oidc/browser.py"),
                              target.toString(QUrl::FullyEncoded),
                              QStringLiteral("--ca"),
                              certificate,
                              QStringLiteral("--cookies"),
                              cookies};
        if (!user.isEmpty())
            arguments << QStringLiteral("--user") << user << QStringLiteral("--password")
                      << kPassword;
        if (deny)
            arguments << QStringLiteral("--deny");
        if (expectLogin)
            arguments << QStringLiteral("--expect-login");
        exitCode = -1;
        auto *process = new QProcess(this);
        process->setProcessChannelMode(QProcess::MergedChannels);
        ++running;
        connect(process, &QProcess::finished, this, [this, process](int code) {
            --running;
            exitCode = code;
            output = QString::fromUtf8(process->readAll());
            process->deleteLater();
        });
        process->start(QStringLiteral("python3"), arguments);
    }
};

} // namespace

class TestProviderLoginFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (!IdentityProviderProcess::isInstalled())
            QSKIP("tools/oidc-provider is not installed (scripts/test.sh runs npm ci there)");
        QVERIFY(m_provider.start(
            {IdentityProviderProcess::user(QStringLiteral("idp-j"),
                                           QStringLiteral("j.voorbeeld@example.nl"), kPassword),
             IdentityProviderProcess::user(QStringLiteral("idp-unknown"),
                                           QStringLiteral("onbekend@example.nl"), kPassword)}));
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{
            true,
            {QStringLiteral("--oidc-issuer"), m_provider.issuer().toString(),
             QStringLiteral("--oidc-client-id"), QStringLiteral("careportal-app"),
             QStringLiteral("--oidc-provider-name"), QStringLiteral("Inlogdienst De Linde"),
             QStringLiteral("--oidc-acr"), kAcr, QStringLiteral("--oidc-ca-file"),
             m_provider.certificatePath(), QStringLiteral("--oidc-link-by-email")}});
        QVERIFY2(m_server->start(), qPrintable(m_server->standardError()));
        m_browser.certificate = m_provider.certificatePath();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init() {
        m_browser.user = QStringLiteral("j.voorbeeld@example.nl");
        m_browser.cookies = m_dataDir.filePath(QStringLiteral("browser-cookies.txt"));
        m_browser.deny = false;
        m_browser.expectLogin = false;
        m_browser.ignore = false;
        m_browser.forgeState = false;
        m_browser.opened.clear();
    }

    void cleanup() { m_app.reset(); }

    void loginScreenOffersTheProvider() {
        startApp();
        ProviderLogin *provider = m_app->providerLogin();
        QVERIFY(provider->available());
        QVERIFY(provider->passwordLogin());
        QCOMPARE(provider->name(), QStringLiteral("Inlogdienst De Linde"));
    }

    void wholeLoginThroughTheBrowser() {
        startApp();
        ProviderLogin *provider = m_app->providerLogin();
        Session *session = m_app->session();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedIn, kTimeoutMs);
        QVERIFY2(provider->errorMessage().isEmpty(), qPrintable(provider->errorMessage()));
        QCOMPARE(m_browser.opened.size(), 1);
        const QUrlQuery request(m_browser.opened.first());
        QCOMPARE(request.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(!request.hasQueryItem(QStringLiteral("prompt")));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.exitCode, 0, kTimeoutMs);
        QVERIFY2(m_browser.output.contains(QStringLiteral("U kunt terug naar CarePortal")),
                 qPrintable(m_browser.output));
        // The same account as the password login: its client, with the planning.
        QVERIFY(!session->clientId().isEmpty());
        QVERIFY(session->rights().contains(QStringLiteral("planning")));
        QVERIFY(!provider->busy());
    }

    void endedSessionIsRenewedWithoutTheBrowser() {
        startApp();
        Session *session = m_app->session();
        ProviderLogin *provider = m_app->providerLogin();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedIn, kTimeoutMs);
        const qsizetype browserOpens = m_browser.opened.size();
        // A refresh within the same second would give the very same ID token (same claims,
        // deterministic RS256), which the server rightly refuses as a replay.
        QTest::qWait(1100);
        // The server no longer takes the session (its idle or absolute limit): the
        // provider's refresh token gets a new ID token, and a new session, by itself.
        session->expire();
        QCOMPARE(session->state(), Session::State::LoggedOut);
        QTRY_VERIFY2_WITH_TIMEOUT(session->state() == Session::State::LoggedIn,
                                  qPrintable(m_server->standardError().right(1500)), kTimeoutMs);
        QCOMPARE(m_browser.opened.size(), browserOpens);
    }

    void logoutEndsTheSessionAtTheProvider() {
        startApp();
        Session *session = m_app->session();
        ProviderLogin *provider = m_app->providerLogin();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedIn, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_browser.exitCode >= 0, kTimeoutMs);
        m_browser.opened.clear();
        session->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, kTimeoutMs);
        const QUrl logout = m_browser.opened.first();
        QVERIFY2(logout.path().contains(QStringLiteral("session/end")),
                 qPrintable(logout.toString()));
        QVERIFY(QUrlQuery(logout).hasQueryItem(QStringLiteral("id_token_hint")));
        QTRY_VERIFY_WITH_TIMEOUT(m_browser.exitCode >= 0, kTimeoutMs);
        // The provider's session is over: the next login asks for the password again.
        m_browser.expectLogin = true;
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedIn, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.exitCode, 0, kTimeoutMs);
    }

    void refusedConsent() {
        startApp();
        m_browser.deny = true;
        ProviderLogin *provider = m_app->providerLogin();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(!provider->errorMessage().isEmpty(), kTimeoutMs);
        QVERIFY2(provider->errorMessage().contains(QStringLiteral("geweigerd")),
                 qPrintable(provider->errorMessage()));
        QCOMPARE(m_app->session()->state(), Session::State::LoggedOut);
        QVERIFY(!provider->busy());
    }

    void answerToAnotherLoginIsRefused() {
        startApp();
        m_browser.forgeState = true;
        ProviderLogin *provider = m_app->providerLogin();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(!provider->errorMessage().isEmpty(), kTimeoutMs);
        QVERIFY2(provider->errorMessage().contains(QStringLiteral("hoort niet bij deze")),
                 qPrintable(provider->errorMessage()));
        QCOMPARE(m_app->session()->state(), Session::State::LoggedOut);
        // The provider did redirect, with a code: the app did not redeem it.
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.exitCode, 0, kTimeoutMs);
        QVERIFY(m_browser.output.contains(QStringLiteral("state=another-login")));
    }

    void accountUnknownToTheOrganisation() {
        startApp();
        // Another person, in a browser of their own (the jar holds j.voorbeeld's session).
        m_browser.user = QStringLiteral("onbekend@example.nl");
        m_browser.cookies = m_dataDir.filePath(QStringLiteral("other-browser-cookies.txt"));
        ProviderLogin *provider = m_app->providerLogin();
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(!provider->errorMessage().isEmpty() ||
                                     m_app->session()->state() == Session::State::LoggedIn,
                                 kTimeoutMs);
        QVERIFY2(provider->errorMessage().contains(QStringLiteral("gekoppeld")),
                 qPrintable(provider->errorMessage() + m_browser.output));
        QCOMPARE(m_app->session()->state(), Session::State::LoggedOut);
    }

    void closedBrowserEndsTheWait() {
        startApp();
        m_browser.ignore = true;
        ProviderLogin *provider = m_app->providerLogin();
        provider->setBrowserTimeoutMs(1500);
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(provider->waitingForBrowser(), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!provider->busy(), kTimeoutMs);
        QVERIFY2(provider->errorMessage().contains(QStringLiteral("niet afgerond")),
                 qPrintable(provider->errorMessage()));
    }

    void kioskAsksForThePasswordEveryTime() {
        startApp(true);
        Session *session = m_app->session();
        ProviderLogin *provider = m_app->providerLogin();
        // The browser still has a provider session of the tests before; a kiosk's login
        // must not ride on it.
        m_browser.expectLogin = true;
        provider->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedIn, kTimeoutMs);
        const QUrlQuery request(m_browser.opened.first());
        QCOMPARE(request.queryItemValue(QStringLiteral("prompt")), QStringLiteral("login"));
        QCOMPARE(request.queryItemValue(QStringLiteral("max_age")), QStringLiteral("0"));
        QVERIFY(!request.queryItemValue(QStringLiteral("scope"))
                     .contains(QStringLiteral("offline_access")));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.exitCode, 0, kTimeoutMs);
        // Expired on a kiosk: no silent renewal, the next person logs in.
        session->expire();
        QTest::qWait(1000);
        QCOMPARE(session->state(), Session::State::LoggedOut);
    }

private:
    void startApp(bool kiosk = false) {
        AppComposition::Options options;
        options.profile.serverUrl = m_server->baseUrl();
        options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
        options.profile.fingerprint = m_server->fingerprint();
        options.profile.providerCertificates = m_provider.certificatePath();
        options.profile.kiosk = kiosk;
        options.cachePath = m_dataDir.filePath(QStringLiteral("cache.sqlite"));
        options.language = QStringLiteral("nl");
        m_app = std::make_unique<AppComposition>(options);
        m_app->start();
        Session *session = m_app->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->state() != Session::State::Starting && !session->busy() &&
                                     m_app->providerLogin()->available(),
                                 kTimeoutMs);
        // A session of the test before comes back from the keychain: its logout ends the
        // provider's session in the browser too, which must be over before this test's
        // login (it would end that one).
        if (session->state() != Session::State::LoggedOut)
            session->logout();
        QTest::qWait(500);
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.running, 0, kTimeoutMs);
        m_browser.opened.clear();
    }

    IdentityProviderProcess m_provider;
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dataDir;
    ScriptedBrowser m_browser;
    std::unique_ptr<AppComposition> m_app;
};

QTEST_MAIN(TestProviderLoginFlow)
#include "tst_providerloginflow.moc"
