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

const QString kRepresentative = QStringLiteral("r.vertegenwoordiger@example.nl");
const QString kVoorbeeldUser = QStringLiteral("j.voorbeeld@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kVoorbeeld = QStringLiteral("client-j-voorbeeld"); // R. is his representative
const QString kTest = QStringLiteral("client-c-test");           // R. is her contact

const QStringList kAllRights{QStringLiteral("planning"),        QStringLiteral("contact-details"),
                             QStringLiteral("contact-persons"), QStringLiteral("contact-requests"),
                             QStringLiteral("absences"),        QStringLiteral("dossier"),
                             QStringLiteral("access-log")};
const QStringList kContactDefault{QStringLiteral("planning"), QStringLiteral("contact-details"),
                                  QStringLiteral("contact-persons"),
                                  QStringLiteral("contact-requests"), QStringLiteral("absences")};

// One GET route per part of the portal, as the app reads them.
const QString kPlanning = QStringLiteral("appointments?from=2026-12-01&to=2026-12-31");
const QStringList kDossierRoutes{QStringLiteral("dossier"), QStringLiteral("dossier/reports"),
                                 QStringLiteral("dossier/care-plan")};
const QStringList kOtherRoutes{kPlanning, QStringLiteral("contact-details"),
                               QStringLiteral("contact-persons"),
                               QStringLiteral("contact-requests"), QStringLiteral("absences")};

} // namespace

