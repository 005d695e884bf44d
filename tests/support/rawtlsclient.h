// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "serverprocess.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslCipher>
#include <QSslSocket>
#include <memory>

namespace careportal::test {

/// HTTP/1.1 spoken by hand over TLS to the test server: for what QNetworkAccessManager
/// never sends (compressed or oversized bodies, trickled headers, many header fields) and
/// for holding connections open.
class RawTlsClient {
public:
    struct Options {
        QHostAddress from = QHostAddress(QStringLiteral("127.0.0.1"));
        QList<QSslCipher> ciphers; ///< empty: Qt's defaults
        bool tls12Only = false;
    };

    /// A socket that has finished its handshake, or nullptr when the server refused it or
    /// closed it within `timeoutMs`.
    [[nodiscard]] static std::unique_ptr<QSslSocket>
    connect(const ServerProcess &server, const Options &options, int timeoutMs = 5000);
    [[nodiscard]] static std::unique_ptr<QSslSocket> connect(const ServerProcess &server);

    /// Reads one whole response (headers and a Content-Length body); what came when the
    /// connection closed or the time ran out otherwise.
    [[nodiscard]] static QByteArray readResponse(QSslSocket &socket, int timeoutMs = 5000);
    /// Waits until the server closes the connection; false when it is still open then.
    [[nodiscard]] static bool waitUntilClosed(QSslSocket &socket, int timeoutMs);
};

} // namespace careportal::test
