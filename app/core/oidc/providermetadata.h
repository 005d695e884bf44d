// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace careportal {

/// What the provider's discovery document (`/.well-known/openid-configuration`) says the
/// app needs: where to send the browser, where to redeem the code, where to revoke and log
/// out (both optional).
struct ProviderMetadata {
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint;
    QUrl endSessionEndpoint;

    /// Reads the document for `expectedIssuer`. Empty `problem` when usable; otherwise it
    /// says why (for the log): another issuer (OpenID Connect Discovery 4.3), an endpoint
    /// missing or not https, S256 not among the PKCE methods it lists.
    [[nodiscard]] static ProviderMetadata fromJson(const QJsonObject &json,
                                                   const QUrl &expectedIssuer, QString *problem);
    /// `/.well-known/openid-configuration` under the issuer, its path kept.
    [[nodiscard]] static QUrl discoveryUrl(const QUrl &issuer);
};

} // namespace careportal
