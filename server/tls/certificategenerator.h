// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace careportal::server {

/// Makes self-signed EC P-256 certificates with OpenSSL. The server uses it on first start;
/// tests use it to make deliberately broken certificates (expired, wrong host name) so the
/// app's certificate checks can be proven to refuse them.
class CertificateGenerator {
public:
    struct Options {
        QString commonName = QStringLiteral("localhost");
        /// DNS names go in as DNS:, anything that parses as an IP address as IP:.
        QStringList subjectAltNames = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("::1")};
        QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QDateTime notAfter = QDateTime::currentDateTimeUtc().addDays(825);
    };

    struct Result {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    /// Returns nullopt (and logs why) if OpenSSL fails.
    [[nodiscard]] static std::optional<Result> generate(const Options &options);

    /// SHA-256 over the DER of the first certificate in the PEM, as "AA:BB:..." (the form
    /// browsers and `openssl x509 -fingerprint -sha256` show, so people can compare by eye).
    [[nodiscard]] static QString fingerprint(const QByteArray &certificatePem);
};

} // namespace careportal::server
