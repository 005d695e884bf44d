// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace careportal::server {

/// Time-based one-time passwords as authenticator apps make them (RFC 6238 over RFC 4226):
/// HMAC-SHA1, 30-second steps, 6 digits. The secret is 20 random bytes; people and QR codes
/// see it in base32 (RFC 4648, no padding), as the otpauth:// key-uri format wants.
class Totp {
public:
    static constexpr qint64 kStepSeconds = 30;
    static constexpr int kDigits = 6;
    static constexpr int kSecretBytes = 20;

    [[nodiscard]] static QByteArray newSecret();
    /// The code for one time step (seconds since the epoch / 30).
    [[nodiscard]] static QString codeAt(const QByteArray &secret, qint64 step);
    /// The step within ±`window` of `unixSeconds` whose code is `code`; none when no step
    /// matches. Every candidate is computed and compared in constant time.
    [[nodiscard]] static std::optional<qint64>
    matchingStep(const QByteArray &secret, const QString &code, qint64 unixSeconds, int window = 1);

    [[nodiscard]] static QString toBase32(const QByteArray &bytes);
    /// Empty for anything that is not base32 (spaces and lower case are allowed).
    [[nodiscard]] static QByteArray fromBase32(const QString &text);
    /// otpauth://totp/<issuer>:<account>?secret=…&issuer=…&algorithm=SHA1&digits=6&period=30
    [[nodiscard]] static QString keyUri(const QString &issuer, const QString &account,
                                        const QByteArray &secret);
};

} // namespace careportal::server
