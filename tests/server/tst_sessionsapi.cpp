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

struct Tokens {
    QString access;
    QString refresh;
};

QJsonObject refreshBody(const QString &refreshToken) {
    return {{QStringLiteral("refreshToken"), refreshToken}};
}

} // namespace

/// Sessions over the real binary: login hands out an access and a refresh token, a refresh
/// rotates both, a reused refresh token ends the whole session, "Overal uitloggen" ends
/// every session of the account, and staff disabling an account ends them all at once.
class TestSessionsApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;

    Tokens login() {
        const auto reply = m_client->post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), kDemoPassword}});
        return {reply.json.value(QLatin1String("token")).toString(),
                reply.json.value(QLatin1String("refreshToken")).toString()};
    }
    int meStatus(const QString &access) {
        return m_client->get(QStringLiteral("/me"), access).status;
    }
    HttpsJsonClient::Reply refresh(const QString &refreshToken) {
        return m_client->post(QStringLiteral("/auth/refresh"), refreshBody(refreshToken));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
    }

    void loginHandsOutAShortAccessTokenAndARefreshToken() {
        const auto reply = m_client->post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), kDemoPassword}});
        QCOMPARE(reply.status, 200);
        const QString access = reply.json.value(QLatin1String("token")).toString();
        const QString refreshToken = reply.json.value(QLatin1String("refreshToken")).toString();
        QCOMPARE(access.size(), 43);
        QCOMPARE(refreshToken.size(), 43);
        QVERIFY(access != refreshToken);
        const auto expires = QDateTime::fromString(
            reply.json.value(QLatin1String("expiresAt")).toString(), Qt::ISODate);
        const auto sessionEnds = QDateTime::fromString(
            reply.json.value(QLatin1String("sessionExpiresAt")).toString(), Qt::ISODate);
        const qint64 accessSeconds = QDateTime::currentDateTimeUtc().secsTo(expires);
        QVERIFY2(accessSeconds > 850 && accessSeconds <= 900, qPrintable(expires.toString()));
        // The organisation's default absolute limit: 12 hours.
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(sessionEnds) - 12 * 3600) < 60);
        // A refresh token is no access token.
        QCOMPARE(meStatus(refreshToken), 401);
    }

    void refreshRotatesBothTokens() {
        const Tokens first = login();
        const auto reply = refresh(first.refresh);
        QCOMPARE(reply.status, 200);
        const QString access = reply.json.value(QLatin1String("token")).toString();
        const QString next = reply.json.value(QLatin1String("refreshToken")).toString();
        QVERIFY(!access.isEmpty() && access != first.access);
        QVERIFY(!next.isEmpty() && next != first.refresh);
        QCOMPARE(meStatus(access), 200);
        QCOMPARE(refresh(next).status, 200);
    }

    /// A refresh hands out the session's one valid access token: the one before it ends
    /// then, not at its expiry, so a copy of it is worth nothing after the next refresh.
    void refreshEndsTheAccessTokenBeforeIt() {
        const Tokens first = login();
        QCOMPARE(meStatus(first.access), 200);
        const auto reply = refresh(first.refresh);
        QCOMPARE(reply.status, 200);
        QCOMPARE(meStatus(first.access), 401);
        QCOMPARE(meStatus(reply.json.value(QLatin1String("token")).toString()), 200);
    }

    void reusedRefreshTokenEndsTheSessionFamily() {
        const Tokens first = login();
        const auto rotated = refresh(first.refresh);
        QCOMPARE(rotated.status, 200);
        const QString access = rotated.json.value(QLatin1String("token")).toString();
        const QString next = rotated.json.value(QLatin1String("refreshToken")).toString();

        const auto reuse = refresh(first.refresh);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.problemCode(), QStringLiteral("unauthorized"));
        // Everything that came from that login is dead: old and new access, newest refresh.
        QCOMPARE(meStatus(first.access), 401);
        QCOMPARE(meStatus(access), 401);
        QCOMPARE(refresh(next).status, 401);
    }

    void malformedRefreshIsBadRequest() {
        QCOMPARE(m_client->post(QStringLiteral("/auth/refresh"), {}).status, 400);
        QCOMPARE(refresh(QStringLiteral("garbage")).status, 401);
    }

    void logoutEndsTheSessionAndItsRefreshToken() {
        const Tokens mine = login();
        const Tokens other = login();
        QCOMPARE(m_client->post(QStringLiteral("/auth/logout"), {}, mine.access).status, 204);
        QCOMPARE(meStatus(mine.access), 401);
        QCOMPARE(refresh(mine.refresh).status, 401);
        QCOMPARE(meStatus(other.access), 200);
    }

    void logoutEverywhereEndsEverySession() {
        const Tokens laptop = login();
        const Tokens tablet = login();
        QCOMPARE(
            m_client->post(QStringLiteral("/auth/logout-everywhere"), {}, laptop.access).status,
            204);
        QCOMPARE(meStatus(laptop.access), 401);
        QCOMPARE(meStatus(tablet.access), 401);
        QCOMPARE(refresh(laptop.refresh).status, 401);
        QCOMPARE(refresh(tablet.refresh).status, 401);
        QCOMPARE(m_client->post(QStringLiteral("/auth/logout-everywhere"), {}).status, 401);
    }

    void disablingAnAccountEndsItsSessionsAtOnce() {
        const Tokens session = login();
        QString output;
        QCOMPARE(m_server.admin(
                     {QStringLiteral("disable-account"), QStringLiteral("--username"), kVoorbeeld},
                     &output),
                 0);
        QVERIFY2(output.contains(QStringLiteral("every session ended")), qPrintable(output));
        QCOMPARE(meStatus(session.access), 401);
        QCOMPARE(refresh(session.refresh).status, 401);

        // The right password says the account is off; a wrong one says no more than ever.
        const auto right = m_client->post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), kDemoPassword}});
        QCOMPARE(right.status, 403);
        QCOMPARE(right.problemCode(), QStringLiteral("account-disabled"));
        const auto wrong = m_client->post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), QStringLiteral("Fout!1")}});
        QCOMPARE(wrong.problemCode(), QStringLiteral("invalid-credentials"));

        QCOMPARE(m_server.admin(
                     {QStringLiteral("enable-account"), QStringLiteral("--username"), kVoorbeeld}),
                 0);
        QCOMPARE(meStatus(login().access), 200);
    }

    void staffSetSessionLimitsWithinBounds() {
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("set-session-limits"),
                                 QStringLiteral("--idle-minutes"), QStringLiteral("60"),
                                 QStringLiteral("--absolute-minutes"), QStringLiteral("30")},
                                &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("cannot exceed")), qPrintable(output));
        QCOMPARE(m_server.admin({QStringLiteral("disable-account"), QStringLiteral("--username"),
                                 QStringLiteral("niemand@example.nl")}),
                 2);
        QCOMPARE(m_server.admin({QStringLiteral("set-session-limits"),
                                 QStringLiteral("--idle-minutes"), QStringLiteral("20"),
                                 QStringLiteral("--absolute-minutes"), QStringLiteral("240")},
                                &output),
                 0);
        const auto reply = m_client->post(QStringLiteral("/auth/login"),
                                          {{QStringLiteral("username"), kVoorbeeld},
                                           {QStringLiteral("password"), kDemoPassword}});
        const auto sessionEnds = QDateTime::fromString(
            reply.json.value(QLatin1String("sessionExpiresAt")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(sessionEnds) - 4 * 3600) < 60);
    }
};

QTEST_GUILESS_MAIN(TestSessionsApi)
#include "tst_sessionsapi.moc"
