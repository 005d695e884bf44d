// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "rawtlsclient.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using careportal::test::HttpsJsonClient;
using careportal::test::RawTlsClient;
using careportal::test::ServerProcess;

namespace {

QByteArray loginRequest(const QByteArray &extraHeaders, const QByteArray &body) {
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
           "Content-Type: application/json\r\n" +
           extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray statusLine(const QByteArray &response) {
    return response.left(response.indexOf("\r\n"));
}

} // namespace

/// What a hostile or crowded internet does to the HTTP layer (issue 25's findings 1, 2 and
/// 6): compressed bodies, oversized and trickled requests, idle connections, many
/// connections from one address, header floods, forged log lines and weak TLS suites.
class TestHttpLimits : public QObject {
    Q_OBJECT

private:
    // Short deadlines and a small per-address limit keep the test quick; the defaults are
    // checked by the bench (bench/server-load.sh).
    ServerProcess m_server{ServerProcess::Options{
        true,
        {QStringLiteral("--request-timeout-ms"), QStringLiteral("1500"),
         QStringLiteral("--max-connections-per-address"), QStringLiteral("40")}}};

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void compressedBodiesAreRefusedUninflated_data() {
        QTest::addColumn<QByteArray>("encoding");
        QTest::newRow("gzip") << QByteArray("gzip");
        QTest::newRow("deflate") << QByteArray("deflate");
        QTest::newRow("br") << QByteArray("br");
    }
    void compressedBodiesAreRefusedUninflated() {
        // 2 MiB of JSON whitespace in 2 KiB: inflated, it would pass the body limit unseen.
        QFETCH(QByteArray, encoding);
        const QByteArray inflated = "{" + QByteArray(2 * 1024 * 1024, ' ') + "}";
        const QByteArray deflated = qCompress(inflated, 9).mid(4); // a zlib stream
        QVERIFY(deflated.size() < 8 * 1024);
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        socket->write(loginRequest("Content-Encoding: " + encoding + "\r\n", deflated));
        const QByteArray response = RawTlsClient::readResponse(*socket);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 415 Unsupported Media Type"));
        QVERIFY(response.contains("Compressed request bodies are not accepted"));
    }

    void oversizedContentLengthIsAnsweredBeforeTheBody() {
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        // Announce 50 MB and send none of it: the answer must not wait for the body.
        socket->write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n");
        const QByteArray response = RawTlsClient::readResponse(*socket, 1000);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 413 Payload Too Large"));
        QVERIFY(response.contains("payload-too-large"));
        QVERIFY(response.contains("Connection: close"));
    }

    void tooManyOrTooLargeHeadersAreRefused_data() {
        QTest::addColumn<QByteArray>("headers");
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += "X-Fill-" + QByteArray::number(i) + ": x\r\n";
        QTest::newRow("100 fields") << many;
        QTest::newRow("one of 16 KiB") << "X-Fill: " + QByteArray(16 * 1024, 'x') + "\r\n";
    }
    void tooManyOrTooLargeHeadersAreRefused() {
        QFETCH(QByteArray, headers);
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        socket->write(loginRequest(headers, "{}"));
        const QByteArray response = RawTlsClient::readResponse(*socket);
        QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QVERIFY(response.contains("headers-too-large"));
    }

