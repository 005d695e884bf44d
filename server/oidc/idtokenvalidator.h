// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oidcrefusal.h"
#include "oidcsettings.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>

namespace careportal::server {

class JwksCache;

/// Checks an OpenID Connect ID token (OpenID Connect Core 1.0, 3.1.3.7) in the order
/// docs/server.md lists: compact JWS, an allowed algorithm (RS256, PS256, ES256 only: never
/// "none" or an HMAC, whose key would be the public client's non-secret), the key by its id
/// from the provider's JWKS, the signature, iss, aud (and azp), exp and iat with the allowed
/// clock skew, the nonce the app sent, and the required acr. Whether the token was used
/// before is the caller's check (OidcReplayStore), the last one.
///
/// The JOSE work is cisco's cjose (Debian libcjose): maintained, it imports a JWK from a
/// JWKS entry (RSA and EC alike) and verifies a JWS with it. libjwt 1.10, Debian's other
/// choice, cannot read a JWKS at all.
class IdTokenValidator {
public:
    using Clock = std::function<QDateTime()>;

    struct Result {
        OidcRefusal refusal = OidcRefusal::None;
        QJsonObject claims;
        QDateTime expiresAt;
        QString detail; ///< for the server's log, never for the caller
    };

    IdTokenValidator(
        OidcSettings settings, JwksCache &keys,
        Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    [[nodiscard]] Result validate(const QString &idToken, const QString &nonce) const;

    /// The signature algorithms accepted.
    [[nodiscard]] static bool allowedAlgorithm(const QString &alg);

private:
    [[nodiscard]] Result checkClaims(const QJsonObject &claims, const QString &nonce) const;

    OidcSettings m_settings;
    JwksCache &m_keys;
    Clock m_clock;
};

} // namespace careportal::server
