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

const QString kMonth =
    QStringLiteral("/clients/client-j-voorbeeld/appointments?from=2027-02-01&to=2027-02-28");

} // namespace

/// Issue 25: the server keeps the rendered planning per client and period (PlanningCache).
/// Staff change visits with the admin tool, another process; the app must see every
/// change at its next request, and its ETag must move with it (no 304 for a stale copy).
class TestPlanningCache : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{{true, {}}};
    std::unique_ptr<HttpsJsonClient> m_client;
    QString m_token;
    QString m_visitId;

    HttpsJsonClient::Reply month(const QByteArray &ifNoneMatch = {}) {
        HttpsJsonClient::Headers headers;
        if (!ifNoneMatch.isEmpty())
            headers.append({"If-None-Match", ifNoneMatch});
        return m_client->get(kMonth, m_token, headers);
    }
    /// The month's visit with the test's id, or an empty object.
    QJsonObject ourVisit() {
        const auto reply = month();
        for (const auto &value : reply.json.value(QLatin1String("appointments")).toArray()) {
            if (value.toObject().value(QLatin1String("id")).toString() == m_visitId)
                return value.toObject();
        }
        return {};
    }
    int admin(const QStringList &args, QString *output = nullptr) {
        QString text;
        const int code = m_server.admin(args, &text);
        if (output)
            *output = text;
        if (code != 0)
            qWarning() << text;
        return code;
    }
    /// Asks twice, so the second answer comes from the cache; returns its ETag.
    QByteArray cachedTag() {
        const auto first = month();
        const auto second = month();
        return first.status == 200 && second.body == first.body ? second.header("etag")
                                                                : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_client = std::make_unique<HttpsJsonClient>(m_server);
        m_token = m_client->login(QStringLiteral("j.voorbeeld@example.nl"),
                                  QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void anAddedVisitShowsAtOnce() {
        const QByteArray before = cachedTag();
        QVERIFY(!before.isEmpty());
        QCOMPARE(month(before).status, 304);
        QString output;
        QCOMPARE(admin({QStringLiteral("add-visit"), QStringLiteral("--client"),
                        QStringLiteral("client-j-voorbeeld"), QStringLiteral("--start"),
                        QStringLiteral("2027-02-10T10:00"), QStringLiteral("--end"),
                        QStringLiteral("2027-02-10T11:00"), QStringLiteral("--help-type"),
                        QStringLiteral("HV 1"), QStringLiteral("--carer"), QStringLiteral("Mo")},
                       &output),
                 0);
        m_visitId = output.trimmed().section(u' ', 1);
        QVERIFY2(!m_visitId.isEmpty(), qPrintable(output));
        QCOMPARE(month(before).status, 200); // the old tag no longer matches
        QCOMPARE(ourVisit().value(QLatin1String("start")).toString(),
                 QStringLiteral("2027-02-10T10:00:00+01:00"));
    }

    void aChangedVisitShowsAtOnce() {
        QVERIFY(!cachedTag().isEmpty());
        QCOMPARE(admin({QStringLiteral("change-visit"), QStringLiteral("--id"), m_visitId,
                        QStringLiteral("--carer"), QStringLiteral("Eva")}),
                 0);
        QCOMPARE(ourVisit().value(QLatin1String("carerName")).toString(), QStringLiteral("Eva"));
    }

    void aCancelledVisitGoesAtOnce() {
        QVERIFY(!cachedTag().isEmpty());
        QVERIFY(!ourVisit().isEmpty());
        QCOMPARE(admin({QStringLiteral("cancel-visit"), QStringLiteral("--id"), m_visitId,
                        QStringLiteral("--staff"), QStringLiteral("Planner")}),
                 0);
        QVERIFY(ourVisit().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanningCache)
#include "tst_planningcache.moc"