    void aTrickledRequestIsCutAtItsDeadline() {
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        QElapsedTimer clock;
        clock.start();
        socket->write("GET /api/v1/organisation HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        socket->flush();
        // A header line every 300 ms would keep a per-read timeout waiting for ever; the
        // request's deadline (1.5 s here) holds however often bytes come.
        while (socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 8000) {
            socket->write("X-Trickle: 1\r\n");
            socket->flush();
            socket->waitForReadyRead(300);
            socket->readAll();
        }
        QVERIFY2(socket->state() != QAbstractSocket::ConnectedState,
                 "the trickling connection was still open after 8 s");
        QVERIFY2(clock.elapsed() < 4000, qPrintable(QString::number(clock.elapsed())));
    }

    void idleAndSlowConnectionsDoNotDelayOthers() {
        // More idle connections than the old server had threads (8), and as many trickling
        // ones, opened from other loopback addresses so the per-address limit stays out of it.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 20; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.2"))));
            socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_server.port()));
            QVERIFY(socket->waitForConnected(5000));
            idle.push_back(std::move(socket));
        }
        std::vector<std::unique_ptr<QSslSocket>> slow;
        RawTlsClient::Options from3;
        from3.from = QHostAddress(QStringLiteral("127.0.0.3"));
        for (int i = 0; i < 20; ++i) {
            auto socket = RawTlsClient::connect(m_server, from3);
            QVERIFY(socket);
            socket->write("GET /api/v1/organisation HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            socket->flush();
            slow.push_back(std::move(socket));
        }
        QElapsedTimer clock;
        clock.start();
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(QStringLiteral("/organisation")).status, 200);
        // The old server made this wait 9 s; generous for a loaded CI machine.
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void connectionsPerAddressAreLimited() {
        RawTlsClient::Options from4;
        from4.from = QHostAddress(QStringLiteral("127.0.0.4"));
        std::vector<std::unique_ptr<QSslSocket>> open;
        for (int i = 0; i < 40; ++i) {
            auto socket = RawTlsClient::connect(m_server, from4);
            QVERIFY2(socket, qPrintable(QStringLiteral("connection %1 refused").arg(i + 1)));
            open.push_back(std::move(socket));
        }
        QVERIFY2(!RawTlsClient::connect(m_server, from4, 3000), "the 41st was let in");
        // Another address is still served ...
        HttpsJsonClient client(m_server);
        QCOMPARE(client.get(QStringLiteral("/organisation")).status, 200);
        // ... and the address gets its place back once a connection ends.
        open.pop_back();
        std::unique_ptr<QSslSocket> again;
        for (int attempt = 0; attempt < 20 && !again; ++attempt) {
            QThread::msleep(50);
            again = RawTlsClient::connect(m_server, from4, 3000);
        }
        QVERIFY(again);
    }

    void oneConnectionServesManyRequests() {
        // The old server ended a kept-alive connection after five requests, so a busy app
        // paid a new TLS handshake every few calls.
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        for (int i = 0; i < 20; ++i) {
            socket->write("GET /api/v1/organisation HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            const QByteArray response = RawTlsClient::readResponse(*socket);
            QCOMPARE(statusLine(response), QByteArray("HTTP/1.1 200 OK"));
            QVERIFY2(!response.toLower().contains("connection: close"),
                     qPrintable(QString::number(i)));
        }
    }

    void pathsAreLoggedEscaped() {
        // The old log line held the decoded path: %0a began a line of the sender's making.
        auto socket = RawTlsClient::connect(m_server);
        QVERIFY(socket);
        socket->write("GET /api/v1/organisation%0a2026-01-01T00:00:00.000%20careportal.auth"
                      "%20warning:%20FORGED HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(statusLine(RawTlsClient::readResponse(*socket)),
                 QByteArray("HTTP/1.1 404 Not Found"));
        QTRY_VERIFY(m_server.standardError().contains(QLatin1String("organisation%0a2026"),
                                                      Qt::CaseInsensitive));
        const QStringList lines = m_server.standardError().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(QLatin1String("2026-01-01T00:00:00.000")), qPrintable(line));
    }

    void tls12OffersAeadSuitesOnly_data() {
        QTest::addColumn<QString>("cipher");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("AES128-GCM") << QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256") << true;
        QTest::newRow("CHACHA20") << QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305") << true;
        QTest::newRow("AES128-SHA (CBC)") << QStringLiteral("ECDHE-ECDSA-AES128-SHA") << false;
        QTest::newRow("AES256-SHA (CBC)") << QStringLiteral("ECDHE-ECDSA-AES256-SHA") << false;
        QTest::newRow("AES128-SHA256 (CBC)")
            << QStringLiteral("ECDHE-ECDSA-AES128-SHA256") << false;
    }
    void tls12OffersAeadSuitesOnly() {
        QFETCH(QString, cipher);
        QFETCH(bool, accepted);
        const QSslCipher suite(cipher);
        QVERIFY2(!suite.isNull(), "this OpenSSL does not offer the suite to the client");
        RawTlsClient::Options options;
        options.ciphers = {suite};
        options.tls12Only = true;
        QCOMPARE(RawTlsClient::connect(m_server, options, 3000) != nullptr, accepted);
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "tst_httplimits.moc"
