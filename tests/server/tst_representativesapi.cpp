// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kRepresentative = QStringLiteral("r.vertegenwoordiger@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kVoorbeeld = QStringLiteral("client-j-voorbeeld");
const QString kTest = QStringLiteral("client-c-test");

QString dutchDaysAgo(int days) {
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone("Europe/Amsterdam"))
        .date()
        .addDays(-days)
        .toString(Qt::ISODate);
}

} // namespace

/// One account acting for several clients (seed 003): it sees exactly the clients it is
/// linked to, each in its stored role, every access is logged in that role on the client's
/// behalf, and access ends two weeks after a client's care ends (seed 002).
class TestRepresentativesApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_token;

    QStringList clientsOnMe() {
        QStringList ids;
        const auto me = m_client->get(QStringLiteral("/me"), m_token);
        for (const auto &value : me.json.value(QLatin1String("clients")).toArray())
            ids.append(value.toObject().value(QLatin1String("id")).toString());
        return ids;
    }
    int planningStatus(const QString &clientId) {
        const QString day = dutchDaysAgo(0);
        return m_client
            ->get(QStringLiteral("/clients/%1/appointments?from=%2&to=%2").arg(clientId, day),
                  m_token)
            .status;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        m_token = m_client->login(kRepresentative, kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void seesExactlyTheLinkedClientsInTheirRoles() {
        const auto me = m_client->get(QStringLiteral("/me"), m_token);
        QCOMPARE(me.status, 200);
        QHash<QString, QString> relations;
        for (const auto &value : me.json.value(QLatin1String("clients")).toArray())
            relations.insert(value.toObject().value(QLatin1String("id")).toString(),
                             value.toObject().value(QLatin1String("relation")).toString());
        QCOMPARE(relations.size(), 2);
        QCOMPARE(relations.value(kVoorbeeld), QStringLiteral("representative"));
        QCOMPARE(relations.value(kTest), QStringLiteral("contact"));
        QCOMPARE(planningStatus(kVoorbeeld), 200);
        QCOMPARE(planningStatus(kTest), 200);

        // A client made afterwards is not among them.
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("create-client"), QStringLiteral("--salutation"),
                                 QStringLiteral("mevrouw"), QStringLiteral("--initials"),
                                 QStringLiteral("D."), QStringLiteral("--surname"),
                                 QStringLiteral("Derde"), QStringLiteral("--username"),
                                 QStringLiteral("d.derde@example.nl")},
                                &output),
                 0);
        const QString third =
            output.section(QLatin1Char('\t'), 1, 1).section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!third.isEmpty());
        QCOMPARE(planningStatus(third), 404);
        QCOMPARE(clientsOnMe().size(), 2);
    }

    void accessIsLoggedInTheRoleOnTheClientsBehalf() {
        // A contact reads the access log only when staff allow it (tst_linkrightsapi).
        QCOMPARE(m_server.admin({QStringLiteral("set-link-rights"), QStringLiteral("--username"),
                                 kRepresentative, QStringLiteral("--client"), kTest,
                                 QStringLiteral("--rights"),
                                 QStringLiteral("planning,contact-persons,access-log")}),
                 0);
        QCOMPARE(planningStatus(kTest), 200);
        const auto log =
            m_client->get(QStringLiteral("/clients/%1/access-log?limit=2").arg(kTest), m_token);
        QCOMPARE(log.status, 200);
        const QJsonObject read = log.json.value(QLatin1String("items")).toArray().at(1).toObject();
        QCOMPARE(read.value(QLatin1String("user")).toString(),
                 QStringLiteral("mevrouw R. Vertegenwoordiger"));
        QCOMPARE(read.value(QLatin1String("role")).toString(), QStringLiteral("contact"));
        QCOMPARE(read.value(QLatin1String("onBehalfOf")).toString(), kTest);
    }

    void staffLinkOnlyAsRepresentativeOrContact() {
        QString output;
        QCOMPARE(m_server.admin({QStringLiteral("link-account"), QStringLiteral("--username"),
                                 kRepresentative, QStringLiteral("--client"), kTest,
                                 QStringLiteral("--relation"), QStringLiteral("self")},
                                &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("representative")), qPrintable(output));
        // Already linked: refused, nothing doubled.
        QVERIFY(m_server.admin({QStringLiteral("link-account"), QStringLiteral("--username"),
                                kRepresentative, QStringLiteral("--client"), kTest,
                                QStringLiteral("--relation"), QStringLiteral("contact")}) != 0);
        QCOMPARE(clientsOnMe().size(), 2);
    }

    void accessEndsTwoWeeksAfterCareEnds() {
        const auto setEnd = [this](const QString &ended) {
            return m_server.admin({QStringLiteral("set-care-end"), QStringLiteral("--client"),
                                   kTest, QStringLiteral("--ended"), ended});
        };
        // Ended 14 days ago: the last day of access.
        QCOMPARE(setEnd(dutchDaysAgo(14)), 0);
        QCOMPARE(planningStatus(kTest), 200);
        QVERIFY(clientsOnMe().contains(kTest));
        // Ended 15 days ago: gone, as if never linked; the other client stays.
        QCOMPARE(setEnd(dutchDaysAgo(15)), 0);
        QCOMPARE(planningStatus(kTest), 404);
        QCOMPARE(
            m_client->get(QStringLiteral("/clients/%1/contact-persons").arg(kTest), m_token).status,
            404);
        QCOMPARE(clientsOnMe(), QStringList{kVoorbeeld});
        QCOMPARE(planningStatus(kVoorbeeld), 200);
        // The care goes on after all.
        QCOMPARE(setEnd(QStringLiteral("none")), 0);
        QCOMPARE(planningStatus(kTest), 200);
        QCOMPARE(setEnd(QStringLiteral("2026-02-30")), 2);
    }
};

QTEST_GUILESS_MAIN(TestRepresentativesApi)
#include "tst_representativesapi.moc"
