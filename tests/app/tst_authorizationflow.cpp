// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The browser half of the identity provider's login (AuthorizationFlow) with a browser
// stub in place of the user's browser: what the app sends to the provider (PKCE S256,
// state, nonce, prompt on a kiosk), and what it makes of the redirect on its loopback
// port: the code, a refused consent, another request's state, no answer at all. The
// whole login against a real provider is tests/integration/tst_providerloginflow.cpp.

#include "oidc/authorizationflow.h"
#include "oidc/providermetadata.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace careportal;

namespace {

/// Stands in for the browser: keeps the URL it was asked to open and, when told what the
/// provider would answer, requests the redirect to the app as a browser would.
class BrowserStub : public QObject {
    Q_OBJECT
public:
    QUrl opened;
    QUrlQuery answer;        ///< The redirect's query; empty: the browser never comes back.
    bool echoState = true;   ///< Put the request's state into the answer.
    QByteArray pageReceived; ///< What the app's listener showed in the browser.

public Q_SLOTS:
    void open(const QUrl &url) {
        opened = url;
        if (answer.isEmpty())
            return;
        QUrlQuery query = answer;
        if (echoState)
            query.addQueryItem(QStringLiteral("state"),
                               QUrlQuery(url).queryItemValue(QStringLiteral("state")));
        QUrl redirect(
            QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        redirect.setQuery(query);
        QNetworkReply *reply = m_network.get(QNetworkRequest(redirect));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            pageReceived = reply->readAll();
            reply->deleteLater();
        });
    }

private:
    QNetworkAccessManager m_network;
};

ProviderMetadata provider() {
    QString problem;
    ProviderMetadata metadata = ProviderMetadata::fromJson(
        {{QStringLiteral("issuer"), QStringLiteral("https://login.example.org")},
         {QStringLiteral("authorization_endpoint"),
          QStringLiteral("https://login.example.org/auth")},
         {QStringLiteral("token_endpoint"), QStringLiteral("https://login.example.org/token")}},
        QUrl(QStringLiteral("https://login.example.org")), &problem);
    Q_ASSERT(problem.isEmpty());
    return metadata;
}

IdentityProviderSettings settings() {
    IdentityProviderSettings settings;
    settings.issuer = QUrl(QStringLiteral("https://login.example.org"));
    settings.clientId = QStringLiteral("careportal-app");
    settings.scopes = {QStringLiteral("openid"), QStringLiteral("email")};
    settings.acrValues = {QStringLiteral("http://eidas.europa.eu/LoA/substantial")};
    return settings;
}

