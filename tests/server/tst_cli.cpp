// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"
#include "serverprocess.h"
#include "tls/certificategenerator.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using careportal::server::CertificateGenerator;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;

/// Command-line behaviour: bad options and a busy port fail loudly; --cert/--key are used.
class TestCli : public QObject {
    Q_OBJECT

private:
    static int runAndExitCode(const QStringList &arguments, QByteArray *stderrOutput = nullptr) {
        QProcess process;
        process.start(ServerProcess::binaryPath(), arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return -1000;
        }
        if (stderrOutput)
            *stderrOutput = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void badOptionsFail_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("port not a number")
            << QStringList{QStringLiteral("--port"), QStringLiteral("abc")};
        QTest::newRow("port too high")
            << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("cert without key")
            << QStringList{QStringLiteral("--cert"), QStringLiteral("x.pem")};
        QTest::newRow("zero threshold")
            << QStringList{QStringLiteral("--lockout-threshold"), QStringLiteral("0")};
        QTest::newRow("trusted proxy by host name")
            << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("proxy.example.nl")};
        QTest::newRow("trusted proxy network too wide")
            << QStringList{QStringLiteral("--trusted-proxy"), QStringLiteral("10.0.0.0/40")};
    }

    void badOptionsFail() {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QByteArray errors;
        const int code = runAndExitCode(
            QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments, &errors);
        QVERIFY2(code != 0, errors.constData());
        QVERIFY(!errors.isEmpty());
    }

    void busyPortFails() {
        ServerProcess first;
        QVERIFY(first.start());
        QTemporaryDir dir;
        QByteArray errors;
        const int code = runAndExitCode({QStringLiteral("--data-dir"), dir.path(),
                                         QStringLiteral("--port"), QString::number(first.port())},
                                        &errors);
        QVERIFY(code != 0);
        QVERIFY2(errors.contains("Cannot listen"), errors.constData());
    }

    void givenCertificateIsServed() {
        QTemporaryDir dir;
        const auto generated = CertificateGenerator::generate({});
        QVERIFY(generated);
        const QString certPath = dir.filePath(QStringLiteral("own.crt"));
        const QString keyPath = dir.filePath(QStringLiteral("own.key"));
        QFile cert(certPath);
        QFile key(keyPath);
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        cert.write(generated->certificatePem);
        key.write(generated->privateKeyPem);
        cert.close();
        key.close();

        ServerProcess server(
            {false, {QStringLiteral("--cert"), certPath, QStringLiteral("--key"), keyPath}});
        QVERIFY2(server.start(), qPrintable(server.standardError()));
        QCOMPARE(server.fingerprint(),
                 CertificateGenerator::fingerprint(generated->certificatePem));
        QVERIFY(!QFile::exists(server.certificatePath())); // nothing generated
        HttpsJsonClient client(server.baseUrl(), certPath);
        QCOMPARE(client.get(QStringLiteral("/organisation")).status, 404); // no demo data
    }

    void untrustedCertificateIsRefusedByClients() {
        // The fixture's client must really verify: trusting a different certificate fails.
        ServerProcess server({false, {}});
        QVERIFY(server.start());
        QTemporaryDir dir;
        const auto other = CertificateGenerator::generate({});
        QVERIFY(other);
        QFile file(dir.filePath(QStringLiteral("other.crt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(other->certificatePem);
        file.close();
        HttpsJsonClient client(server.baseUrl(), file.fileName());
        const auto reply = client.get(QStringLiteral("/organisation"));
        QCOMPARE(reply.status, 0);
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
