// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstlogin.h"
#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kPassword = QStringLiteral("Welkom!2026");
const QString kKade = QStringLiteral("/business/organisations/demo-business-de-kade");
const QString kTom = QStringLiteral("demo-contact-havenaar");
const QString kMarieke = QStringLiteral("demo-contact-kademaker");
const QString kDirector = QStringLiteral("demo-contact-directeur");

QString colleague(const QString &id) {
    return kKade + QStringLiteral("/colleagues/") + id;
}

} // namespace

/// "Mijn contactpersonen" managed by a beheerder (seed 004, phase 2 of issue 19) on the
/// demo's Woonstichting De Kade: new colleagues with their login e-mails, rights, removal,
/// the last beheerder's protection, and refusals for medewerkers and other organisations.
class TestBusinessColleaguesApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_tom, m_marieke, m_other;

    QString oneTimePassword(const QString &to) {
        return careportal::test::oneTimePassword(m_server, to);
    }
    QString firstLogin(const QString &username) {
        return careportal::test::firstLogin(m_server, *m_client, username,
                                            QStringLiteral("Eigen!2026x"));
    }
    QJsonObject get(const QString &id) { return m_client->get(colleague(id), m_marieke).json; }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        const auto logins =
            careportal::test::businessLogins(m_server, *m_client, QStringLiteral("Eigen!2026x"));
        m_tom = logins.tom;
        m_marieke = logins.marieke;
        m_other = logins.other;
        for (const QString &token : {m_tom, m_marieke, m_other})
            QVERIFY(!token.isEmpty());
    }

    void aMedewerkerManagesNobody() {
        QJsonObject body = get(kDirector);
        QCOMPARE(m_client->post(kKade + QStringLiteral("/colleagues"), body, m_tom).status, 404);
        QCOMPARE(m_client->put(colleague(kDirector), body, m_tom).status, 404);
        QCOMPARE(m_client->remove(colleague(kDirector), m_tom).status, 404);
        QCOMPARE(
            m_client->post(colleague(kMarieke) + QStringLiteral("/second-factor/reset"), {}, m_tom)
                .status,
            404);
    }

    void anotherOrganisationManagesNobodyHere() {
        QJsonObject body = get(kDirector);
        QCOMPARE(m_client->put(colleague(kDirector), body, m_other).status, 404);
        QCOMPARE(m_client->remove(colleague(kDirector), m_other).status, 404);
        QCOMPARE(m_client->post(kKade + QStringLiteral("/colleagues"), body, m_other).status, 404);
        // And Marieke reaches no contact of Olga's organisation through her own.
        const auto me = m_client->get(QStringLiteral("/me"), m_other);
        const QJsonObject theirs =
            me.json.value(QLatin1String("organisations")).toArray().first().toObject();
        QCOMPARE(
            m_client
                ->remove(colleague(theirs.value(QLatin1String("contactId")).toString()), m_marieke)
                .status,
            404);
    }

    void aNewColleagueGetsALogin() {
        const QJsonObject body{{QStringLiteral("firstName"), QStringLiteral("Noor")},
                               {QStringLiteral("surname"), QStringLiteral("Nieuw")},
                               {QStringLiteral("email"), QStringLiteral("n.nieuw@dekade.example")},
                               {QStringLiteral("function"), QStringLiteral("200")},
                               {QStringLiteral("portalUser"), true},
                               {QStringLiteral("emailServices"), true}};
        const auto created = m_client->post(kKade + QStringLiteral("/colleagues"), body, m_marieke,
                                            {{"Idempotency-Key", "noor"}});
        QCOMPARE(created.status, 201);
        QVERIFY(created.json.value(QLatin1String("hasLogin")).toBool());
        QCOMPARE(m_server.outboxMessages(QStringLiteral("n.nieuw@dekade.example")).size(), 2);
        const QString noor = firstLogin(QStringLiteral("n.nieuw@dekade.example"));
        QVERIFY(!noor.isEmpty());
        QCOMPARE(m_client->get(kKade + QStringLiteral("/contact"), noor)
                     .json.value(QLatin1String("surname"))
                     .toString(),
                 QStringLiteral("Nieuw"));
        QCOMPARE(m_client->get(kKade + QStringLiteral("/invoices"), noor).status, 404);

        // A client-portal account's address gets no business login.
        QJsonObject client = body;
        client.insert(QLatin1String("email"), QStringLiteral("j.voorbeeld@example.nl"));
        const auto refused =
            m_client->post(kKade + QStringLiteral("/colleagues"), client, m_marieke);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.value(QLatin1String("fieldErrors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("field"))
                     .toString(),
                 QStringLiteral("email"));
    }

    void rightsOfAColleague() {
        QJsonObject tom = get(kTom);
        const QByteArray etag = tom.value(QLatin1String("etag")).toString().toLatin1();
        tom.insert(QLatin1String("allProjects"), true);
        tom.insert(QLatin1String("portalUser"), true);
        const auto changed = m_client->put(colleague(kTom), tom, m_marieke, {{"If-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/projects?scope=mine"), m_tom)
                     .json.value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(m_client->put(colleague(kTom), tom, m_marieke, {{"If-Match", etag}}).status, 412);
    }

    void resetAColleaguesSecondFactor() {
        const QString reset = colleague(kTom) + QStringLiteral("/second-factor/reset");
        QCOMPARE(m_client->post(reset, {}, m_other).status, 404);
        QCOMPARE(m_client->post(reset, {}, m_marieke).status, 204);
        // Every session of the colleague ended with it.
        QCOMPARE(m_client->get(QStringLiteral("/me"), m_tom).status, 401);
        m_tom = m_client->login(QStringLiteral("t.havenaar@example.nl"), kPassword);
        QVERIFY(!m_tom.isEmpty());
        // A contact without a login has no second factor to reset.
        QCOMPARE(
            m_client
                ->post(colleague(kDirector) + QStringLiteral("/second-factor/reset"), {}, m_marieke)
                .status,
            404);
    }

    void theLastBeheerderStays() {
        QJsonObject self = get(kMarieke);
        self.insert(QLatin1String("portalUser"), true);
        self.insert(QLatin1String("administrator"), false);
        const auto demoted = m_client->put(colleague(kMarieke), self, m_marieke);
        QCOMPARE(demoted.status, 409);
        QCOMPARE(demoted.problemCode(), QStringLiteral("last-administrator"));
        QCOMPARE(m_client->remove(colleague(kMarieke), m_marieke).problemCode(),
                 QStringLiteral("last-administrator"));
        QVERIFY(get(kMarieke)
                    .value(QLatin1String("rights"))
                    .toObject()
                    .value(QLatin1String("administrator"))
                    .toBool());
        // With Tom as a second beheerder she may step down.
        QJsonObject tom = get(kTom);
        tom.insert(QLatin1String("portalUser"), true);
        tom.insert(QLatin1String("administrator"), true);
        QCOMPARE(m_client->put(colleague(kTom), tom, m_marieke).status, 200);
        QCOMPARE(m_client->put(colleague(kMarieke), self, m_marieke).status, 200);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/invoices"), m_marieke).status, 404);
        QCOMPARE(m_client->get(kKade + QStringLiteral("/invoices"), m_tom).status, 200);
    }

    void removeAColleague() {
        QCOMPARE(m_client->remove(colleague(kDirector), m_tom).status, 204);
        QCOMPARE(m_client->get(colleague(kDirector), m_tom).status, 404);
        QCOMPARE(m_client->remove(colleague(kDirector), m_tom).status, 404);
    }

    void portalAccessOffMeansNoLogin() {
        QJsonObject marieke = m_client->get(colleague(kMarieke), m_tom).json;
        marieke.insert(QLatin1String("portalUser"), false);
        marieke.insert(QLatin1String("administrator"), false);
        QCOMPARE(m_client->put(colleague(kMarieke), marieke, m_tom).status, 200);
        QCOMPARE(m_client->get(kKade, m_marieke).status, 404);
        // In the demo she works for Gemeente Havenstad too: off there as well, no login.
        QCOMPARE(
            m_server.admin({QStringLiteral("edit-business-contact"), QStringLiteral("--contact"),
                            QStringLiteral("demo-contact-kademaker-havenstad"),
                            QStringLiteral("--portal-rights"), QStringLiteral("none")}),
            0);
        const auto login =
            m_client->post(QStringLiteral("/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("m.kademaker@example.nl")},
                            {QStringLiteral("password"), kPassword}});
        QCOMPARE(login.status, 403);
        QCOMPARE(login.problemCode(), QStringLiteral("no-portal-access"));
    }
};

QTEST_GUILESS_MAIN(TestBusinessColleaguesApi)
#include "tst_businesscolleaguesapi.moc"
