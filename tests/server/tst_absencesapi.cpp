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

const QString kOwnClient = QStringLiteral("client-j-voorbeeld"); // visits Mon and Thu 13:30

QString absencesPath(const QString &client) {
    return QStringLiteral("/clients/%1/absences").arg(client);
}

QString iso(const QDate &date) {
    return date.toString(Qt::ISODate);
}

QJsonObject days(const QDate &start, const QDate &end,
                 const QString &type = QStringLiteral("vakantie")) {
    return {{QLatin1String("type"), type},
            {QLatin1String("startDate"), iso(start)},
            {QLatin1String("endDate"), end.isValid() ? QJsonValue(iso(end)) : QJsonValue()},
            {QLatin1String("wholeDay"), true}};
}

QDate nextWeekday(QDate from, int weekday) {
    while (from.dayOfWeek() != weekday)
        from = from.addDays(1);
    return from;
}

QStringList fieldsOf(const HttpsJsonClient::Reply &reply) {
    QStringList fields;
    for (const auto &error : reply.json.value(QLatin1String("fieldErrors")).toArray())
        fields.append(error.toObject().value(QLatin1String("field")).toString());
    return fields;
}

} // namespace

/// Afwezigheid over real HTTPS: the types, the notice rule (late or not), the affected
/// visits, every field rule, authorisation, and staff processing that removes the visits
/// from the planning.
class TestAbsencesApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld

    int visitsOn(HttpsJsonClient &client, const QDate &day) {
        return client
            .get(QStringLiteral("/clients/%1/appointments?from=%2&to=%2").arg(kOwnClient, iso(day)),
                 m_token)
            .json.value(QLatin1String("appointments"))
            .toArray()
            .size();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void typesAndNoticePeriodComeFromTheServer() {
        HttpsJsonClient client(m_server);
        const auto types = client.get(QStringLiteral("/absence-types"), m_token);
        QCOMPARE(types.status, 200);
        const QStringList labels = types.dutchLabels();
        QCOMPARE(labels, (QStringList{QStringLiteral("Vakantie"),
                                      QStringLiteral("Opname (ziekenhuis, dagverblijf, etc.)"),
                                      QStringLiteral("Tijdelijk ander onderkomen"),
                                      QStringLiteral("I.v.m. actuele gezondheidsrisico's")}));
        const auto organisation = client.get(QStringLiteral("/organisation"));
        QCOMPARE(organisation.json.value(QLatin1String("absenceNoticeWorkingDays")).toInt(), 3);
    }

    void earlyReportIsOnTimeAndListsItsVisits() {
        HttpsJsonClient client(m_server);
        const QDate monday = nextWeekday(QDate::currentDate().addDays(21), Qt::Monday);
        const auto reply =
            client.post(absencesPath(kOwnClient), days(monday, monday.addDays(6)), m_token);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QLatin1String("late")).toBool(), false);
        QCOMPARE(reply.json.value(QLatin1String("status")).toString(), QStringLiteral("submitted"));
        // Monday and Thursday of that week.
        QCOMPARE(reply.json.value(QLatin1String("affectedVisits")).toArray().size(), 2);
        QVERIFY(QDate::fromString(reply.json.value(QLatin1String("deadline")).toString(),
                                  Qt::ISODate) < monday);
        const auto list = client.get(absencesPath(kOwnClient), m_token);
        QCOMPARE(list.json.value(QLatin1String("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 reply.json.value(QLatin1String("id")));
    }

    void reportInsideTheNoticePeriodIsAcceptedButLate() {
        HttpsJsonClient client(m_server);
        const QDate tomorrow = QDate::currentDate().addDays(1);
        // A visit tomorrow is always inside the notice period; the demo's own visits are not
        // on every weekday (on a Monday the first one fell on its deadline day, on time).
        const QString start = tomorrow.toString(Qt::ISODate);
        QCOMPARE(
            m_server.admin({QStringLiteral("add-visit"), QStringLiteral("--client"), kOwnClient,
                            QStringLiteral("--start"), start + QStringLiteral("T10:00"),
                            QStringLiteral("--end"), start + QStringLiteral("T11:00"),
                            QStringLiteral("--help-type"), QStringLiteral("PV 1"),
                            QStringLiteral("--carer"), QStringLiteral("Sanne")}),
            0);
        const auto reply =
            client.post(absencesPath(kOwnClient), days(tomorrow, tomorrow.addDays(6)), m_token);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QLatin1String("late")).toBool(), true);
    }

    void partOfOneDay() {
        HttpsJsonClient client(m_server);
        const QDate thursday = nextWeekday(QDate::currentDate().addDays(14), Qt::Thursday);
        QJsonObject body = days(thursday, thursday, QStringLiteral("opname"));
        body.insert(QLatin1String("wholeDay"), false);
        body.insert(QLatin1String("startTime"), QStringLiteral("08:00"));
        body.insert(QLatin1String("endTime"), QStringLiteral("12:00"));
        auto reply = client.post(absencesPath(kOwnClient), body, m_token);
        QCOMPARE(reply.status, 201);
        QCOMPARE(reply.json.value(QLatin1String("affectedVisits")).toArray().size(),
                 0); // 13:30 is later
        body.insert(QLatin1String("endTime"), QStringLiteral("17:00"));
        reply = client.post(absencesPath(kOwnClient), body, m_token);
        QCOMPARE(reply.json.value(QLatin1String("affectedVisits")).toArray().size(), 1);
        QCOMPARE(reply.json.value(QLatin1String("startTime")).toString(), QStringLiteral("08:00"));
    }

    void fieldRules() {
        HttpsJsonClient client(m_server);
        const QDate today = QDate::currentDate();
        auto reply = client.post(absencesPath(kOwnClient),
                                 days(today.addDays(-1), today, QStringLiteral("reis")), m_token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(fieldsOf(reply),
                 (QStringList{QStringLiteral("type"), QStringLiteral("startDate")}));
        reply = client.post(absencesPath(kOwnClient), days(today.addDays(9), today.addDays(8)),
                            m_token);
        QCOMPARE(fieldsOf(reply), QStringList{QStringLiteral("endDate")});
        reply = client.post(absencesPath(kOwnClient), days(today.addDays(400), {}), m_token);
        QCOMPARE(fieldsOf(reply), QStringList{QStringLiteral("startDate")});
        QJsonObject partial = days(today.addDays(9), today.addDays(10));
        partial.insert(QLatin1String("wholeDay"), false);
        partial.insert(QLatin1String("startTime"), QStringLiteral("12:00"));
        partial.insert(QLatin1String("endTime"), QStringLiteral("09:00"));
        reply = client.post(absencesPath(kOwnClient), partial, m_token);
        QCOMPARE(fieldsOf(reply),
                 (QStringList{QStringLiteral("endDate"), QStringLiteral("endTime")}));
    }

    void staffProcessingRemovesTheVisits() {
        HttpsJsonClient client(m_server);
        const QDate monday = nextWeekday(QDate::currentDate().addDays(35), Qt::Monday);
        QCOMPARE(visitsOn(client, monday), 1);
        const auto reply = client.post(absencesPath(kOwnClient), days(monday, monday), m_token);
        QCOMPARE(reply.status, 201);
        const QString id = reply.json.value(QLatin1String("id")).toString();

        QString output;
        QCOMPARE(
            m_server.admin(
                {QStringLiteral("list-absences"), QStringLiteral("--client"), kOwnClient}, &output),
            0);
        QVERIFY(output.contains(id + QStringLiteral("\tgemeld")));
        QCOMPARE(m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("Marloes (planning)")},
                                &output),
                 0);
        QVERIFY(output.contains(QLatin1String("1 visit cancelled")));
        QCOMPARE(visitsOn(client, monday), 0);
        QCOMPARE(visitsOn(client, monday.addDays(3)), 1); // Thursday is untouched
        QCOMPARE(m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("X")}),
                 2);
        const QJsonArray items = client.get(absencesPath(kOwnClient), m_token)
                                     .json.value(QLatin1String("items"))
                                     .toArray();
        for (const auto &item : items) {
            if (item.toObject().value(QLatin1String("id")).toString() == id)
                QCOMPARE(item.toObject().value(QLatin1String("status")).toString(),
                         QStringLiteral("processed"));
        }
    }

    void openEndNeedsAnUntilDate() {
        HttpsJsonClient client(m_server);
        const QDate start = nextWeekday(QDate::currentDate().addDays(60), Qt::Monday);
        const auto reply = client.post(
            absencesPath(kOwnClient), days(start, {}, QStringLiteral("ander-onderkomen")), m_token);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.json.value(QLatin1String("endDate")).isNull());
        const QString id = reply.json.value(QLatin1String("id")).toString();
        QCOMPARE(m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("X")}),
                 2);
        QString output;
        const int exit = m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"),
                                         id, QStringLiteral("--staff"), QStringLiteral("X"),
                                         QStringLiteral("--until"), iso(start.addDays(3))},
                                        &output);
        QVERIFY2(exit == 0, qPrintable(output));
        QCOMPARE(visitsOn(client, start), 0);
        QCOMPARE(visitsOn(client, start.addDays(3)), 0);
        QCOMPARE(visitsOn(client, start.addDays(7)), 1);
    }

    void anotherClientIsNotFound() {
        HttpsJsonClient client(m_server);
        const QDate day = QDate::currentDate().addDays(30);
        QCOMPARE(client.get(absencesPath(QStringLiteral("client-c-test")), m_token).status, 404);
        QCOMPARE(client.post(absencesPath(QStringLiteral("client-c-test")), days(day, day), m_token)
                     .status,
                 404);
        QCOMPARE(client.get(absencesPath(kOwnClient)).status, 401);
    }

    /// Like open contact requests, unprocessed reports have a ceiling, so one client (or a
    /// stolen session) cannot fill the staff's list or the database; a processed report
    /// makes room again.
    void atMostFiftyUnprocessedReports() {
        HttpsJsonClient client(m_server);
        const QDate day = QDate::currentDate().addDays(40);
        int open = 0;
        const auto list = client.get(absencesPath(kOwnClient), m_token);
        for (const auto &item : list.json.value(QLatin1String("items")).toArray()) {
            if (item.toObject().value(QLatin1String("status")).toString() ==
                QLatin1String("submitted"))
                ++open;
        }
        QString lastId;
        for (; open < 50; ++open) {
            const auto reply = client.post(absencesPath(kOwnClient), days(day, day), m_token);
            QVERIFY2(reply.status == 201, qPrintable(QString::number(open)));
            lastId = reply.json.value(QLatin1String("id")).toString();
        }
        const auto refused = client.post(absencesPath(kOwnClient), days(day, day), m_token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.problemCode(), QStringLiteral("limit-reached"));
        QVERIFY(refused.json.value(QLatin1String("detail")).toString().contains(u"50"));
        QVERIFY(!refused.json.value(QLatin1String("messages"))
                     .toObject()
                     .value(QLatin1String("nl"))
                     .toString()
                     .isEmpty());
        QCOMPARE(m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"), lastId,
                                 QStringLiteral("--staff"), QStringLiteral("X")}),
                 0);
        QCOMPARE(client.post(absencesPath(kOwnClient), days(day, day), m_token).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestAbsencesApi)
#include "tst_absencesapi.moc"
