// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingtlsserver.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace careportal::test {

RecordingTlsServer::RecordingTlsServer(const QByteArray &certificatePem, const QByteArray &keyPem) {
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certificatePem, QSsl::Pem));
    config.setPrivateKey(QSslKey(keyPem, QSsl::Ec, QSsl::Pem));
    setSslConfiguration(config);
    connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection()))
            serve(socket);
    });
}

bool RecordingTlsServer::start() {
    return listen(QHostAddress::LocalHost, 0);
}

void RecordingTlsServer::serve(QSslSocket *socket) {
    ++m_handshakes;
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, [this, socket] {
        m_received += socket->readAll();
        if (!m_received.contains("\r\n\r\n"))
            return;
        const QByteArray body =
            R"({"token":"abc","tokenType":"Bearer","expiresAt":"2030-01-01T00:00:00Z","mustChangePassword":false})";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                      "close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}

} // namespace careportal::test