QString param(const QUrl &url, const char *name) {
    return QUrlQuery(url).queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

class TestAuthorizationFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_browser = std::make_unique<BrowserStub>();
        QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "open");
    }
    void cleanup() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void pkceChallengeIsS256OfTheVerifier() {
        // RFC 7636 appendix B.
        QCOMPARE(AuthorizationSecrets::challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const AuthorizationSecrets one = AuthorizationSecrets::generate();
        const AuthorizationSecrets two = AuthorizationSecrets::generate();
        QCOMPARE(one.codeVerifier.size(), 43);
        QVERIFY(one.codeVerifier != two.codeVerifier);
        QVERIFY(one.state != two.state && one.nonce != two.nonce && one.state != one.nonce);
    }

    void requestCarriesPkceStateAndNonce() {
        AuthorizationFlow flow(provider(), settings(), {});
        flow.start();
        const QUrl url = m_browser->opened;
        QCOMPARE(url.host(), QStringLiteral("login.example.org"));
        QCOMPARE(param(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(param(url, "client_id"), QStringLiteral("careportal-app"));
        QCOMPARE(param(url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(param(url, "code_challenge").toLatin1(),
                 AuthorizationSecrets::challengeOf(flow.secrets().codeVerifier));
        QVERIFY(!url.toString().contains(QString::fromLatin1(flow.secrets().codeVerifier)));
        QCOMPARE(param(url, "state").toLatin1(), flow.secrets().state);
        QCOMPARE(param(url, "nonce").toLatin1(), flow.secrets().nonce);
        QCOMPARE(param(url, "scope"), QStringLiteral("openid email"));
        QCOMPARE(param(url, "acr_values"),
                 QStringLiteral("http://eidas.europa.eu/LoA/substantial"));
        QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("prompt")));
        const QUrl redirect(param(url, "redirect_uri"));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(redirect.port() > 0);
        QCOMPARE(redirect, flow.redirectUri());
    }

    void kioskAsksForTheLoginAgain() {
        AuthorizationFlow flow(provider(), settings(), {true, 60000, QStringLiteral("en")});
        flow.start();
        QCOMPARE(param(m_browser->opened, "prompt"), QStringLiteral("login"));
        QCOMPARE(param(m_browser->opened, "max_age"), QStringLiteral("0"));
        QCOMPARE(param(m_browser->opened, "ui_locales"), QStringLiteral("en"));
    }

    void redirectGivesTheCodeAndTellsTheUserToGoBack() {
        m_browser->answer.addQueryItem(QStringLiteral("code"), QStringLiteral("abc123"));
        AuthorizationFlow flow(provider(), settings(), {});
        QSignalSpy code(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        QVERIFY(code.wait(5000));
        QCOMPARE(code.first().first().toString(), QStringLiteral("abc123"));
        QTRY_VERIFY(m_browser->pageReceived.contains("U kunt terug naar CarePortal"));
        QCOMPARE(failed.count(), 0);
    }

    void refusedConsent() {
        m_browser->answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        AuthorizationFlow flow(provider(), settings(), {});
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<AuthorizationFlow::Failure>(),
                 AuthorizationFlow::Failure::Refused);
    }

    void anotherRequestsStateIsRefused() {
        m_browser->echoState = false;
        m_browser->answer.addQueryItem(QStringLiteral("code"), QStringLiteral("abc123"));
        m_browser->answer.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
        AuthorizationFlow flow(provider(), settings(), {});
        QSignalSpy code(&flow, &AuthorizationFlow::codeReceived);
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<AuthorizationFlow::Failure>(),
                 AuthorizationFlow::Failure::StateMismatch);
        QCOMPARE(code.count(), 0);
    }

    void noAnswerEndsInTime() {
        AuthorizationFlow flow(provider(), settings(), {false, 300, QStringLiteral("nl")});
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().value<AuthorizationFlow::Failure>(),
                 AuthorizationFlow::Failure::TimedOut);
    }

    void cancelledFlowSaysNothingMore() {
        AuthorizationFlow flow(provider(), settings(), {false, 300, QStringLiteral("nl")});
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        flow.cancel();
        QTest::qWait(600);
        QCOMPARE(failed.count(), 0);
    }

    void noBrowser() {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        qputenv("BROWSER", "/bin/false");
        // Offscreen there is no desktop to open anything: openUrl() says so.
        AuthorizationFlow flow(provider(), settings(), {});
        QSignalSpy failed(&flow, &AuthorizationFlow::failed);
        flow.start();
        if (failed.isEmpty())
            QSKIP("this machine's desktop opened the URL");
        QCOMPARE(failed.first().first().value<AuthorizationFlow::Failure>(),
                 AuthorizationFlow::Failure::NoBrowser);
    }

    void discoveryDocumentOfAnotherIssuerIsRefused() {
        QString problem;
        const QJsonObject document{
            {QStringLiteral("issuer"), QStringLiteral("https://evil.example.net")},
            {QStringLiteral("authorization_endpoint"),
             QStringLiteral("https://evil.example.net/a")},
            {QStringLiteral("token_endpoint"), QStringLiteral("https://evil.example.net/t")}};
        (void)ProviderMetadata::fromJson(
            document, QUrl(QStringLiteral("https://login.example.org")), &problem);
        QVERIFY(problem.contains(QStringLiteral("another issuer")));
        QJsonObject plainHttp = document;
        plainHttp[QStringLiteral("issuer")] = QStringLiteral("https://login.example.org/");
        plainHttp[QStringLiteral("token_endpoint")] = QStringLiteral("http://login.example.org/t");
        (void)ProviderMetadata::fromJson(
            plainHttp, QUrl(QStringLiteral("https://login.example.org")), &problem);
        QVERIFY(problem.contains(QStringLiteral("https")));
        QJsonObject noS256 = plainHttp;
        noS256[QStringLiteral("token_endpoint")] = QStringLiteral("https://login.example.org/t");
        noS256[QStringLiteral("authorization_endpoint")] =
            QStringLiteral("https://login.example.org/a");
        noS256[QStringLiteral("code_challenge_methods_supported")] =
            QJsonArray{QStringLiteral("plain")};
        (void)ProviderMetadata::fromJson(noS256, QUrl(QStringLiteral("https://login.example.org")),
                                         &problem);
        QVERIFY(problem.contains(QStringLiteral("S256")));
        QCOMPARE(
            ProviderMetadata::discoveryUrl(
                QUrl(QStringLiteral("https://idp.example.org/realms/zorg/")))
                .toString(),
            QStringLiteral("https://idp.example.org/realms/zorg/.well-known/openid-configuration"));
    }

private:
    std::unique_ptr<BrowserStub> m_browser;
};

QTEST_MAIN(TestAuthorizationFlow)
#include "tst_authorizationflow.moc"
