// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kTest = QStringLiteral("c.test@example.nl");
const QString kVoorbeeld = QStringLiteral("j.voorbeeld@example.nl");
const QString kDemoPassword = QStringLiteral("Welkom!2026");
const QString kTestAppointments =
    QStringLiteral("/clients/client-c-test/appointments?from=2026-01-01&to=2026-12-31");

QJsonObject credentials(const QString &username, const QString &password) {
    return {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}};
}

QJsonObject passwordChange(const QString &current, const QString &proposed) {
    return {{QStringLiteral("currentPassword"), current},
            {QStringLiteral("newPassword"), proposed}};
}

} // namespace

/// Login, forced password change, logout, lockout and token expiry against the real binary.
class TestAuthApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void firstLoginForcesPasswordChange() {
        HttpsJsonClient client(m_server);
        QVERIFY(client.isTrustConfigured());
        const auto login =
            client.post(QStringLiteral("/auth/login"), credentials(kTest, kDemoPassword));
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(QLatin1String("tokenType")).toString(), QStringLiteral("Bearer"));
        QVERIFY(login.json.value(QLatin1String("mustChangePassword")).toBool());
        QVERIFY(QDateTime::fromString(login.json.value(QLatin1String("expiresAt")).toString(),
                                      Qt::ISODate) > QDateTime::currentDateTimeUtc());
        const QString token = login.json.value(QLatin1String("token")).toString();
        QVERIFY(token.size() >= 43);
        const QString otherDevice = client.login(kTest, kDemoPassword);
        QVERIFY(!otherDevice.isEmpty());

        // Data stays closed until the password is changed; /me stays open for the screen.
        const auto blocked = client.get(kTestAppointments, token);
        QCOMPARE(blocked.status, 403);
        QCOMPARE(blocked.problemCode(), QStringLiteral("password-change-required"));
        QCOMPARE(blocked.header("content-type"), QByteArray("application/problem+json"));
        const auto me = client.get(QStringLiteral("/me"), token);
        QCOMPARE(me.status, 200);
        QVERIFY(me.json.value(QLatin1String("mustChangePassword")).toBool());

        // The server enforces the policy itself and names every broken rule.
        const auto weak =
            client.post(QStringLiteral("/account/password"),
                        passwordChange(kDemoPassword, QStringLiteral("kort?")), token);
        QCOMPARE(weak.status, 422);
        QCOMPARE(weak.problemCode(), QStringLiteral("password-policy"));
        QStringList violations;
        for (const auto &v : weak.json.value(QLatin1String("violations")).toArray())
            violations.append(v.toString());
        QCOMPARE(violations, (QStringList{QStringLiteral("min-length"), QStringLiteral("uppercase"),
                                          QStringLiteral("special"), QStringLiteral("digit"),
                                          QStringLiteral("forbidden-character")}));

        const auto wrongCurrent = client.post(
            QStringLiteral("/account/password"),
            passwordChange(QStringLiteral("Fout!1234"), QStringLiteral("Nieuw#Wachtwoord1")),
            token);
        QCOMPARE(wrongCurrent.status, 422);
        QCOMPARE(wrongCurrent.problemCode(), QStringLiteral("current-password-incorrect"));

        const auto reused = client.post(QStringLiteral("/account/password"),
                                        passwordChange(kDemoPassword, kDemoPassword), token);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.problemCode(), QStringLiteral("password-reused"));

        const auto changed =
            client.post(QStringLiteral("/account/password"),
                        passwordChange(kDemoPassword, QStringLiteral("Nieuw#Wachtwoord1")), token);
        QCOMPARE(changed.status, 204);
        QVERIFY(changed.body.isEmpty());

        const auto meAfter = client.get(QStringLiteral("/me"), token);
        QCOMPARE(meAfter.status, 200);
        QVERIFY(!meAfter.json.value(QLatin1String("mustChangePassword")).toBool());
        QCOMPARE(meAfter.json.value(QLatin1String("username")).toString(), kTest);
        QCOMPARE(meAfter.json.value(QLatin1String("displayName")).toString(),
                 QStringLiteral("mevrouw C. Test"));
        QCOMPARE(meAfter.json.value(QLatin1String("salutation")).toString(),
                 QStringLiteral("mevrouw"));
        QCOMPARE(meAfter.json.value(QLatin1String("initials")).toString(), QStringLiteral("C."));
        QCOMPARE(meAfter.json.value(QLatin1String("surname")).toString(), QStringLiteral("Test"));
        const QJsonArray clients = meAfter.json.value(QLatin1String("clients")).toArray();
        QCOMPARE(clients.size(), 1);
        QCOMPARE(clients.first().toObject().value(QLatin1String("relation")).toString(),
                 QStringLiteral("self"));
        QCOMPARE(client.get(kTestAppointments, token).status, 200);

        // The other device's session ended with the old password.
        QCOMPARE(client.get(QStringLiteral("/me"), otherDevice).status, 401);
        QVERIFY(client.login(kTest, kDemoPassword).isEmpty());
        const auto relogin = client.post(QStringLiteral("/auth/login"),
                                         credentials(kTest, QStringLiteral("Nieuw#Wachtwoord1")));
        QCOMPARE(relogin.status, 200);
        QVERIFY(!relogin.json.value(QLatin1String("mustChangePassword")).toBool());
    }

    void wrongPasswordLooksLikeUnknownUser() {
        HttpsJsonClient client(m_server);
        const auto wrong = client.post(QStringLiteral("/auth/login"),
                                       credentials(kVoorbeeld, QStringLiteral("Fout!1234")));
        const auto unknown = client.post(
            QStringLiteral("/auth/login"),
            credentials(QStringLiteral("niemand@example.nl"), QStringLiteral("Fout!1234")));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(wrong.problemCode(), QStringLiteral("invalid-credentials"));
        QCOMPARE(wrong.body, unknown.body);
        QCOMPARE(wrong.json.value(QLatin1String("messages"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString(),
                 QStringLiteral("De gebruikersnaam of het wachtwoord is onjuist."));
        QVERIFY(!wrong.body.contains("Fout"));
    }

    void usernameIsTrimmedAndCaseInsensitive() {
        HttpsJsonClient client(m_server);
        QVERIFY(
            !client.login(QStringLiteral("  J.Voorbeeld@Example.NL "), kDemoPassword).isEmpty());
    }

    void missingFieldsAreBadRequest() {
        HttpsJsonClient client(m_server);
        const auto reply =
            client.post(QStringLiteral("/auth/login"), {{QStringLiteral("username"), kVoorbeeld}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.problemCode(), QStringLiteral("bad-request"));
    }

    void logoutRevokesToken() {
        HttpsJsonClient client(m_server);
        const QString token = client.login(kVoorbeeld, kDemoPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/me"), token).status, 200);
        const auto logout = client.postRaw(QStringLiteral("/auth/logout"), {}, {}, token);
        QCOMPARE(logout.status, 204);
        const auto after = client.get(QStringLiteral("/me"), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.problemCode(), QStringLiteral("unauthorized"));
        QCOMPARE(client.postRaw(QStringLiteral("/auth/logout"), {}, {}, token).status, 401);
    }

    void missingOrGarbageTokenIsUnauthorized() {
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(QStringLiteral("/me")).status, 401);
        const auto garbage = client.get(QStringLiteral("/me"), QStringLiteral("not-a-token"));
        QCOMPARE(garbage.status, 401);
        QCOMPARE(garbage.problemCode(), QStringLiteral("unauthorized"));
    }

    void lockoutAfterThreshold() {
        ServerProcess server({true,
                              {QStringLiteral("--lockout-threshold"), QStringLiteral("3"),
                               QStringLiteral("--lockout-minutes"), QStringLiteral("1")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);
        const auto wrong = credentials(kVoorbeeld, QStringLiteral("Fout!1234"));

        // A success resets the count: two failures, a success, two failures: not locked.
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 401);
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 401);
        QVERIFY(!client.login(kVoorbeeld, kDemoPassword).isEmpty());
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 401);
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 401);
        // The third consecutive failure still answers 401, and locks the account.
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 401);

        const auto locked =
            client.post(QStringLiteral("/auth/login"), credentials(kVoorbeeld, kDemoPassword));
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.problemCode(), QStringLiteral("account-locked"));
        const int retryAfter = locked.header("retry-after").toInt();
        QVERIFY2(retryAfter > 0 && retryAfter <= 60, locked.header("retry-after").constData());
        QCOMPARE(locked.json.value(QLatin1String("messages"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString(),
                 QStringLiteral("Uw account is tijdelijk geblokkeerd na te veel mislukte "
                                "inlogpogingen. Probeer het over 1 minuut opnieuw."));
        QCOMPARE(client.post(QStringLiteral("/auth/login"), wrong).status, 429);

        // Another account is not affected.
        QVERIFY(!client.login(kTest, kDemoPassword).isEmpty());
    }

    void expiredTokenIsUnauthorized() {
        ServerProcess server(
            {true, {QStringLiteral("--token-lifetime-seconds"), QStringLiteral("1")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        HttpsJsonClient client(server);
        const QString token = client.login(kVoorbeeld, kDemoPassword);
        QVERIFY(!token.isEmpty());
        QTest::qWait(2200);
        const auto reply = client.get(QStringLiteral("/me"), token);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.problemCode(), QStringLiteral("unauthorized"));
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
