// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

namespace careportal {

/// The one-time values of one authorisation request (RFC 7636 PKCE, OpenID Connect Core):
/// the code verifier stays in the app, only its S256 challenge goes to the browser; the
/// state ties the redirect to this request; the nonce ties the ID token to it.
struct AuthorizationSecrets {
    QByteArray codeVerifier;
    QByteArray codeChallenge; ///< BASE64URL(SHA-256(codeVerifier)), no padding.
    QByteArray state;
    QByteArray nonce;

    /// Fresh values from the system's cryptographic random source.
    [[nodiscard]] static AuthorizationSecrets generate();
    [[nodiscard]] static QByteArray challengeOf(const QByteArray &verifier);
};

} // namespace careportal
