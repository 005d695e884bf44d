// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "httpsfetcher.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace careportal::server {

/// The provider's public keys as its discovery document names them: GET
/// `<issuer>/.well-known/openid-configuration`, check that it speaks for the configured
/// issuer, then GET its `jwks_uri`. The discovery answer is kept, so a key rotation costs
/// one request. JwksCache decides when to ask.
class ProviderKeySource {
public:
    ProviderKeySource(QString issuer, HttpsFetcher fetcher);

    /// The JWKS document; nullopt when the provider cannot be reached or answers nonsense.
    [[nodiscard]] std::optional<QByteArray> fetchKeys();

private:
    QString m_issuer;
    HttpsFetcher m_fetcher;
    QUrl m_jwksUri;
};

} // namespace careportal::server
