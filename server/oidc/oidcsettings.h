// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace careportal::server {

/// The organisation's OpenID Connect provider as the command line configures it (issue 21).
/// Off while `issuer` is empty: then /auth/oidc answers 404 oidc-off and /organisation
/// offers no provider.
struct OidcSettings {
    QString issuer;       ///< --oidc-issuer: the one issuer trusted; `iss` must equal it
    QString clientId;     ///< --oidc-client-id: the app's client id, the expected `aud`
    QString providerName; ///< --oidc-provider-name: shown as "Inloggen via <name>"
    QStringList scopes{QStringLiteral("openid"), QStringLiteral("email"), QStringLiteral("profile"),
                       QStringLiteral("offline_access")};
    QString acr;    ///< --oidc-acr: the required `acr`; empty: any
    QString caFile; ///< --oidc-ca-file: PEM trusted for discovery and JWKS; empty: the system's
    /// --oidc-jwks-file: the provider's public keys from a file instead of discovery (a
    /// provider the server cannot reach, and the tests); read again for an unknown key.
    QString jwksFile;
    bool linkByEmail = false; ///< --oidc-link-by-email
    int clockSkewSeconds = 60;

    [[nodiscard]] bool enabled() const { return !issuer.isEmpty(); }
};

} // namespace careportal::server
