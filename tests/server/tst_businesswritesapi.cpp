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

} // namespace

/// The business contact's writes (seed 004, phase 2 of issue 19) on the demo's
/// Woonstichting De Kade: "Aanpassen persoonsgegevens" with its switches and a question to a
/// project's leader, each refused to other organisations, client accounts and projects the
/// contact may not see.
class TestBusinessWritesApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_tom, m_marieke, m_other, m_clientToken;

    QJsonObject ownContact(const QString &token) {
        return m_client->get(kKade + QStringLiteral("/contact"), token).json;
    }
    QStringList projects(const QString &token, const QString &scope) {
        QStringList ids;
        const auto reply = m_client->get(kKade + QStringLiteral("/projects?scope=") + scope, token);
        for (const auto &value : reply.json.value(QLatin1String("items")).toArray())
            ids.append(value.toObject().value(QLatin1String("id")).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        const auto logins =
            careportal::test::businessLogins(m_server, *m_client, QStringLiteral("Ander!2026x"));
        m_tom = logins.tom;
        m_marieke = logins.marieke;
        m_other = logins.other;
        m_clientToken = m_client->login(QStringLiteral("j.voorbeeld@example.nl"), kPassword);
        for (const QString &token : {m_tom, m_marieke, m_other, m_clientToken})
            QVERIFY(!token.isEmpty());
    }

    void editOwnDetailsWithIfMatch() {
        QJsonObject mine = ownContact(m_tom);
        const QByteArray etag = mine.value(QLatin1String("etag")).toString().toLatin1();
        mine.insert(QLatin1String("mobile"), QStringLiteral("06-11112222"));
        mine.insert(QLatin1String("department"), QStringLiteral("Planning"));
        mine.insert(QLatin1String("emailServices"), false);
        const auto changed =
            m_client->put(kKade + QStringLiteral("/contact"), mine, m_tom, {{"If-Match", etag}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(QLatin1String("mobile")).toString(),
                 QStringLiteral("06-11112222"));
        QVERIFY(!changed.json.value(QLatin1String("rights"))
                     .toObject()
                     .value(QLatin1String("emailServices"))
                     .toBool());
        QCOMPARE(ownContact(m_tom).value(QLatin1String("department")).toString(),
                 QStringLiteral("Planning"));
        // The old version's tag no longer matches.
        const auto stale =
            m_client->put(kKade + QStringLiteral("/contact"), mine, m_tom, {{"If-Match", etag}});
        QCOMPARE(stale.status, 412);
    }

    void fieldsAreChecked() {
        QJsonObject mine = ownContact(m_tom);
        mine.insert(QLatin1String("gender"), QStringLiteral("x"));
        mine.insert(QLatin1String("birthDate"), QStringLiteral("2999-01-01"));
        mine.insert(QLatin1String("email"), QString());
        mine.insert(QLatin1String("function"), QStringLiteral("999"));
        const auto refused = m_client->put(kKade + QStringLiteral("/contact"), mine, m_tom);
        QCOMPARE(refused.status, 422);
        QStringList fields;
        for (const auto &value : refused.json.value(QLatin1String("fieldErrors")).toArray())
            fields.append(value.toObject().value(QLatin1String("field")).toString());
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("birthDate"), QStringLiteral("email"),
                                      QStringLiteral("function"), QStringLiteral("gender")}));
    }

    void onlyABeheerderSwitchesAllProjects() {
        QJsonObject mine = ownContact(m_tom);
        mine.insert(QLatin1String("allProjects"), true);
        const auto refused = m_client->put(kKade + QStringLiteral("/contact"), mine, m_tom);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json.value(QLatin1String("fieldErrors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("not-allowed"));
        QCOMPARE(projects(m_tom, QStringLiteral("all")).size(), 2);
    }

    void allProjectsOnJoinsEveryProjectOffLeavesThem() {
        QCOMPARE(
            m_server.admin({QStringLiteral("add-project-member"), QStringLiteral("--project"),
                            QStringLiteral("demo-project-kade-noord"), QStringLiteral("--contact"),
                            QStringLiteral("demo-contact-kademaker")}),
            0);
        QCOMPARE(projects(m_marieke, QStringLiteral("mine")).size(), 1);
        QJsonObject mine = ownContact(m_marieke);
        mine.insert(QLatin1String("allProjects"), true);
        QCOMPARE(m_client->put(kKade + QStringLiteral("/contact"), mine, m_marieke).status, 200);
        QCOMPARE(projects(m_marieke, QStringLiteral("mine")).size(), 3);
        mine.insert(QLatin1String("allProjects"), false);
        QCOMPARE(m_client->put(kKade + QStringLiteral("/contact"), mine, m_marieke).status, 200);
        // "U wordt uit alle projecten verwijderd", the invoices stay.
        QVERIFY(projects(m_marieke, QStringLiteral("mine")).isEmpty());
        QCOMPARE(m_client->get(kKade + QStringLiteral("/invoices"), m_marieke).status, 200);
    }

    void askTheProjectLeader() {
        const QString route = kKade + QStringLiteral("/projects/demo-project-havenhuis/questions");
        const QJsonObject body{
            {QStringLiteral("question"), QStringLiteral("Kan de extra ronde ook op feestdagen?")}};
        const auto asked = m_client->post(route, body, m_tom, {{"Idempotency-Key", "vraag-1"}});
        QCOMPARE(asked.status, 201);
        const QString id = asked.json.value(QLatin1String("id")).toString();
        // The same key again: the same answer, no second question.
        const auto again = m_client->post(route, body, m_tom, {{"Idempotency-Key", "vraag-1"}});
        QCOMPARE(again.json.value(QLatin1String("id")).toString(), id);
        QString open;
        QCOMPARE(m_server.admin({QStringLiteral("list-project-questions")}, &open), 0);
        QCOMPARE(open.count(id), 1);
        const QStringList mail = m_server.outboxMessages(QStringLiteral("j.teamleider@example.nl"));
        QCOMPARE(mail.size(), 1);
        QVERIFY(mail.first().contains(QStringLiteral("op feestdagen")));

        QCOMPARE(m_client->post(route, {{QStringLiteral("question"), QString()}}, m_tom).status,
                 422);
        // Not his project, not her organisation, not a business account: nothing.
        QCOMPARE(m_client
                     ->post(kKade + QStringLiteral("/projects/demo-project-de-werf/questions"),
                            body, m_tom)
                     .status,
                 404);
        QCOMPARE(m_client->post(route, body, m_other).status, 404);
        QCOMPARE(m_client->post(route, body, m_clientToken).status, 404);
    }

    void otherOrganisationsAndClientsChangeNothing() {
        QJsonObject mine = ownContact(m_tom);
        mine.insert(QLatin1String("surname"), QStringLiteral("Overgenomen"));
        QCOMPARE(m_client->put(kKade + QStringLiteral("/contact"), mine, m_other).status, 404);
        QCOMPARE(m_client->put(kKade + QStringLiteral("/contact"), mine, m_clientToken).status,
                 404);
        QCOMPARE(ownContact(m_tom).value(QLatin1String("surname")).toString(),
                 QStringLiteral("Havenaar"));
    }
};

QTEST_GUILESS_MAIN(TestBusinessWritesApi)
#include "tst_businesswritesapi.moc"
