// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rawtlsclient.h"

#include <QDeadlineTimer>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace careportal::test {

std::unique_ptr<QSslSocket> RawTlsClient::connect(const ServerProcess &server,
                                                  const Options &options, int timeoutMs) {
    auto socket = std::make_unique<QSslSocket>();
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(server.certificatePath()));
    if (!options.ciphers.isEmpty())
        ssl.setCiphers(options.ciphers);
    if (options.tls12Only)
        ssl.setProtocol(QSsl::TlsV1_2);
    socket->setSslConfiguration(ssl);
    if (!socket->bind(options.from))
        return nullptr;
    socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(server.port()));
    if (!socket->waitForEncrypted(timeoutMs))
        return nullptr;
    return socket;
}

std::unique_ptr<QSslSocket> RawTlsClient::connect(const ServerProcess &server) {
    return connect(server, Options());
}

QByteArray RawTlsClient::readResponse(QSslSocket &socket, int timeoutMs) {
    QByteArray response;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        response += socket.readAll();
        const qsizetype end = response.indexOf("\r\n\r\n");
        if (end >= 0) {
            qsizetype length = 0;
            for (const QByteArray &line : response.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (response.size() >= end + 4 + length)
                return response;
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    return response + socket.readAll();
}

bool RawTlsClient::waitUntilClosed(QSslSocket &socket, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.readAll();
        socket.waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

} // namespace careportal::test
