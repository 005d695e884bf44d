// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kVoorbeeld = QStringLiteral("j.voorbeeld@example.nl");
const QString kDemoPassword = QStringLiteral("Welkom!2026");
const QString kChange = QStringLiteral("/account/password");

QJsonObject passwordChange(const QString &current, const QString &proposed) {
    return {{QStringLiteral("currentPassword"), current},
            {QStringLiteral("newPassword"), proposed}};
}

} // namespace

/// changePassword: a session gets five wrong current passwords, then loses its token;
/// field lengths are capped like the login fields.
class TestAuthApiLimits : public QObject {
    Q_OBJECT

private:
    // A long busy wait: parallel attempts must queue for their turn, not be shed as 503.
    ServerProcess m_server{{true, {QStringLiteral("--busy-wait-ms"), QStringLiteral("30000")}}};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void fiveWrongCurrentPasswordsRevokeTheToken() {
        HttpsJsonClient client(m_server);
        const QString token = client.login(kVoorbeeld, kDemoPassword);
        const QString otherDevice = client.login(kVoorbeeld, kDemoPassword);
        QVERIFY(!token.isEmpty() && !otherDevice.isEmpty());
        const auto wrong =
            passwordChange(QStringLiteral("Fout!1234"), QStringLiteral("Nieuw#Wachtwoord1"));
        for (int i = 1; i <= 5; ++i) {
            const auto reply = client.post(kChange, wrong, token);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.problemCode(), QStringLiteral("current-password-incorrect"));
        }
        // The fifth revoked the token: even the right current password is too late now.
        const auto after = client.post(
            kChange, passwordChange(kDemoPassword, QStringLiteral("Nieuw#Wachtwoord1")), token);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.problemCode(), QStringLiteral("unauthorized"));
        QCOMPARE(client.get(QStringLiteral("/me"), token).status, 401);
        // Only that session: the account is not locked, other sessions keep working.
        QCOMPARE(client.get(QStringLiteral("/me"), otherDevice).status, 200);
        QVERIFY(!client.login(kVoorbeeld, kDemoPassword).isEmpty());
    }

    void parallelWrongCurrentPasswordsAreCounted() {
        HttpsJsonClient client(m_server);
        const QString token = client.login(kVoorbeeld, kDemoPassword);
        QVERIFY(!token.isEmpty());
        const QList<QJsonObject> guesses(
            10, passwordChange(QStringLiteral("Fout!1234"), QStringLiteral("Nieuw#Wachtwoord1")));
        const auto replies = client.postConcurrently(kChange, guesses, token);
        int incorrect = 0;
        int unauthorized = 0;
        for (const auto &reply : replies) {
            incorrect += reply.status == 422 ? 1 : 0;
            unauthorized += reply.status == 401 ? 1 : 0;
        }
        QCOMPARE(incorrect, 5);
        QCOMPARE(unauthorized, 5);
        QCOMPARE(client.get(QStringLiteral("/me"), token).status, 401);
    }

    void overlongPasswordFieldsAreBadRequest_data() {
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("proposed");
        const QString overlong = QString(1025, QLatin1Char('a'));
        QTest::newRow("currentPassword") << overlong << QStringLiteral("Nieuw#Wachtwoord1");
        QTest::newRow("newPassword") << kDemoPassword << overlong;
    }

    void overlongPasswordFieldsAreBadRequest() {
        QFETCH(QString, current);
        QFETCH(QString, proposed);
        HttpsJsonClient client(m_server);
        const QString token = client.login(kVoorbeeld, kDemoPassword);
        QVERIFY(!token.isEmpty());
        const auto reply = client.post(kChange, passwordChange(current, proposed), token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.problemCode(), QStringLiteral("bad-request"));
        // 1024 characters is still a (wrong) password, not a bad request.
        const auto limit = client.post(
            kChange, passwordChange(QString(1024, QLatin1Char('a')), QStringLiteral("Nieuw#W1!x")),
            token);
        QCOMPARE(limit.status, 422);
    }
};

QTEST_GUILESS_MAIN(TestAuthApiLimits)
#include "tst_authapilimits.moc"
