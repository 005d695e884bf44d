// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oidc/oidcsettings.h"

#include <QString>
#include <memory>

namespace careportal::server {

class AccountStore;
class AuthApi;
class Database;
class HttpServer;
class IdTokenValidator;
class JwksCache;
class OidcApi;
class OidcLinkStore;
class OidcReplayStore;
class ProviderKeySource;

/// The parts of the login through the organisation's identity provider, wired: where the
/// keys come from (the provider's discovery and JWKS over HTTPS, or --oidc-jwks-file), their
/// cache, the token check, the replay and link stores, and POST /auth/oidc.
class OidcRuntime {
public:
    OidcRuntime(OidcSettings settings, Database &database, AccountStore &accounts, AuthApi &auth);
    ~OidcRuntime();
    OidcRuntime(const OidcRuntime &) = delete;
    OidcRuntime &operator=(const OidcRuntime &) = delete;

    /// Checks the settings' files and notes the issuer for the admin tool.
    [[nodiscard]] bool start(QString *errorMessage);
    void registerRoutes(HttpServer &server);

private:
    OidcSettings m_settings;
    std::unique_ptr<OidcLinkStore> m_links;
    std::unique_ptr<OidcReplayStore> m_replays;
    std::unique_ptr<ProviderKeySource> m_source;
    std::unique_ptr<JwksCache> m_keys;
    std::unique_ptr<IdTokenValidator> m_validator;
    std::unique_ptr<OidcApi> m_api;
};

} // namespace careportal::server
