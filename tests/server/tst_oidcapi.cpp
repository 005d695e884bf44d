// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "oidctestsigner.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using careportal::test::HttpsJsonClient;
using careportal::test::OidcTestSigner;
using careportal::test::ServerProcess;

namespace {

const QString kIssuer = QStringLiteral("https://idp.example.test");
const QString kClient = QStringLiteral("careportal-app");
const QString kSubstantial = QStringLiteral("http://eidas.europa.eu/LoA/substantial");
const QString kTest = QStringLiteral("c.test@example.nl");
const QString kVoorbeeld = QStringLiteral("j.voorbeeld@example.nl");

QStringList oidcArguments(const QString &jwksFile) {
    return {QStringLiteral("--oidc-issuer"),        kIssuer,
            QStringLiteral("--oidc-client-id"),     kClient,
            QStringLiteral("--oidc-provider-name"), QStringLiteral("Test Inlogdienst"),
            QStringLiteral("--oidc-acr"),           kSubstantial,
            QStringLiteral("--oidc-jwks-file"),     jwksFile};
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

/// POST /auth/oidc against the real binary, with the provider's keys from --oidc-jwks-file
/// (keys made here, so no provider and no network): the session it gives, each refusal as
/// problem+json with its reason and in the request log, linking by the admin command and by
/// e-mail, /organisation's `login`, and --password-login off.
class TestOidcApi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OidcTestSigner m_rsa{OidcTestSigner::Kind::Rsa, QStringLiteral("rsa-1")};
    OidcTestSigner m_ec{OidcTestSigner::Kind::Ec, QStringLiteral("ec-1")};
    std::unique_ptr<ServerProcess> m_server;
    int m_serial = 0;

    QJsonObject claims(const QString &subject, const QString &nonce) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{QStringLiteral("iss"), kIssuer},
                {QStringLiteral("sub"), subject},
                {QStringLiteral("aud"), kClient},
                {QStringLiteral("exp"), now + 600},
                {QStringLiteral("iat"), now},
                {QStringLiteral("nonce"), nonce},
                {QStringLiteral("acr"), kSubstantial},
                {QStringLiteral("jti"), QStringLiteral("t-%1").arg(++m_serial)}};
    }

    static QJsonObject body(const QString &token, const QString &nonce) {
        return {{QStringLiteral("idToken"), token}, {QStringLiteral("nonce"), nonce}};
    }

    HttpsJsonClient::Reply login(const QJsonObject &tokenClaims, const QString &alg = {}) {
        HttpsJsonClient client(*m_server);
        const QString token = alg == QLatin1String("ES256")
                                  ? m_ec.sign(tokenClaims, alg)
                                  : m_rsa.sign(tokenClaims, QStringLiteral("RS256"));
        return client.post(QStringLiteral("/auth/oidc"),
                           body(token, tokenClaims.value(QLatin1String("nonce")).toString()));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString jwks = m_dir.filePath(QStringLiteral("jwks.json"));
        QVERIFY(writeFile(jwks, OidcTestSigner::jwks({&m_rsa, &m_ec})));
        QStringList arguments = oidcArguments(jwks);
        arguments << QStringLiteral("--oidc-link-by-email");
        m_server = std::make_unique<ServerProcess>(ServerProcess::Options{true, arguments});
        QVERIFY2(m_server->start(), qPrintable(m_server->standardError()));
    }

    void organisationOffersBothLogins() {
        HttpsJsonClient client(*m_server);
        const auto organisation = client.get(QStringLiteral("/organisation"));
        QCOMPARE(organisation.status, 200);
        const QJsonObject login = organisation.json.value(QLatin1String("login")).toObject();
        QCOMPARE(login.value(QLatin1String("password")).toBool(), true);
        const QJsonObject oidc = login.value(QLatin1String("openIdConnect")).toObject();
        QCOMPARE(oidc.value(QLatin1String("issuer")).toString(), kIssuer);
        QCOMPARE(oidc.value(QLatin1String("clientId")).toString(), kClient);
        QCOMPARE(oidc.value(QLatin1String("providerName")).toString(),
                 QStringLiteral("Test Inlogdienst"));
        QCOMPARE(oidc.value(QLatin1String("scopes")).toArray(),
                 (QJsonArray{QStringLiteral("openid"), QStringLiteral("email"),
                             QStringLiteral("profile"), QStringLiteral("offline_access")}));
        QCOMPARE(oidc.value(QLatin1String("acrValues")).toArray(), QJsonArray{kSubstantial});
    }

    void unlinkedSubjectIsRefused() {
        const auto reply = login(claims(QStringLiteral("sub-unknown"), QStringLiteral("n1")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), QStringLiteral("account-not-linked"));
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QVERIFY(reply.json.value(QLatin1String("messages"))
                    .toObject()
                    .value(QLatin1String("nl"))
                    .toString()
                    .contains(QStringLiteral("nog niet gekoppeld")));
    }

    void adminLinkGivesASessionOnce() {
        QString output;
        QCOMPARE(m_server->admin({QStringLiteral("link-oidc"), QStringLiteral("--username"), kTest,
                                  QStringLiteral("--subject"), QStringLiteral("sub-c-test")},
                                 &output),
                 0);
        QVERIFY2(output.contains(kIssuer), qPrintable(output)); // the server's issuer by default
        const QJsonObject tokenClaims = claims(QStringLiteral("sub-c-test"), QStringLiteral("n2"));
        const QString token = m_rsa.sign(tokenClaims, QStringLiteral("RS256"));
        HttpsJsonClient client(*m_server);
        const auto reply =
            client.post(QStringLiteral("/auth/oidc"), body(token, QStringLiteral("n2")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("tokenType")).toString(), QStringLiteral("Bearer"));
        QVERIFY(!reply.json.value(QLatin1String("refreshToken")).toString().isEmpty());
        QVERIFY(!reply.json.contains(QLatin1String("secondFactorRequired")));
        const QString session = reply.json.value(QLatin1String("token")).toString();
        const auto me = client.get(QStringLiteral("/me"), session);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("username")).toString(), kTest);

        // The same token again: a replay.
        const auto again =
            client.post(QStringLiteral("/auth/oidc"), body(token, QStringLiteral("n2")));
        QCOMPARE(again.status, 401);
        QCOMPARE(again.problemCode(), QStringLiteral("oidc-token-refused"));
        QCOMPARE(again.json.value(QLatin1String("reason")).toString(), QStringLiteral("replayed"));

        // The listing shows the link; after unlink-oidc the subject is a stranger again.
        QCOMPARE(m_server->admin({QStringLiteral("list-client"), QStringLiteral("--client"),
                                  QStringLiteral("client-c-test")},
                                 &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("login via sub-c-test at ") + kIssuer),
                 qPrintable(output));
        QCOMPARE(m_server->admin(
                     {QStringLiteral("unlink-oidc"), QStringLiteral("--username"), kTest}, &output),
                 0);
        QCOMPARE(login(claims(QStringLiteral("sub-c-test"), QStringLiteral("n3"))).problemCode(),
                 QStringLiteral("account-not-linked"));
        QCOMPARE(m_server->admin({QStringLiteral("link-oidc"), QStringLiteral("--username"),
                                  QStringLiteral("niemand@example.nl"), QStringLiteral("--subject"),
                                  QStringLiteral("x")},
                                 &output),
                 2);
    }

    void providerLoginSkipsThePendingPasswordChange() {
        // c.test has a one-time password still to replace; the provider's login never uses it.
        QString output;
        QCOMPARE(m_server->admin({QStringLiteral("link-oidc"), QStringLiteral("--username"), kTest,
                                  QStringLiteral("--subject"), QStringLiteral("sub-c-test-2")},
                                 &output),
                 0);
        HttpsJsonClient client(*m_server);
        const QString data = QStringLiteral("/clients/client-c-test/contact-persons");
        const auto reply = login(claims(QStringLiteral("sub-c-test-2"), QStringLiteral("n20")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("mustChangePassword")).toBool(true), false);
        const QString token = reply.json.value(QLatin1String("token")).toString();
        const auto me = client.get(QStringLiteral("/me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("mustChangePassword")).toBool(true), false);
        QCOMPARE(client.get(data, token).status, 200);
        // A refresh of that session keeps it so.
        const auto refreshed = client.post(
            QStringLiteral("/auth/refresh"),
            {{QStringLiteral("refreshToken"), reply.json.value(QLatin1String("refreshToken"))}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.json.value(QLatin1String("mustChangePassword")).toBool(true), false);
        QCOMPARE(client.get(data, refreshed.json.value(QLatin1String("token")).toString()).status,
                 200);
        QCOMPARE(m_server->queryCount(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE "
                                                     "account_id = 'account-c-test' AND "
                                                     "login_method = 'oidc'")),
                 2); // adminLinkGivesASessionOnce's and this one

        // The same account's password login: the change comes first, as before.
        const auto password = client.post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), kTest}, {QStringLiteral("password"), "Welkom!2026"}});
        QCOMPARE(password.status, 200);
        QCOMPARE(password.json.value(QLatin1String("mustChangePassword")).toBool(), true);
        const QString held = password.json.value(QLatin1String("token")).toString();
        const auto refused = client.get(data, held);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.problemCode(), QStringLiteral("password-change-required"));
        QCOMPARE(client.get(QStringLiteral("/me"), held)
                     .json.value(QLatin1String("mustChangePassword"))
                     .toBool(),
                 true);
        QCOMPARE(m_server->admin(
                     {QStringLiteral("unlink-oidc"), QStringLiteral("--username"), kTest}, &output),
                 0);
    }

    void linksByVerifiedEmail() {
        QJsonObject unverified = claims(QStringLiteral("sub-j"), QStringLiteral("n4"));
        unverified.insert(QStringLiteral("email"), kVoorbeeld.toUpper());
        unverified.insert(QStringLiteral("email_verified"), false);
        QCOMPARE(login(unverified).problemCode(), QStringLiteral("account-not-linked"));

        QJsonObject verified = claims(QStringLiteral("sub-j"), QStringLiteral("n5"));
        verified.insert(QStringLiteral("email"), kVoorbeeld.toUpper());
        verified.insert(QStringLiteral("email_verified"), true);
        QCOMPARE(login(verified, QStringLiteral("ES256")).status, 200);
        // Linked now: no e-mail needed any more.
        QCOMPARE(login(claims(QStringLiteral("sub-j"), QStringLiteral("n6"))).status, 200);
        QCOMPARE(m_server->queryCount(QStringLiteral("SELECT COUNT(*) FROM oidc_links WHERE "
                                                     "subject = 'sub-j' AND linked_by = 'email'")),
                 1);
    }

    void refusalsNameTheirReason() {
        HttpsJsonClient client(*m_server);
        QJsonObject wrongAudience = claims(QStringLiteral("sub-j"), QStringLiteral("n7"));
        wrongAudience.insert(QStringLiteral("aud"), QStringLiteral("other-app"));
        QJsonObject low = claims(QStringLiteral("sub-j"), QStringLiteral("n8"));
        low.insert(QStringLiteral("acr"), QStringLiteral("http://eidas.europa.eu/LoA/low"));
        QJsonObject expired = claims(QStringLiteral("sub-j"), QStringLiteral("n9"));
        expired.insert(QStringLiteral("exp"), QDateTime::currentSecsSinceEpoch() - 3600);
        const QList<QPair<QString, QString>> cases{
            {m_rsa.sign(wrongAudience, QStringLiteral("RS256")), QStringLiteral("audience")},
            {m_rsa.sign(low, QStringLiteral("RS256")), QStringLiteral("acr")},
            {m_rsa.sign(expired, QStringLiteral("RS256")), QStringLiteral("expired")},
            {m_rsa.signHs256(low), QStringLiteral("algorithm")},
            {OidcTestSigner::unsigned_(low, m_rsa.kid()), QStringLiteral("algorithm")},
            {QStringLiteral("not-a-token"), QStringLiteral("malformed")},
        };
        for (const auto &[token, reason] : cases) {
            const auto reply =
                client.post(QStringLiteral("/auth/oidc"), body(token, QStringLiteral("n8")));
            QCOMPARE(reply.status, 401);
            QCOMPARE(reply.json.value(QLatin1String("reason")).toString(), reason);
        }
        // The nonce the app sent must be the token's.
        const auto nonce =
            client.post(QStringLiteral("/auth/oidc"),
                        body(m_rsa.sign(claims(QStringLiteral("sub-j"), QStringLiteral("n10")),
                                        QStringLiteral("RS256")),
                             QStringLiteral("other")));
        QCOMPARE(nonce.json.value(QLatin1String("reason")).toString(), QStringLiteral("nonce"));
        QCOMPARE(client.post(QStringLiteral("/auth/oidc"), {}).status, 400);
        // The request log names the reason of each refusal.
        QTRY_VERIFY2(m_server->standardError().contains(QStringLiteral("401 reason=nonce")),
                     qPrintable(m_server->standardError().right(2000)));
        QVERIFY(
            m_server->standardError().contains(QStringLiteral("403 reason=account-not-linked")));
    }

    void disabledAccountIsRefused() {
        QString output;
        QCOMPARE(m_server->admin(
                     {QStringLiteral("disable-account"), QStringLiteral("--username"), kVoorbeeld},
                     &output),
                 0);
        const auto reply = login(claims(QStringLiteral("sub-j"), QStringLiteral("n11")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), QStringLiteral("account-disabled"));
    }

    void businessContactWithoutPortalAccessIsRefused() {
        QString output;
        const QString havenaar = QStringLiteral("t.havenaar@example.nl");
        QCOMPARE(m_server->admin({QStringLiteral("link-oidc"), QStringLiteral("--username"),
                                  havenaar, QStringLiteral("--subject"), QStringLiteral("sub-t")},
                                 &output),
                 0);
        QCOMPARE(login(claims(QStringLiteral("sub-t"), QStringLiteral("n12"))).status, 200);
        QCOMPARE(
            m_server->admin({QStringLiteral("list-business-contacts"), QStringLiteral("--customer"),
                             QStringLiteral("demo-business-de-kade")},
                            &output),
            0);
        QVERIFY2(output.contains(QStringLiteral("login via sub-t at ") + kIssuer),
                 qPrintable(output));
        QCOMPARE(
            m_server->admin({QStringLiteral("edit-business-contact"), QStringLiteral("--contact"),
                             QStringLiteral("demo-contact-havenaar"),
                             QStringLiteral("--portal-rights"), QStringLiteral("none")},
                            &output),
            0);
        const auto reply = login(claims(QStringLiteral("sub-t"), QStringLiteral("n13")));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.problemCode(), QStringLiteral("no-portal-access"));
    }

    void withoutOidcTheRouteIsOff() {
        ServerProcess plain;
        QVERIFY2(plain.start(), qPrintable(plain.standardError()));
        HttpsJsonClient client(plain);
        const auto reply = client.post(QStringLiteral("/auth/oidc"),
                                       body(QStringLiteral("a.b.c"), QStringLiteral("n")));
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.problemCode(), QStringLiteral("oidc-off"));
        const QJsonObject login = client.get(QStringLiteral("/organisation"))
                                      .json.value(QLatin1String("login"))
                                      .toObject();
        QCOMPARE(login.value(QLatin1String("password")).toBool(), true);
        QVERIFY(!login.contains(QLatin1String("openIdConnect")));
    }

    void passwordLoginOffAndProviderUnavailable() {
        const QString jwks = m_dir.filePath(QStringLiteral("gone.json"));
        QVERIFY(writeFile(jwks, OidcTestSigner::jwks({&m_rsa})));
        QStringList arguments = oidcArguments(jwks);
        arguments << QStringLiteral("--password-login") << QStringLiteral("off");
        ServerProcess closed(ServerProcess::Options{true, arguments});
        QVERIFY2(closed.start(), qPrintable(closed.standardError()));
        HttpsJsonClient client(closed);
        const auto password = client.post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), "Welkom!2026"}});
        QCOMPARE(password.status, 403);
        QCOMPARE(password.problemCode(), QStringLiteral("password-login-off"));
        QCOMPARE(client.get(QStringLiteral("/organisation"))
                     .json.value(QLatin1String("login"))
                     .toObject()
                     .value(QLatin1String("password"))
                     .toBool(true),
                 false);
        // The keys cannot be had: 503, not a refusal of the token.
        QVERIFY(QFile::remove(jwks));
        const auto reply =
            client.post(QStringLiteral("/auth/oidc"),
                        body(m_rsa.sign(claims(QStringLiteral("sub-x"), QStringLiteral("n")),
                                        QStringLiteral("RS256")),
                             QStringLiteral("n")));
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.problemCode(), QStringLiteral("provider-unavailable"));
    }

    void badFlagsStopTheServer_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("password off without provider")
            << QStringList{QStringLiteral("--password-login"), QStringLiteral("off")};
        QTest::newRow("password maybe")
            << QStringList{QStringLiteral("--password-login"), QStringLiteral("maybe")};
        QTest::newRow("http issuer") << QStringList{QStringLiteral("--oidc-issuer"),
                                                    QStringLiteral("http://idp.example.test"),
                                                    QStringLiteral("--oidc-client-id"), kClient};
        QTest::newRow("no client id") << QStringList{QStringLiteral("--oidc-issuer"), kIssuer};
    }

    void badFlagsStopTheServer() {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(ServerProcess::binaryPath(),
                      arguments << QStringLiteral("--data-dir") << m_dir.filePath("never"));
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(!QFile::exists(m_dir.filePath("never")));
    }
};

QTEST_GUILESS_MAIN(TestOidcApi)
#include "tst_oidcapi.moc"
