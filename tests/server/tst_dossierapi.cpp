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

const QString kWithDossier = QStringLiteral("client-j-voorbeeld");
const QString kWithoutDossier = QStringLiteral("client-c-test");

QString dossierPath(const QString &client, const QString &rest = {}) {
    return QStringLiteral("/clients/%1/dossier%2").arg(client, rest);
}

QStringList field(const QJsonArray &items, const QString &name) {
    QStringList values;
    for (const auto &item : items)
        values.append(item.toObject().value(name).toString());
    return values;
}

} // namespace

/// Cliëntdossier over real HTTPS: the demo dossier's general data, report kinds and
/// disciplines from seed 003, report paging and the kind filter, the care plan, the
/// "no dossier" answer, and that nobody reads another client's dossier.
class TestDossierApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld, who has a dossier

    QJsonArray reports(const QString &query, QString *nextCursor = nullptr) {
        HttpsJsonClient client(m_server);
        const auto reply =
            client.get(dossierPath(kWithDossier, QStringLiteral("/reports") + query), m_token);
        [&] {
            QCOMPARE(reply.status, 200);
        }();
        if (nextCursor)
            *nextCursor = reply.json.value(QLatin1String("nextCursor")).toString();
        return reply.json.value(QLatin1String("items")).toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void overviewHasTheGeneralDataAndTheSeedsLists() {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(dossierPath(kWithDossier), m_token);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.json.value(QLatin1String("available")).toBool());
        const QJsonObject general = reply.json.value(QLatin1String("general")).toObject();
        QCOMPARE(general.value(QLatin1String("address")).toString(),
                 QStringLiteral("Voorbeeldstraat 12"));
        QCOMPARE(general.value(QLatin1String("birthDate")).toString(),
                 QStringLiteral("1941-03-14"));
        QCOMPARE(general.value(QLatin1String("generalPractitioner"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Huisartsenpraktijk Het Voorbeeld"));
        QVERIFY(!general.value(QLatin1String("pharmacy"))
                     .toObject()
                     .value(QLatin1String("phone"))
                     .toString()
                     .isEmpty());

        const QJsonArray kinds = reply.json.value(QLatin1String("reportKinds")).toArray();
        QCOMPARE(
            field(kinds, QStringLiteral("code")),
            (QStringList{QStringLiteral("zorgplanrapportage"),
                         QStringLiteral("incidentenrapportage"), QStringLiteral("zorgkaart")}));
        QVERIFY(kinds.at(1)
                    .toObject()
                    .value(QLatin1String("explanations"))
                    .toObject()
                    .value(QLatin1String("nl"))
                    .toString()
                    .contains(QStringLiteral("calamiteit")));
        const QJsonArray disciplines = reply.json.value(QLatin1String("disciplines")).toArray();
        QCOMPARE(field(disciplines, QStringLiteral("code")),
                 (QStringList{QStringLiteral("SO"), QStringLiteral("FT"), QStringLiteral("VP"),
                              QStringLiteral("ET"), QStringLiteral("DT"), QStringLiteral("PSY"),
                              QStringLiteral("LO"), QStringLiteral("MW"), QStringLiteral("ZB"),
                              QStringLiteral("VT")}));
        QCOMPARE(disciplines.at(2)
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString(),
                 QStringLiteral("Verpleging/Zorgteam"));
    }

    void reportsComeNewestFirstInPages() {
        QString cursor;
        const QJsonArray first = reports(QStringLiteral("?limit=5"), &cursor);
        QCOMPARE(first.size(), 5);
        QVERIFY(!cursor.isEmpty());
        QJsonArray all = first;
        while (!cursor.isEmpty()) {
            const QJsonArray page = reports(QStringLiteral("?limit=5&cursor=") + cursor, &cursor);
            QVERIFY(!page.isEmpty());
            for (const auto &item : page)
                all.append(item);
        }
        QCOMPARE(all.size(), 13);
        QStringList times = field(all, QStringLiteral("writtenAt"));
        QStringList sorted = times;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(times, sorted);
        const QJsonObject newest = all.first().toObject();
        QCOMPARE(newest.value(QLatin1String("discipline")).toString(), QStringLiteral("FT"));
        QCOMPARE(newest.value(QLatin1String("title")).toString(),
                 QStringLiteral("Wandelen buiten"));
        QVERIFY(!newest.value(QLatin1String("text")).toString().isEmpty());
        QVERIFY(!newest.value(QLatin1String("author")).toString().isEmpty());
    }

    void reportsFilterByKind() {
        const QJsonArray incidents = reports(QStringLiteral("?kind=incidentenrapportage"));
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(field(incidents, QStringLiteral("kind")),
                 QStringList{QStringLiteral("incidentenrapportage")});
        QCOMPARE(reports(QStringLiteral("?kind=zorgkaart")).size(), 2);
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(dossierPath(kWithDossier, QStringLiteral("/reports?kind=x")), m_token)
                     .status,
                 400);
        QCOMPARE(
            client.get(dossierPath(kWithDossier, QStringLiteral("/reports?cursor=!!")), m_token)
                .status,
            400);
        QCOMPARE(client.get(dossierPath(kWithDossier, QStringLiteral("/reports?limit=51")), m_token)
                     .status,
                 400);
    }

    void carePlanHasGoalsWithTheirActions() {
        HttpsJsonClient client(m_server);
        const auto reply =
            client.get(dossierPath(kWithDossier, QStringLiteral("/care-plan")), m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray goals = reply.json.value(QLatin1String("goals")).toArray();
        QCOMPARE(
            field(goals, QStringLiteral("title")),
            (QStringList{QStringLiteral("Veilig douchen"), QStringLiteral("Mobiliteit behouden"),
                         QStringLiteral("Voldoende eten en drinken")}));
        const QJsonObject mobility = goals.at(1).toObject();
        QVERIFY(mobility.value(QLatin1String("careQuestion"))
                    .toString()
                    .contains(QStringLiteral("lopen")));
        const QJsonArray actions = mobility.value(QLatin1String("actions")).toArray();
        QCOMPARE(actions.size(), 3);
        QCOMPARE(actions.at(1).toObject().value(QLatin1String("frequency")).toString(),
                 QStringLiteral("dagelijks"));
    }

    void aClientWithoutADossierGetsNoData() {
        HttpsJsonClient client(m_server);
        const QString token =
            client.login(QStringLiteral("c.test@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!token.isEmpty());
        const auto changed =
            client.post(QStringLiteral("/account/password"),
                        {{QStringLiteral("currentPassword"), QStringLiteral("Welkom!2026")},
                         {QStringLiteral("newPassword"), QStringLiteral("Dossier#Test2026")}},
                        token);
        QCOMPARE(changed.status, 204);
        const auto overview = client.get(dossierPath(kWithoutDossier), token);
        QCOMPARE(overview.status, 200);
        QCOMPARE(overview.json, (QJsonObject{{QLatin1String("available"), false}}));
        const auto none =
            client.get(dossierPath(kWithoutDossier, QStringLiteral("/reports")), token);
        QCOMPARE(none.status, 200);
        QVERIFY(none.json.value(QLatin1String("items")).toArray().isEmpty());
        const auto plan =
            client.get(dossierPath(kWithoutDossier, QStringLiteral("/care-plan")), token);
        QVERIFY(plan.json.value(QLatin1String("goals")).toArray().isEmpty());
    }

    void anotherClientsDossierIsNotFound() {
        HttpsJsonClient client(m_server);
        for (const QString &rest :
             {QString(), QStringLiteral("/reports"), QStringLiteral("/care-plan")}) {
            const auto other = client.get(dossierPath(kWithoutDossier, rest), m_token);
            QCOMPARE(other.status, 404);
            QVERIFY(!other.body.contains("available"));
            QCOMPARE(
                client.get(dossierPath(QStringLiteral("no-such-client"), rest), m_token).status,
                404);
            QCOMPARE(client.get(dossierPath(kWithDossier, rest)).status, 401);
        }
    }

    // Last: it gives the client without a dossier one.
    void staffWriteTheDossierWithTheAdminTool() {
        const auto admin = [this](const QStringList &args, QString *out = nullptr) {
            return m_server.admin(args, out);
        };
        QString out;
        QCOMPARE(admin({QStringLiteral("add-report"), QStringLiteral("--client"), kWithDossier,
                        QStringLiteral("--kind"), QStringLiteral("incidentenrapportage"),
                        QStringLiteral("--discipline"), QStringLiteral("vp"),
                        QStringLiteral("--author"), QStringLiteral("Mo"), QStringLiteral("--title"),
                        QStringLiteral("Val in de keuken"), QStringLiteral("--text"),
                        QStringLiteral("<script>geen opmaak</script>")},
                       &out),
                 0);
        QVERIFY(out.startsWith(QStringLiteral("added ")));
        const QJsonObject newest = reports(QStringLiteral("?limit=1")).first().toObject();
        QCOMPARE(newest.value(QLatin1String("title")).toString(),
                 QStringLiteral("Val in de keuken"));
        QCOMPARE(newest.value(QLatin1String("discipline")).toString(), QStringLiteral("VP"));
        // Stored and served as the plain text staff typed.
        QCOMPARE(newest.value(QLatin1String("text")).toString(),
                 QStringLiteral("<script>geen opmaak</script>"));

        QCOMPARE(
            admin({QStringLiteral("add-goal"), QStringLiteral("--client"), kWithDossier,
                   QStringLiteral("--title"), QStringLiteral("Contact met anderen"),
                   QStringLiteral("--care-question"), QStringLiteral("Meneer voelt zich eenzaam.")},
                  &out),
            0);
        const QString goalId = out.trimmed().section(QLatin1Char(' '), 1);
        QCOMPARE(
            admin({QStringLiteral("add-action"), QStringLiteral("--goal"), goalId,
                   QStringLiteral("--description"), QStringLiteral("Ontmoetingsgroep bezoeken"),
                   QStringLiteral("--frequency"), QStringLiteral("woensdagmiddag")}),
            0);
        HttpsJsonClient client(m_server);
        const QJsonArray goals =
            client.get(dossierPath(kWithDossier, QStringLiteral("/care-plan")), m_token)
                .json.value(QLatin1String("goals"))
                .toArray();
        QCOMPARE(goals.last().toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Contact met anderen"));
        QCOMPARE(goals.last()
                     .toObject()
                     .value(QLatin1String("actions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("frequency"))
                     .toString(),
                 QStringLiteral("woensdagmiddag"));

        // Refusals: no dossier yet, unknown kind or discipline, unknown goal.
        QCOMPARE(admin({QStringLiteral("add-report"), QStringLiteral("--client"), kWithoutDossier,
                        QStringLiteral("--kind"), QStringLiteral("zorgkaart"),
                        QStringLiteral("--discipline"), QStringLiteral("VP"),
                        QStringLiteral("--author"), QStringLiteral("Mo"), QStringLiteral("--title"),
                        QStringLiteral("T"), QStringLiteral("--text"), QStringLiteral("T")}),
                 2);
        QCOMPARE(admin({QStringLiteral("add-report"), QStringLiteral("--client"), kWithDossier,
                        QStringLiteral("--kind"), QStringLiteral("dagboek"),
                        QStringLiteral("--discipline"), QStringLiteral("XX"),
                        QStringLiteral("--author"), QStringLiteral("Mo"), QStringLiteral("--title"),
                        QStringLiteral("T"), QStringLiteral("--text"), QStringLiteral("T")}),
                 2);
        QCOMPARE(admin({QStringLiteral("add-action"), QStringLiteral("--goal"),
                        QStringLiteral("no-such-goal"), QStringLiteral("--description"),
                        QStringLiteral("X")}),
                 2);

        // A dossier for the other client, whose reports before a date stay hidden.
        QCOMPARE(admin({QStringLiteral("set-dossier"), QStringLiteral("--client"), kWithoutDossier,
                        QStringLiteral("--city"), QStringLiteral("Voorbeeldstad"),
                        QStringLiteral("--reports-from"), QStringLiteral("2026-01-01")}),
                 0);
        for (const QString &written :
             {QStringLiteral("2025-12-31T10:00"), QStringLiteral("2026-01-02T10:00")})
            QCOMPARE(admin({QStringLiteral("add-report"), QStringLiteral("--client"),
                            kWithoutDossier, QStringLiteral("--kind"), QStringLiteral("zorgkaart"),
                            QStringLiteral("--discipline"), QStringLiteral("VP"),
                            QStringLiteral("--author"), QStringLiteral("Mo"),
                            QStringLiteral("--title"), written, QStringLiteral("--text"),
                            QStringLiteral("Tekst"), QStringLiteral("--written"), written}),
                     0);
        QCOMPARE(admin({QStringLiteral("list-client"), QStringLiteral("--client"), kWithoutDossier},
                       &out),
                 0);
        QVERIFY(out.contains(QStringLiteral("== Dossier ==")));
        QVERIFY(out.contains(QStringLiteral("2025-12-31T10:00"))); // staff see every report
        const QString token =
            client.login(QStringLiteral("c.test@example.nl"), QStringLiteral("Dossier#Test2026"));
        QVERIFY(!token.isEmpty());
        QVERIFY(client.get(dossierPath(kWithoutDossier), token)
                    .json.value(QLatin1String("available"))
                    .toBool());
        const QJsonArray visible =
            client.get(dossierPath(kWithoutDossier, QStringLiteral("/reports")), token)
                .json.value(QLatin1String("items"))
                .toArray();
        QCOMPARE(field(visible, QStringLiteral("title")),
                 QStringList{QStringLiteral("2026-01-02T10:00")});
    }
};

QTEST_GUILESS_MAIN(TestDossierApi)
#include "tst_dossierapi.moc"
