// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apiresponse.h"
#include "oidc/oidcsettings.h"

#include <QDateTime>
#include <functional>

namespace careportal::server {

class AccountStore;
class AuthApi;
class HttpServer;
class IdTokenValidator;
class OidcLinkStore;
class OidcReplayStore;
struct ApiRequest;

/// POST /auth/oidc: the app logged in at the organisation's identity provider and sends the
/// ID token it got, with the nonce it sent. The token is checked (IdTokenValidator, then
/// OidcReplayStore), its (issuer, sub) leads to the linked account (or, where allowed, the
/// one account with its verified e-mail address, which is then linked), and the answer is
/// the session /auth/login gives, from AuthApi. Never a second-factor challenge: the
/// provider did that. Every refusal names its reason in the problem and in the request log.
class OidcApi {
public:
    using Clock = std::function<QDateTime()>;

    struct Parts {
        IdTokenValidator *validator = nullptr; ///< null when OpenID Connect is off
        OidcReplayStore &replays;
        OidcLinkStore &links;
        AccountStore &accounts;
        AuthApi &auth;
    };

    OidcApi(
        OidcSettings settings, Parts parts,
        Clock clock = [] { return QDateTime::currentDateTimeUtc(); });
    void registerRoutes(HttpServer &server);

private:
    [[nodiscard]] ApiResponse login(const ApiRequest &request);
    /// The account of the token's subject, linking it by e-mail where that is allowed; empty
    /// when there is none.
    [[nodiscard]] QString accountOf(const QJsonObject &claims, bool *failed);

    OidcSettings m_settings;
    Parts m_parts;
    Clock m_clock;
};

} // namespace careportal::server
