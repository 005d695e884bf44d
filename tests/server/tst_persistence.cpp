// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"
#include "storage/migrations.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using careportal::server::Migrations;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

/// A restart on the same data directory keeps schema, data, sessions and certificate.
class TestPersistence : public QObject {
    Q_OBJECT

private:
    static int userVersion(const QString &path) {
        int version = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                    version = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return version;
    }

    static int appointmentCount(HttpsJsonClient &client, const QString &token) {
        const QDate today = QDate::currentDate();
        const auto reply =
            client.get(QStringLiteral("/clients/client-j-voorbeeld/appointments?from=%1&to=%2")
                           .arg(today.addMonths(-6).toString(Qt::ISODate),
                                today.addMonths(6).toString(Qt::ISODate)),
                       token);
        return reply.status == 200
                   ? int(reply.json.value(QLatin1String("appointments")).toArray().size())
                   : -1;
    }

private Q_SLOTS:
    void restartKeepsEverything() {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        QVERIFY(server.standardOutput().contains(
            QStringLiteral("Demo login: c.test@example.nl / Welkom!2026")));
        QCOMPARE(userVersion(server.databasePath()), Migrations::latestVersion());
        // The running server's database is private to its user, whatever the umask.
        QCOMPARE(QFileInfo(server.databasePath()).permissions() &
                     ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                       QFileDevice::WriteUser),
                 QFileDevice::Permissions());

        const QString newPassword = QStringLiteral("Nieuw#Wachtwoord1");
        QString token;
        int count = 0;
        {
            HttpsJsonClient client(server);
            token = client.login(QStringLiteral("j.voorbeeld@example.nl"),
                                 QStringLiteral("Welkom!2026"));
            QVERIFY(!token.isEmpty());
            QCOMPARE(client
                         .post(QStringLiteral("/account/password"),
                               {{QStringLiteral("currentPassword"), QStringLiteral("Welkom!2026")},
                                {QStringLiteral("newPassword"), newPassword}},
                               token)
                         .status,
                     204);
            count = appointmentCount(client, token);
            QVERIFY(count > 100);
        }
        const QString fingerprint = server.fingerprint();
        const int port = server.port();
        server.stop();
        QVERIFY(!server.isRunning());

        QVERIFY2(server.start(), qPrintable(server.standardError()));
        if (server.port() != port)
            qWarning("restart moved from port %d to %d", port, server.port());
        QCOMPARE(server.fingerprint(), fingerprint);
        QCOMPARE(userVersion(server.databasePath()), Migrations::latestVersion());
        QVERIFY(server.standardOutput().contains(QLatin1String("seeded on an earlier start")));

        HttpsJsonClient client(server);
        QCOMPARE(client.get(QStringLiteral("/me"), token).status, 200);
        QCOMPARE(appointmentCount(client, token), count);
        QVERIFY(!client.login(QStringLiteral("j.voorbeeld@example.nl"), newPassword).isEmpty());
        QVERIFY(
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"))
                .isEmpty());
    }

    void withoutDemoTheDatabaseStaysEmpty() {
        ServerProcess server({false, {}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        QCOMPARE(userVersion(server.databasePath()), Migrations::latestVersion());
        QVERIFY(!server.standardOutput().contains(QLatin1String("Demo login")));
        HttpsJsonClient client(server);
        QCOMPARE(client.get(QStringLiteral("/organisation")).status, 404);
        QCOMPARE(client
                     .post(QStringLiteral("/auth/login"),
                           {{QStringLiteral("username"), QStringLiteral("c.test@example.nl")},
                            {QStringLiteral("password"), QStringLiteral("Welkom!2026")}})
                     .status,
                 401);
    }
};

QTEST_GUILESS_MAIN(TestPersistence)
#include "tst_persistence.moc"
