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
const QString kRepresentative = QStringLiteral("r.vertegenwoordiger@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kVoorbeeldClient = QStringLiteral("client-j-voorbeeld");
const QString kTestClient = QStringLiteral("client-c-test"); // R. is her contact

struct Tokens {
    QString access;
    QString refresh;
};

} // namespace

/// Issue 25: the server keeps each token's session, account and links in memory
/// (SessionCache). Every way a token or a link ends must still end it at the very next
/// request, also when the cache already holds it and when another process (the admin tool)
/// makes the change. Each test first makes sure the token is cached (two answered
/// requests), then ends it and asks again at once.
class TestSessionCache : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;

    Tokens login(const QString &username, const QString &password = kPassword) {
        const auto reply =
            m_client->post(QStringLiteral("/auth/login"), {{QStringLiteral("username"), username},
                                                           {QStringLiteral("password"), password}});
        return {reply.json.value(QLatin1String("token")).toString(),
                reply.json.value(QLatin1String("refreshToken")).toString()};
    }
    int month(const QString &access, const QString &clientId = kVoorbeeldClient) {
        return m_client
            ->get(QStringLiteral("/clients/%1/appointments?from=2026-12-01&to=2026-12-31")
                      .arg(clientId),
                  access)
            .status;
    }
    bool cached(const QString &access, const QString &clientId = kVoorbeeldClient) {
        return month(access, clientId) == 200 && month(access, clientId) == 200;
    }
    int admin(const QStringList &args) {
        QString output;
        const int code = m_server.admin(args, &output);
        if (code != 0)
            qWarning() << output;
        return code;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
    }

    void logoutEndsACachedToken() {
        const Tokens mine = login(kVoorbeeld);
        QVERIFY(cached(mine.access));
        QCOMPARE(m_client->post(QStringLiteral("/auth/logout"), {}, mine.access).status, 204);
        QCOMPARE(month(mine.access), 401);
    }

    void logoutEverywhereEndsEveryCachedToken() {
        const Tokens phone = login(kVoorbeeld);
        const Tokens laptop = login(kVoorbeeld);
        QVERIFY(cached(phone.access));
        QVERIFY(cached(laptop.access));
        QCOMPARE(
            m_client->post(QStringLiteral("/auth/logout-everywhere"), {}, laptop.access).status,
            204);
        QCOMPARE(month(phone.access), 401);
        QCOMPARE(month(laptop.access), 401);
    }

    void refreshEndsTheCachedAccessTokenBeforeIt() {
        const Tokens first = login(kVoorbeeld);
        QVERIFY(cached(first.access));
        const auto reply = m_client->post(QStringLiteral("/auth/refresh"),
                                          {{QStringLiteral("refreshToken"), first.refresh}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(month(first.access), 401);
        QCOMPARE(month(reply.json.value(QLatin1String("token")).toString()), 200);
    }

    void staffRemovingARightClosesItAtOnce() {
        const Tokens rep = login(kRepresentative);
        QVERIFY(cached(rep.access, kTestClient));
        const QStringList link{QStringLiteral("set-link-rights"),
                               QStringLiteral("--username"),
                               kRepresentative,
                               QStringLiteral("--client"),
                               kTestClient,
                               QStringLiteral("--rights")};
        QCOMPARE(admin(link + QStringList{QStringLiteral("contact-details")}), 0);
        QCOMPARE(month(rep.access, kTestClient), 404);
        QCOMPARE(admin(link + QStringList{QStringLiteral("planning")}), 0);
        QCOMPARE(month(rep.access, kTestClient), 200);
    }

    void endedCareClosesTheClientAtOnce() {
        const Tokens mine = login(kVoorbeeld);
        QVERIFY(cached(mine.access));
        const QStringList careEnd{QStringLiteral("set-care-end"), QStringLiteral("--client"),
                                  QStringLiteral("client-j-voorbeeld"), QStringLiteral("--ended")};
        QCOMPARE(admin(careEnd + QStringList{QStringLiteral("2020-01-01")}), 0);
        QCOMPARE(month(mine.access), 404);
        QCOMPARE(admin(careEnd + QStringList{QStringLiteral("none")}), 0);
        QCOMPARE(month(mine.access), 200);
    }

    void disablingTheAccountEndsItsCachedTokens() {
        const Tokens rep = login(kRepresentative);
        QVERIFY(cached(rep.access));
        const QStringList who{QStringLiteral("--username"), kRepresentative};
        QCOMPARE(admin(QStringList{QStringLiteral("disable-account")} + who), 0);
        QCOMPARE(month(rep.access), 401);
        QCOMPARE(admin(QStringList{QStringLiteral("enable-account")} + who), 0);
    }

    // Last: the password changes for good.
    void aPasswordChangeEndsTheOtherCachedSessions() {
        const Tokens here = login(kVoorbeeld);
        const Tokens elsewhere = login(kVoorbeeld);
        QVERIFY(cached(here.access));
        QVERIFY(cached(elsewhere.access));
        const auto changed =
            m_client->post(QStringLiteral("/account/password"),
                           {{QStringLiteral("currentPassword"), kPassword},
                            {QStringLiteral("newPassword"), QStringLiteral("Nieuw#Wachtwoord1")}},
                           here.access);
        QCOMPARE(changed.status, 204);
        QCOMPARE(month(elsewhere.access), 401);
        QCOMPARE(month(here.access), 200);
    }
};

QTEST_GUILESS_MAIN(TestSessionCache)
#include "tst_sessioncache.moc"
