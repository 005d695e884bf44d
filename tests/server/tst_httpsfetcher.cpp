// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/httpsfetcher.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

using careportal::server::HttpsFetcher;
using careportal::test::ServerProcess;

/// The fetch of the provider's discovery document and keys: TLS trust only through the
/// given CA file, the host name checked, a deadline that holds when the peer never answers.
/// The reference server itself stands in as an HTTPS peer with its own certificate.
class TestHttpsFetcher : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;

    [[nodiscard]] QUrl url(const QString &host) const {
        return QUrl(
            QStringLiteral("https://%1:%2/api/v1/organisation").arg(host).arg(m_server.port()));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void fetchesFromATrustedPeer() {
        const HttpsFetcher fetcher({m_server.certificatePath(), std::chrono::seconds(5), 65536});
        QString error;
        const auto body = fetcher.get(url(QStringLiteral("127.0.0.1")), &error);
        QVERIFY2(body, qPrintable(error));
        QVERIFY(body->contains("\"login\""));
        // Not a 200: nothing.
        QVERIFY(!fetcher.get(
            QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/nothing-here").arg(m_server.port()))));
    }

    void defaultsAreUsable() {
        HttpsFetcher::Settings settings;
        settings.caFile = m_server.certificatePath();
        QVERIFY(settings.deadline >= std::chrono::seconds(1));
        QVERIFY(settings.maxBytes >= 64LL * 1024);
        QVERIFY(HttpsFetcher(settings).get(url(QStringLiteral("127.0.0.1"))));
    }

    void refusesUntrustedOrWronglyNamedPeers() {
        QString error;
        // The system's CAs do not know the self-signed certificate.
        const HttpsFetcher system({QString(), std::chrono::seconds(5), 65536});
        QVERIFY(!system.get(url(QStringLiteral("127.0.0.1")), &error));
        QVERIFY2(error.startsWith(QStringLiteral("TLS")), qPrintable(error));
        // Trusted certificate, but not for this name.
        const HttpsFetcher trusted({m_server.certificatePath(), std::chrono::seconds(5), 65536});
        QVERIFY(!trusted.get(
            QUrl(QStringLiteral("https://127.0.0.2:%1/api/v1/organisation").arg(m_server.port())),
            &error));
        QVERIFY(!trusted.get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port())),
                             &error));
        QVERIFY(error.contains(QStringLiteral("https")));
        // Too big an answer.
        const HttpsFetcher small({m_server.certificatePath(), std::chrono::seconds(5), 16});
        QVERIFY(!small.get(url(QStringLiteral("127.0.0.1")), &error));
    }

    void givesUpAtTheDeadline() {
        QTcpServer silent; // accepts (the kernel does) and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const HttpsFetcher fetcher(
            {m_server.certificatePath(), std::chrono::milliseconds(500), 65536});
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY(!fetcher.get(
            QUrl(QStringLiteral("https://127.0.0.1:%1/jwks").arg(silent.serverPort())), &error));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestHttpsFetcher)
#include "tst_httpsfetcher.moc"
