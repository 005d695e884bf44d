// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSslServer>

namespace careportal::test {

/// A TLS server for certificate tests: it serves the given certificate, records every byte
/// of application data that reaches it and answers any request with a fixed JSON login
/// reply. If a client refuses the certificate, `received()` must stay empty: proof that
/// no request, and so no password, left the client.
class RecordingTlsServer : public QSslServer {
    Q_OBJECT
public:
    RecordingTlsServer(const QByteArray &certificatePem, const QByteArray &keyPem);

    [[nodiscard]] bool start();
    [[nodiscard]] quint16 port() const { return serverPort(); }
    [[nodiscard]] QByteArray received() const { return m_received; }
    [[nodiscard]] int handshakes() const { return m_handshakes; }

private:
    void serve(QSslSocket *socket);

    QByteArray m_received;
    int m_handshakes = 0;
};

} // namespace careportal::test
