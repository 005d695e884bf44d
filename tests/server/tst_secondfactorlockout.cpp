// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kPhone = QStringLiteral("06-12345678");

} // namespace

/// Whoever knows the password must not get unlimited guesses at the second factor by
/// logging in again and again: wrong codes count against the account in the same lockout
/// as wrong passwords (five in a run lock it), across login attempts.
class TestSecondFactorLockout : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    std::unique_ptr<HttpsJsonClient> m_client;

    HttpsJsonClient::Reply login() {
        return m_client->post(
            QStringLiteral("/auth/login"),
            {{QStringLiteral("username"), kUser}, {QStringLiteral("password"), kPassword}});
    }
    HttpsJsonClient::Reply complete(const QString &waiting, const QString &code) {
        return m_client->post(QStringLiteral("/auth/second-factor"),
                              {{QStringLiteral("code"), code}}, waiting);
    }
    [[nodiscard]] QString newestCode() const { return m_server.newestSmsCode(kPhone); }
    static QString wrongFor(const QString &code) {
        return code == QLatin1String("000000") ? QStringLiteral("000001")
                                               : QStringLiteral("000000");
    }
    static QString token(const HttpsJsonClient::Reply &reply) {
        return reply.json.value(QLatin1String("token")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        QCOMPARE(m_server.admin({QStringLiteral("set-second-factor"), QStringLiteral("--required"),
                                 QStringLiteral("yes")}),
                 0);
        QCOMPARE(m_server.admin({QStringLiteral("set-phone"), QStringLiteral("--username"), kUser,
                                 QStringLiteral("--phone"), kPhone}),
                 0);
    }

    void aRightCodeClearsEarlierWrongOnes() {
        for (int round = 0; round < 2; ++round) {
            for (int wrong = 0; wrong < 3; ++wrong) {
                const QString waiting = token(login());
                QCOMPARE(complete(waiting, wrongFor(newestCode())).status, 422);
            }
            const QString waiting = token(login());
            QCOMPARE(complete(waiting, newestCode()).status, 200);
        }
    }

    void wrongCodesOverManyLoginsLockTheAccount() {
        // An attempt opened before the guessing: its right code must not get in either.
        const auto earlier = login();
        QCOMPARE(earlier.status, 200);
        const QString earlierCode = newestCode();
        for (int wrong = 0; wrong < 5; ++wrong) {
            const auto challenge = login();
            QVERIFY2(challenge.status == 200, qPrintable(QString::number(wrong)));
            QCOMPARE(complete(token(challenge), wrongFor(newestCode())).status, 422);
        }
        const auto locked = login();
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.problemCode(), QStringLiteral("account-locked"));
        QVERIFY(locked.header("retry-after").toInt() > 0);
        const auto late = complete(token(earlier), earlierCode);
        QCOMPARE(late.status, 429);
        QCOMPARE(late.problemCode(), QStringLiteral("account-locked"));
        // The refused attempt is over: its token opens nothing any more.
        QCOMPARE(complete(token(earlier), earlierCode).status, 401);
    }

    /// An address over its failure limit takes turns at the password; the code that
    /// follows a right password in its turn is not held up (nor its attempt ended).
    void aSlowedAddressStillCompletesTheCode() {
        ServerProcess server(
            {true, {QStringLiteral("--address-failure-limit"), QStringLiteral("3")}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        QCOMPARE(server.admin({QStringLiteral("set-second-factor"), QStringLiteral("--required"),
                               QStringLiteral("yes")}),
                 0);
        QCOMPARE(server.admin({QStringLiteral("set-phone"), QStringLiteral("--username"), kUser,
                               QStringLiteral("--phone"), kPhone}),
                 0);
        HttpsJsonClient client(server);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                client
                    .post(QStringLiteral("/auth/login"),
                          {{QStringLiteral("username"), QStringLiteral("gok%1@example.nl").arg(i)},
                           {QStringLiteral("password"), QStringLiteral("Fout!2026")}})
                    .status,
                401);
        const auto challenge =
            client.post(QStringLiteral("/auth/login"), {{QStringLiteral("username"), kUser},
                                                        {QStringLiteral("password"), kPassword}});
        QCOMPARE(challenge.status, 200);
        const auto done =
            client.post(QStringLiteral("/auth/second-factor"),
                        {{QStringLiteral("code"), server.newestSmsCode(kPhone)}}, token(challenge));
        QCOMPARE(done.status, 200);
    }

    /// The code that confirms a change of factor or phone ("step-up") is the same secret:
    /// a remembered device gives a session without a code, so five tries per session alone
    /// would be five tries per login. Wrong step-up codes lock the account too.
    void wrongStepUpCodesLockTheAccount() {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        QCOMPARE(server.admin({QStringLiteral("set-second-factor"), QStringLiteral("--required"),
                               QStringLiteral("yes")}),
                 0);
        QCOMPARE(server.admin({QStringLiteral("set-phone"), QStringLiteral("--username"), kUser,
                               QStringLiteral("--phone"), kPhone}),
                 0);
        HttpsJsonClient client(server);
        const auto login = [&] {
            return client.post(
                QStringLiteral("/auth/login"),
                {{QStringLiteral("username"), kUser}, {QStringLiteral("password"), kPassword}});
        };
        const QString session = token(
            client.post(QStringLiteral("/auth/second-factor"),
                        {{QStringLiteral("code"), server.newestSmsCode(kPhone)}}, token(login())));
        QVERIFY(!session.isEmpty());
        QCOMPARE(client.post(QStringLiteral("/account/second-factor/code"), {}, session).status,
                 204);
        const QString wrong = wrongFor(server.newestSmsCode(kPhone));
        for (int i = 0; i < 5; ++i) {
            const auto refused =
                client.put(QStringLiteral("/account/phone"),
                           {{QStringLiteral("password"), kPassword},
                            {QStringLiteral("phone"), QStringLiteral("06-87654321")},
                            {QStringLiteral("code"), wrong}},
                           session);
            QCOMPARE(refused.problemCode(), QStringLiteral("second-factor-invalid"));
        }
        const auto locked = login();
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.problemCode(), QStringLiteral("account-locked"));
    }
};

QTEST_GUILESS_MAIN(TestSecondFactorLockout)
#include "tst_secondfactorlockout.moc"
