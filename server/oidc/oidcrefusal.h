// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace careportal::server {

/// Why an ID token was refused: the `reason` member of the 401 oidc-token-refused problem
/// (docs/server.md explains each). Unavailable is no refusal of the token: the provider's
/// keys could not be fetched (503 provider-unavailable).
enum class OidcRefusal {
    None,
    Malformed,
    Algorithm,
    UnknownKey,
    Signature,
    Issuer,
    Audience,
    Expired,
    NotYetValid,
    Nonce,
    Acr,
    Replayed,
    Unavailable,
};

[[nodiscard]] inline QString refusalName(OidcRefusal refusal) {
    switch (refusal) {
    case OidcRefusal::None:
        return {};
    case OidcRefusal::Malformed:
        return QStringLiteral("malformed");
    case OidcRefusal::Algorithm:
        return QStringLiteral("algorithm");
    case OidcRefusal::UnknownKey:
        return QStringLiteral("unknown-key");
    case OidcRefusal::Signature:
        return QStringLiteral("signature");
    case OidcRefusal::Issuer:
        return QStringLiteral("issuer");
    case OidcRefusal::Audience:
        return QStringLiteral("audience");
    case OidcRefusal::Expired:
        return QStringLiteral("expired");
    case OidcRefusal::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case OidcRefusal::Nonce:
        return QStringLiteral("nonce");
    case OidcRefusal::Acr:
        return QStringLiteral("acr");
    case OidcRefusal::Replayed:
        return QStringLiteral("replayed");
    case OidcRefusal::Unavailable:
        return QStringLiteral("provider-unavailable");
    }
    return {};
}

} // namespace careportal::server
