// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kClient = QStringLiteral("client-j-voorbeeld");
const QByteArray kDevice = "CarePortal-test/1.0 (access log)";

QString logPath(const QString &query = {}) {
    return QStringLiteral("/clients/%1/access-log%2").arg(kClient, query);
}

// The server keeps the log by Dutch days: between 23:00 and 24:00 UTC (winter) it is
// already tomorrow there.
QDate dutchToday() {
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
}

} // namespace

/// The NEN 7513 access log over real HTTPS: exactly one row per access to a client's data,
/// with every field; the database itself refuses to change or remove rows; the client sees
/// the log by period; nobody sees another client's log; no secret ends up in it.
class TestAccessLogApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld

    /// The newest log rows (the read of the log itself first).
    QJsonArray newest(int limit) {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(logPath(QStringLiteral("?limit=%1").arg(limit)), m_token,
                                      {{"User-Agent", kDevice}});
        [&] {
            QCOMPARE(reply.status, 200);
        }();
        return reply.json.value(QLatin1String("items")).toArray();
    }

    QSqlDatabase openDirect(const QString &name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_server.dataDir()).filePath(QStringLiteral("careportal.sqlite")));
        return db;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void everyReadMakesExactlyOneRowWithAllFields() {
        HttpsJsonClient client(m_server);
        const QString date = dutchToday().toString(Qt::ISODate);
        const auto planning =
            client.get(QStringLiteral("/clients/%1/appointments?from=%2&to=%2").arg(kClient, date),
                       m_token, {{"User-Agent", kDevice}});
        QCOMPARE(planning.status, 200);
        const QJsonArray rows = newest(3);
        // Newest first: the read of the log, then the planning read, then the login's
        // nothing (login touches no client data): exactly one row for the planning.
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("object")).toString(),
                 QStringLiteral("access-log"));
        const QJsonObject row = rows.at(1).toObject();
        QCOMPARE(row.value(QLatin1String("object")).toString(), QStringLiteral("appointments"));
        QCOMPARE(row.value(QLatin1String("event")).toString(), QStringLiteral("read"));
        QCOMPARE(row.value(QLatin1String("user")).toString(),
                 QStringLiteral("de heer J. Voorbeeld"));
        QCOMPARE(row.value(QLatin1String("role")).toString(), QStringLiteral("self"));
        QCOMPARE(row.value(QLatin1String("onBehalfOf")).toString(), kClient);
        QCOMPARE(row.value(QLatin1String("device")).toString(), QString::fromLatin1(kDevice));
        QCOMPARE(row.value(QLatin1String("address")).toString(), QStringLiteral("127.0.0.1"));
        const QDateTime at =
            QDateTime::fromString(row.value(QLatin1String("at")).toString(), Qt::ISODate);
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        if (rows.size() > 2)
            QVERIFY(rows.at(2).toObject().value(QLatin1String("object")).toString() !=
                    QStringLiteral("appointments"));
    }

    void eachDataEndpointLogsOnce() {
        HttpsJsonClient client(m_server);
        const QStringList reads{
            QStringLiteral("contact-details"),  QStringLiteral("contact-persons"),
            QStringLiteral("contact-requests"), QStringLiteral("absences"),
            QStringLiteral("dossier"),          QStringLiteral("dossier/reports"),
            QStringLiteral("dossier/care-plan")};
        for (const QString &read : reads) {
            QCOMPARE(
                client.get(QStringLiteral("/clients/%1/%2").arg(kClient, read), m_token).status,
                200);
            const QJsonArray rows = newest(2);
            QCOMPARE(rows.at(1).toObject().value(QLatin1String("object")).toString(), read);
        }
        // A change is logged as one.
        const auto added =
            client.post(QStringLiteral("/clients/%1/contact-details").arg(kClient),
                        {{QStringLiteral("kind"), QStringLiteral("email")},
                         {QStringLiteral("value"), QStringLiteral("log@example.nl")}},
                        m_token);
        QCOMPARE(added.status, 201);
        const QJsonObject change = newest(2).at(1).toObject();
        QCOMPARE(change.value(QLatin1String("event")).toString(), QStringLiteral("change"));
        QCOMPARE(change.value(QLatin1String("object")).toString(),
                 QStringLiteral("contact-details"));
    }

    void periodFilterAndPaging() {
        HttpsJsonClient client(m_server);
        const QString today = dutchToday().toString(Qt::ISODate);
        const QString lastYear = dutchToday().addYears(-1).toString(Qt::ISODate);
        const auto old =
            client.get(logPath(QStringLiteral("?from=%1&to=%1").arg(lastYear)), m_token);
        QCOMPARE(old.status, 200);
        QVERIFY(old.json.value(QLatin1String("items")).toArray().isEmpty());
        const auto page =
            client.get(logPath(QStringLiteral("?from=%1&to=%1&limit=3").arg(today)), m_token);
        QCOMPARE(page.json.value(QLatin1String("items")).toArray().size(), 3);
        const QString cursor = page.json.value(QLatin1String("nextCursor")).toString();
        QVERIFY(!cursor.isEmpty());
        const auto next = client.get(
            logPath(QStringLiteral("?from=%1&to=%1&limit=3&cursor=%2").arg(today, cursor)),
            m_token);
        const QString firstId = page.json.value(QLatin1String("items"))
                                    .toArray()
                                    .last()
                                    .toObject()
                                    .value(QLatin1String("id"))
                                    .toString();
        const QString nextId = next.json.value(QLatin1String("items"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("id"))
                                   .toString();
        QVERIFY(nextId.toLongLong() < firstId.toLongLong());
        QCOMPARE(client.get(logPath(QStringLiteral("?from=2026-13-01")), m_token).status, 400);
        QCOMPARE(client.get(logPath(QStringLiteral("?from=%1&to=%2").arg(today, lastYear)), m_token)
                     .status,
                 400);
    }

    void staffReadsAndChangesThroughTheAdminToolAreLogged() {
        QString output;
        QCOMPARE(m_server.admin(
                     {QStringLiteral("list-client"), QStringLiteral("--client"), kClient}, &output),
                 0);
        QJsonArray rows = newest(2);
        QJsonObject staffRead = rows.at(1).toObject(); // rows[0]: the read of the log itself
        QCOMPARE(staffRead.value(QLatin1String("event")).toString(), QStringLiteral("read"));
        QCOMPARE(staffRead.value(QLatin1String("role")).toString(), QStringLiteral("staff"));
        QCOMPARE(staffRead.value(QLatin1String("object")).toString(), QStringLiteral("overview"));
        QCOMPARE(staffRead.value(QLatin1String("device")).toString(),
                 QStringLiteral("careportal-server admin"));
        QVERIFY(staffRead.value(QLatin1String("user"))
                    .toString()
                    .startsWith(QStringLiteral("Medewerker (")));
        QVERIFY(!staffRead.value(QLatin1String("address")).toString().isEmpty());

        QCOMPARE(m_server.admin({QStringLiteral("add-report"), QStringLiteral("--client"), kClient,
                                 QStringLiteral("--kind"), QStringLiteral("zorgkaart"),
                                 QStringLiteral("--discipline"), QStringLiteral("VP"),
                                 QStringLiteral("--author"), QStringLiteral("Lies"),
                                 QStringLiteral("--title"), QStringLiteral("Controle"),
                                 QStringLiteral("--text"), QStringLiteral("Alles goed.")},
                                &output),
                 0);
        rows = newest(2);
        const QJsonObject staffChange = rows.at(1).toObject();
        QCOMPARE(staffChange.value(QLatin1String("event")).toString(), QStringLiteral("change"));
        QCOMPARE(staffChange.value(QLatin1String("role")).toString(), QStringLiteral("staff"));
        QVERIFY(staffChange.value(QLatin1String("object"))
                    .toString()
                    .startsWith(QStringLiteral("dossier/reports/")));

        // With --staff the staff member's own name is the user.
        QCOMPARE(m_server.admin({QStringLiteral("list-requests"), QStringLiteral("--client"),
                                 kClient, QStringLiteral("--staff"), QStringLiteral("Anja")}),
                 0);
        const QJsonObject named = newest(2).at(1).toObject();
        QCOMPARE(named.value(QLatin1String("user")).toString(), QStringLiteral("Anja"));
        QCOMPARE(named.value(QLatin1String("object")).toString(),
                 QStringLiteral("contact-requests"));
    }

    void anotherClientsLogIsNotFound() {
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(QStringLiteral("/clients/client-c-test/access-log"), m_token).status,
                 404);
        QCOMPARE(client.get(logPath()).status, 401);
    }

    void theDatabaseRefusesToRewriteTheLog() {
        QSqlDatabase db = openDirect(QStringLiteral("direct"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM access_log")));
            QVERIFY(query.next());
            const int before = query.value(0).toInt();
            QVERIFY(before > 0);
            QVERIFY(!query.exec(QStringLiteral("UPDATE access_log SET user_name = 'x'")));
            QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(!query.exec(QStringLiteral("DELETE FROM access_log")));
            QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM access_log")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), before);
            // No token or password in any row.
            QVERIFY(query.exec(QStringLiteral("SELECT * FROM access_log")));
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column) {
                    const QString value = query.value(column).toString();
                    QVERIFY(!value.contains(m_token));
                    QVERIFY(!value.contains(QStringLiteral("Welkom!2026")));
                }
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }

    /// NEN 7513: an attempt at another client's data is answered 404 like an unknown id,
    /// and recorded for the security officer (not in either client's own log).
    void refusedAttemptsAtAnotherClientAreRecorded() {
        const auto refusals = [this] {
            QString output;
            if (m_server.admin({QStringLiteral("list-security-events")}, &output) != 0)
                return QStringList{QStringLiteral("failed: ") + output};
            return output.split(u'\n', Qt::SkipEmptyParts).filter(QStringLiteral("client-refused"));
        };
        const QStringList before = refusals();
        HttpsJsonClient client(m_server);
        const QString other = QStringLiteral("/clients/client-c-test/contact-persons");
        QCOMPARE(client.get(other, m_token, {{"User-Agent", "Probeer/1.0"}}).status, 404);
        QCOMPARE(
            client.post(QStringLiteral("/clients/no-such-client/absences"), {}, m_token).status,
            404);
        const QStringList after = refusals();
        QCOMPARE(after.size(), before.size() + 2);
        // Oldest first, as a log is read.
        const QString get = after.at(after.size() - 2);
        QVERIFY2(get.contains(QStringLiteral("\tGET /")) && get.contains(other), qPrintable(get));
        QVERIFY(get.contains(QStringLiteral("j.voorbeeld@example.nl")));
        QVERIFY(get.contains(QStringLiteral("Probeer/1.0")));
        QVERIFY(get.contains(QStringLiteral("127.0.0.1")));
        QVERIFY2(after.last().contains(QStringLiteral("\tPOST /")) &&
                     after.last().contains(QStringLiteral("/clients/no-such-client/absences")),
                 qPrintable(after.last()));
        // Nothing of it in the log the client reads.
        const auto own = client.get(logPath(), m_token);
        QCOMPARE(own.status, 200);
        QVERIFY(!own.body.contains("client-c-test"));
        QVERIFY(!own.body.contains("no-such-client"));
    }
};

QTEST_GUILESS_MAIN(TestAccessLogApi)
#include "tst_accesslogapi.moc"