/// Issue 25: seed 002 tells a legal representative from an authorised contact person. A
/// contact link opens what staff chose (by default no medical dossier and no access log);
/// a part it does not open answers exactly like a client the account may not see, and the
/// attempt goes to the security officer's events. Staff choose per link.
class TestLinkRightsApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_token; // r.vertegenwoordiger

    HttpsJsonClient::Reply get(const QString &clientId, const QString &route,
                               const QString &token = {}) {
        return m_client->get(QStringLiteral("/clients/%1/%2").arg(clientId, route),
                             token.isEmpty() ? m_token : token);
    }
    int status(const QString &clientId, const QString &route) {
        return get(clientId, route).status;
    }
    QHash<QString, QStringList> rightsOnMe(const QString &token) {
        QHash<QString, QStringList> rights;
        const auto me = m_client->get(QStringLiteral("/me"), token);
        for (const auto &value : me.json.value(QLatin1String("clients")).toArray()) {
            QStringList names;
            for (const auto &name : value.toObject().value(QLatin1String("rights")).toArray())
                names.append(name.toString());
            rights.insert(value.toObject().value(QLatin1String("id")).toString(), names);
        }
        return rights;
    }
    QStringList securityEvents(const QString &event) {
        QString output;
        if (m_server.admin({QStringLiteral("list-security-events")}, &output) != 0)
            return {QStringLiteral("failed: ") + output};
        return output.split(u'\n', Qt::SkipEmptyParts).filter(u'\t' + event + u'\t');
    }
    int setRights(const QString &username, const QString &clientId, const QString &rights,
                  QString *output = nullptr) {
        return m_server.admin({QStringLiteral("set-link-rights"), QStringLiteral("--username"),
                               username, QStringLiteral("--client"), clientId,
                               QStringLiteral("--rights"), rights},
                              output);
    }
    QString listClient(const QString &clientId) {
        QString output;
        if (m_server.admin({QStringLiteral("list-client"), QStringLiteral("--client"), clientId},
                           &output) != 0)
            return QStringLiteral("failed: ") + output;
        return output;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        m_token = m_client->login(kRepresentative, kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void meCarriesEachLinksRights() {
        const auto rights = rightsOnMe(m_token);
        QCOMPARE(rights.size(), 2);
        QCOMPARE(rights.value(kVoorbeeld), kAllRights);
        QCOMPARE(rights.value(kTest), kContactDefault);
    }

    void aContactSeesNoDossierNorAccessLog() {
        const auto unknown = get(QStringLiteral("no-such-client"), QStringLiteral("dossier"));
        QCOMPARE(unknown.status, 404);
        const int refusedBefore = securityEvents(QStringLiteral("right-refused")).size();
        for (const QString &route : kDossierRoutes + QStringList{QStringLiteral("access-log")}) {
            const auto reply = get(kTest, route);
            QCOMPARE(reply.status, 404);
            // Exactly the answer for a client that does not exist: no hint.
            QCOMPARE(reply.body, unknown.body);
            QCOMPARE(reply.header("content-type"), unknown.header("content-type"));
        }
        for (const QString &route : kOtherRoutes)
            QVERIFY2(status(kTest, route) == 200, qPrintable(route));

        // Each refusal is recorded for the security officer, with the path it tried.
        const QStringList refused = securityEvents(QStringLiteral("right-refused"));
        QCOMPARE(refused.size(), refusedBefore + 4);
        QVERIFY2(refused.last().contains(kRepresentative) &&
                     refused.last().contains(QStringLiteral("\tGET /")) &&
                     refused.last().contains(QStringLiteral("/clients/client-c-test/access-log")),
                 qPrintable(refused.last()));
        // ...and staff see what the link opens.
        const QString listing = listClient(kTest);
        QVERIFY2(listing.contains(kRepresentative + QStringLiteral("\tcontact\tsees: ") +
                                  kContactDefault.join(u',')),
                 qPrintable(listing));
    }

    void aRepresentativeIsUnaffected() {
        for (const QString &route :
             kDossierRoutes + kOtherRoutes + QStringList{QStringLiteral("access-log")})
            QVERIFY2(status(kVoorbeeld, route) == 200, qPrintable(route));
        // A representative's parts are not a choice: staff cannot narrow them.
        QString output;
        QCOMPARE(setRights(kRepresentative, kVoorbeeld, QStringLiteral("planning"), &output), 2);
        QVERIFY2(output.contains(QStringLiteral("representative")), qPrintable(output));
        QCOMPARE(status(kVoorbeeld, QStringLiteral("dossier")), 200);
        QCOMPARE(rightsOnMe(m_token).value(kVoorbeeld), kAllRights);
        // Nor give a new representative link a choice.
        QCOMPARE(m_server.admin({QStringLiteral("link-account"), QStringLiteral("--username"),
                                 kVoorbeeldUser, QStringLiteral("--client"), kTest,
                                 QStringLiteral("--relation"), QStringLiteral("representative"),
                                 QStringLiteral("--rights"), QStringLiteral("planning")},
                                &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("--rights")), qPrintable(output));
        QVERIFY(!listClient(kTest).contains(kVoorbeeldUser));
    }

    void staffGrantTheDossierToAContact() {
        QString output;
        QCOMPARE(setRights(kRepresentative, kTest, QStringLiteral("planning, dossier,access-log"),
                           &output),
                 0);
        QCOMPARE(output.trimmed(), QStringLiteral("rights\t%1\t%2\tplanning,dossier,access-log")
                                       .arg(kRepresentative, kTest));
        // The same session sees the change at once.
        for (const QString &route : kDossierRoutes + QStringList{QStringLiteral("access-log")})
            QVERIFY2(status(kTest, route) == 200, qPrintable(route));
        QCOMPARE(status(kTest, kPlanning), 200);
        // What was not chosen is closed now, writes included.
        QCOMPARE(status(kTest, QStringLiteral("contact-persons")), 404);
        const auto write =
            m_client->post(QStringLiteral("/clients/%1/contact-requests").arg(kTest),
                           {{QStringLiteral("subject"), QStringLiteral("planning")},
                            {QStringLiteral("message"), QStringLiteral("Mag ik iets vragen?")}},
                           m_token);
        QCOMPARE(write.status, 404);
        QCOMPARE(rightsOnMe(m_token).value(kTest),
                 (QStringList{QStringLiteral("planning"), QStringLiteral("dossier"),
                              QStringLiteral("access-log")}));
        // The log shows the contact's reads in the contact's role.
        const auto log = get(kTest, QStringLiteral("access-log?limit=1"));
        const QJsonObject read = log.json.value(QLatin1String("items")).toArray().at(0).toObject();
        QCOMPARE(read.value(QLatin1String("role")).toString(), QStringLiteral("contact"));
        QVERIFY2(listClient(kTest).contains(QStringLiteral("sees: planning,dossier,access-log")),
                 qPrintable(listClient(kTest)));

        // "none" closes every part; the client stays on /me with no parts.
        QCOMPARE(setRights(kRepresentative, kTest, QStringLiteral("none")), 0);
        QCOMPARE(status(kTest, kPlanning), 404);
        QCOMPARE(rightsOnMe(m_token).value(kTest), QStringList{});
        QVERIFY(rightsOnMe(m_token).contains(kTest));
        QCOMPARE(setRights(kRepresentative, kTest, kContactDefault.join(u',')), 0);
        QCOMPARE(status(kTest, kPlanning), 200);
        QCOMPARE(status(kTest, QStringLiteral("dossier")), 404);
    }

    void staffRightsAreChecked() {
        QString output;
        QCOMPARE(
            setRights(kRepresentative, kTest, QStringLiteral("planning,medisch,alles"), &output),
            2);
        QVERIFY2(output.contains(QStringLiteral("medisch")) &&
                     output.contains(QStringLiteral("alles")) &&
                     output.contains(QStringLiteral("access-log")),
                 qPrintable(output));
        // Not linked, unknown account, and a terminal escape: refused, and printed escaped.
        QCOMPARE(setRights(kVoorbeeldUser, kTest, QStringLiteral("planning"), &output), 2);
        QVERIFY2(output.contains(QStringLiteral("not linked")), qPrintable(output));
        QCOMPARE(setRights(QStringLiteral("niemand@example.nl"), kTest,
                           QStringLiteral("planning,\x1b"
                                          "c"),
                           &output),
                 2);
        QVERIFY(!output.contains(QChar(0x1b)));
        QVERIFY2(output.contains(QStringLiteral("niemand@example.nl")), qPrintable(output));
        QCOMPARE(rightsOnMe(m_token).value(kTest), kContactDefault);
    }

    // NEN 7513: a change to what an account may see is the security officer's business too.
    void rightsChangesAreSecurityEvents() {
        const qsizetype before = securityEvents(QStringLiteral("link-rights-changed")).size();
        QCOMPARE(m_server.admin({QStringLiteral("set-link-rights"), QStringLiteral("--username"),
                                 kRepresentative, QStringLiteral("--client"), kTest,
                                 QStringLiteral("--rights"), QStringLiteral("planning,dossier"),
                                 QStringLiteral("--staff"), QStringLiteral("Medewerker Test")}),
                 0);
        QStringList events = securityEvents(QStringLiteral("link-rights-changed"));
        QCOMPARE(events.size(), before + 1);
        QVERIFY2(events.last().contains(QStringLiteral("\tMedewerker Test\t")) &&
                     events.last().endsWith(
                         QStringLiteral("link %1 client %2 rights %3 -> "
                                        "planning,dossier")
                             .arg(kRepresentative, kTest, kContactDefault.join(u','))),
                 qPrintable(events.last()));
        // A refused change changed nothing, so it records nothing.
        QCOMPARE(setRights(kRepresentative, kTest, QStringLiteral("alles")), 2);
        QCOMPARE(securityEvents(QStringLiteral("link-rights-changed")).size(), before + 1);
        QCOMPARE(setRights(kRepresentative, kTest, kContactDefault.join(u',')), 0);
        events = securityEvents(QStringLiteral("link-rights-changed"));
        QCOMPARE(events.size(), before + 2);
        QVERIFY2(events.last().endsWith(QStringLiteral(" -> ") + kContactDefault.join(u',')),
                 qPrintable(events.last()));
    }

    void linkAccountChoosesTheParts() {
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("link-account"), QStringLiteral("--username"),
                                 kVoorbeeldUser, QStringLiteral("--client"), kTest,
                                 QStringLiteral("--relation"), QStringLiteral("contact"),
                                 QStringLiteral("--rights"), QStringLiteral("dossier,planning")},
                                &output),
                 0);
        QCOMPARE(
            output.trimmed(),
            QStringLiteral("linked\t%1\t%2\tcontact\tplanning,dossier").arg(kVoorbeeldUser, kTest));
        const QString token = m_client->login(kVoorbeeldUser, kPassword);
        QVERIFY(!token.isEmpty());
        QCOMPARE(rightsOnMe(token).value(kTest),
                 (QStringList{QStringLiteral("planning"), QStringLiteral("dossier")}));
        QCOMPARE(get(kTest, QStringLiteral("dossier"), token).status, 200);
        QCOMPARE(get(kTest, QStringLiteral("contact-persons"), token).status, 404);
        // His own link is untouched.
        QCOMPARE(rightsOnMe(token).value(kVoorbeeld), kAllRights);

        // Without --rights a contact link gets the default: no dossier, no access log.
        QCOMPARE(m_server.admin({QStringLiteral("create-client"), QStringLiteral("--salutation"),
                                 QStringLiteral("mevrouw"), QStringLiteral("--initials"),
                                 QStringLiteral("D."), QStringLiteral("--surname"),
                                 QStringLiteral("Derde"), QStringLiteral("--username"),
                                 QStringLiteral("d.derde@example.nl")}),
                 0);
        QCOMPARE(m_server.admin({QStringLiteral("link-account"), QStringLiteral("--username"),
                                 QStringLiteral("d.derde@example.nl"), QStringLiteral("--client"),
                                 kTest, QStringLiteral("--relation"), QStringLiteral("contact")},
                                &output),
                 0);
        QVERIFY2(
            output.trimmed().endsWith(QStringLiteral("\tcontact\t") + kContactDefault.join(u',')),
            qPrintable(output));
        QVERIFY2(listClient(kTest).contains(QStringLiteral("d.derde@example.nl\tcontact\tsees: ") +
                                            kContactDefault.join(u',')),
                 qPrintable(listClient(kTest)));
    }
};

QTEST_GUILESS_MAIN(TestLinkRightsApi)
#include "tst_linkrightsapi.moc"
