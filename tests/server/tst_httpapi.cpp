// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "passwordpolicy.h"
#include "serverprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

namespace {

const QString kVoorbeeldClient = QStringLiteral("client-j-voorbeeld");

QString appointmentsPath(const QString &clientId, const QDate &from, const QDate &to) {
    return QStringLiteral("/clients/%1/appointments?from=%2&to=%3")
        .arg(clientId, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

} // namespace

/// Transport-level behaviour (TLS, limits, content types, problem shape) and the planning.
class TestHttpApi : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_token; // j.voorbeeld, no forced password change

    void verifyProblemShape(const HttpsJsonClient::Reply &reply, int status, const QString &code) {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json.value(QLatin1String("status")).toInt(), status);
        QCOMPARE(reply.json.value(QLatin1String("code")).toString(), code);
        QCOMPARE(reply.json.value(QLatin1String("type")).toString(),
                 QStringLiteral("urn:careportal:problem:") + code);
        QVERIFY(!reply.json.value(QLatin1String("title")).toString().isEmpty());
        QVERIFY(!reply.json.value(QLatin1String("detail")).toString().isEmpty());
        const QJsonObject messages = reply.json.value(QLatin1String("messages")).toObject();
        QVERIFY(!messages.value(QLatin1String("nl")).toString().isEmpty());
        QVERIFY(!messages.value(QLatin1String("en")).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        HttpsJsonClient client(m_server);
        m_token =
            client.login(QStringLiteral("j.voorbeeld@example.nl"), QStringLiteral("Welkom!2026"));
        QVERIFY(!m_token.isEmpty());
    }

    void fingerprintMatchesCertificate() {
        QFile file(m_server.certificatePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QSslCertificate cert(file.readAll());
        QCOMPARE(m_server.fingerprint(),
                 QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        QCOMPARE(QFile::permissions(m_server.dataDir() + QStringLiteral("/tls/server.key")),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                     QFileDevice::WriteUser);
    }

    void organisationIsPublic() {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(QStringLiteral("/organisation"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        QCOMPARE(reply.header("cache-control"), QByteArray("no-store"));
        QCOMPARE(reply.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(reply.json.value(QLatin1String("id")).toString(), QStringLiteral("de-linde"));
        QCOMPARE(reply.json.value(QLatin1String("name")).toString(),
                 QStringLiteral("Thuiszorg De Linde"));
        QCOMPARE(reply.json.value(QLatin1String("passwordPolicy")).toObject(),
                 careportal::PasswordPolicy::portalDefault().toJson());
        const QJsonObject logo = reply.json.value(QLatin1String("branding"))
                                     .toObject()
                                     .value(QLatin1String("logo"))
                                     .toObject();
        QCOMPARE(logo.value(QLatin1String("mediaType")).toString(),
                 QStringLiteral("image/svg+xml"));
        QVERIFY(QByteArray::fromBase64(logo.value(QLatin1String("data")).toString().toLatin1())
                    .startsWith("<svg"));
        QCOMPARE(reply.json.value(QLatin1String("features")).toArray(),
                 (QJsonArray{QStringLiteral("planning"), QStringLiteral("changePassword"),
                             QStringLiteral("contactDetails"), QStringLiteral("contactPersons"),
                             QStringLiteral("contactRequests"), QStringLiteral("absence"),
                             QStringLiteral("dossier"), QStringLiteral("accessLog"),
                             QStringLiteral("accountSecurity")}));
    }

    void privacyStatementIsPublic() {
        HttpsJsonClient client(m_server);
        const auto reply = client.get(QStringLiteral("/organisation/privacy-statement"));
        QCOMPARE(reply.status, 200);
        const QJsonObject text = reply.json.value(QLatin1String("text")).toObject();
        QVERIFY(text.value(QLatin1String("nl"))
                    .toString()
                    .startsWith(QStringLiteral("Privacyverklaring Thuiszorg De Linde")));
        QVERIFY(text.value(QLatin1String("en")).toString().startsWith(QStringLiteral("Privacy")));
        QVERIFY(
            QDate::fromString(reply.json.value(QLatin1String("updatedOn")).toString(), Qt::ISODate)
                .isValid());
    }

    void staffReplaceThePrivacyStatement() {
        QTemporaryDir dir;
        const QString dutch = dir.filePath(QStringLiteral("nl.txt"));
        QFile file(dutch);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Privacyverklaring\n\nNieuwe tekst met één accent.\n").toUtf8());
        file.close();
        QString output;
        // Without a readable file nothing changes.
        QCOMPARE(m_server.admin({QStringLiteral("set-privacy-statement"),
                                 QStringLiteral("--nl-file"), dir.filePath(QStringLiteral("x"))},
                                &output),
                 2);
        QVERIFY2(output.contains(QStringLiteral("cannot read")), qPrintable(output));
        QCOMPARE(m_server.admin(
                     {QStringLiteral("set-privacy-statement"), QStringLiteral("--nl-file"), dutch},
                     &output),
                 0);
        HttpsJsonClient client(m_server);
        const auto reply = client.get(QStringLiteral("/organisation/privacy-statement"));
        const QJsonObject text = reply.json.value(QLatin1String("text")).toObject();
        QCOMPARE(text.value(QLatin1String("nl")).toString(),
                 QStringLiteral("Privacyverklaring\n\nNieuwe tekst met één accent."));
        // No English version: the Dutch one is served for both.
        QCOMPARE(text.value(QLatin1String("en")).toString(),
                 text.value(QLatin1String("nl")).toString());
    }

    void malformedJsonIsBadRequest() {
        HttpsJsonClient client(m_server);
        verifyProblemShape(
            client.postRaw(QStringLiteral("/auth/login"), "{\"username\":", "application/json"),
            400, QStringLiteral("bad-request"));
        verifyProblemShape(
            client.postRaw(QStringLiteral("/auth/login"), "[1,2]", "application/json"), 400,
            QStringLiteral("bad-request"));
    }

    void wrongContentTypeIsUnsupported() {
        HttpsJsonClient client(m_server);
        verifyProblemShape(client.postRaw(QStringLiteral("/auth/login"), "username=a&password=b",
                                          "application/x-www-form-urlencoded"),
                           415, QStringLiteral("unsupported-media-type"));
        verifyProblemShape(client.postRaw(QStringLiteral("/auth/login"), "{}", "text/plain"), 415,
                           QStringLiteral("unsupported-media-type"));
        // A charset parameter is fine.
        QCOMPARE(
            client.postRaw(QStringLiteral("/auth/login"), "{}", "application/json; charset=utf-8")
                .status,
            400);
    }

    void oversizedBodyIsRefused() {
        HttpsJsonClient client(m_server);
        const QByteArray big(2 * 1024 * 1024, 'a');
        const auto reply = client.postRaw(QStringLiteral("/auth/login"), big, "application/json");
        verifyProblemShape(reply, 413, QStringLiteral("payload-too-large"));
        // ... and the server carries on.
        QCOMPARE(client.get(QStringLiteral("/organisation")).status, 200);
    }

    void chunkedBodyIsRefusedUnread() {
        // The API never needs chunked bodies (their size is unknown until read); the server refuses
        // them before reading. QNetworkAccessManager never sends chunked bodies, so speak raw
        // HTTP/1.1.
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromPath(m_server.certificatePath()));
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_server.port()));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                     "10000\r\n");
        socket.write(QByteArray(0x10000, 'a'));
        QByteArray response;
        while (!response.contains("payload-too-large") && socket.waitForReadyRead(10000))
            response += socket.readAll();
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QVERIFY(response.contains("application/problem+json"));
    }

    void unknownRouteIsNotFound() {
        HttpsJsonClient client(m_server);
        verifyProblemShape(client.get(QStringLiteral("/nothing-here")), 404,
                           QStringLiteral("not-found"));
        verifyProblemShape(client.get(QStringLiteral("/auth/login")), 404,
                           QStringLiteral("not-found"));
    }

    void appointmentsAreSortedLocalTimes() {
        HttpsJsonClient client(m_server);
        const QDate from = QDate::currentDate().addMonths(-6);
        const QDate to = QDate::currentDate().addMonths(6);
        const auto reply = client.get(appointmentsPath(kVoorbeeldClient, from, to), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QLatin1String("clientId")).toString(), kVoorbeeldClient);
        QCOMPARE(reply.json.value(QLatin1String("from")).toString(), from.toString(Qt::ISODate));
        const QJsonArray items = reply.json.value(QLatin1String("appointments")).toArray();
        QVERIFY(items.size() >= 100);
        static const QRegularExpression shape(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0[12]:00$"));
        const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
        QDateTime previous;
        for (const auto &value : items) {
            const QJsonObject item = value.toObject();
            const QString start = item.value(QLatin1String("start")).toString();
            QVERIFY2(shape.match(start).hasMatch(), qPrintable(start));
            const QDateTime parsed = QDateTime::fromString(start, Qt::ISODate);
            QCOMPARE(parsed.offsetFromUtc(), amsterdam.offsetFromUtc(parsed));
            QCOMPARE(parsed.toTimeZone(amsterdam).time(), QTime(13, 30));
            QVERIFY(!previous.isValid() || previous < parsed);
            previous = parsed;
            QCOMPARE(item.value(QLatin1String("helpType")).toString(), QStringLiteral("HV 2"));
            QVERIFY(!item.value(QLatin1String("carerName")).toString().isEmpty());
            QVERIFY(!item.value(QLatin1String("id")).toString().isEmpty());
        }
    }

    void etagGivesNotModified() {
        HttpsJsonClient client(m_server);
        const QDate from = QDate::currentDate();
        const QString path = appointmentsPath(kVoorbeeldClient, from, from.addDays(13));
        const auto first = client.get(path, m_token);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.header("cache-control"), QByteArray("private, no-cache"));
        const QByteArray etag = first.header("etag");
        QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

        const auto again = client.get(path, m_token, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("etag"), etag);

        const auto wider = client.get(appointmentsPath(kVoorbeeldClient, from, from.addDays(20)),
                                      m_token, {{"If-None-Match", etag}});
        QCOMPARE(wider.status, 200);
        QVERIFY(wider.header("etag") != etag);
        QCOMPARE(client.get(path, m_token, {{"If-None-Match", "\"other\""}}).status, 200);
    }

    void otherClientsPlanningIsNotFound() {
        HttpsJsonClient client(m_server);
        const QDate today = QDate::currentDate();
        const auto foreign = client.get(
            appointmentsPath(QStringLiteral("client-c-test"), today, today.addDays(30)), m_token);
        verifyProblemShape(foreign, 404, QStringLiteral("not-found"));
        QVERIFY(!foreign.body.contains("appointments"));
        QVERIFY(!foreign.body.contains("HV 1"));
        const auto unknown = client.get(
            appointmentsPath(QStringLiteral("client-nobody"), today, today.addDays(30)), m_token);
        QCOMPARE(unknown.body, foreign.body);
        QCOMPARE(client.get(appointmentsPath(QStringLiteral("client-c-test"), today, today)).status,
                 401);
    }

    void badRangesAreBadRequest_data() {
        QTest::addColumn<QString>("query");
        QTest::newRow("missing") << QString();
        QTest::newRow("no to") << QStringLiteral("from=2026-01-01");
        QTest::newRow("not a date") << QStringLiteral("from=2026-02-30&to=2026-03-01");
        QTest::newRow("other format") << QStringLiteral("from=01-01-2026&to=2026-03-01");
        QTest::newRow("reversed") << QStringLiteral("from=2026-03-01&to=2026-02-01");
        QTest::newRow("too long") << QStringLiteral("from=2026-01-01&to=2027-02-06");
    }

    void badRangesAreBadRequest() {
        QFETCH(QString, query);
        HttpsJsonClient client(m_server);
        verifyProblemShape(
            client.get(QStringLiteral("/clients/%1/appointments?%2").arg(kVoorbeeldClient, query),
                       m_token),
            400, QStringLiteral("bad-request"));
    }

    void longestRangeIsAccepted() {
        HttpsJsonClient client(m_server);
        // 2026-01-01 + 400 days = 2027-02-05.
        QCOMPARE(client
                     .get(QStringLiteral("/clients/%1/appointments?from=2026-01-01&to=2027-02-05")
                              .arg(kVoorbeeldClient),
                          m_token)
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
