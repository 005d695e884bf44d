// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"

#include <optional>

namespace careportal::server {

class DeviceRegistry;
class HttpServer;
class LoginThrottle;
class SecondFactorService;
class SessionGuard;
class OrganisationStore;
class SessionStore;
class TokenService;
struct AuthenticatedSession;

/// The second factor's resend after login (the code itself goes to AuthApi), the account's factor
/// settings (authenticator app, phone number; changes need the current password and a
/// current code) and its remembered devices (/account/devices).
class SecondFactorApi {
public:
    SecondFactorApi(OrganisationStore &organisation, SessionStore &sessions, TokenService &tokens,
                    SessionGuard &guard, SecondFactorService &factors, DeviceRegistry &devices,
                    LoginThrottle &throttle);
    void registerRoutes(HttpServer &server);

private:
    void registerLogin(HttpServer &server);
    void registerSettings(HttpServer &server);
    void registerDevices(HttpServer &server);
    /// The problem to answer unless `request` carries the current password and, where one
    /// is needed, a current code.
    [[nodiscard]] std::optional<ApiResponse> stepUp(const ApiRequest &request,
                                                    const AuthenticatedSession &session);
    /// The code part of stepUp(), counted in the account's lockout like a login's code.
    [[nodiscard]] std::optional<ApiResponse> stepUpCode(const ApiRequest &request,
                                                        const AuthenticatedSession &session);

    OrganisationStore &m_organisation;
    SessionStore &m_sessions;
    TokenService &m_tokens;
    SessionGuard &m_guard;
    SecondFactorService &m_factors;
    DeviceRegistry &m_devices;
    LoginThrottle &m_throttle;
};

} // namespace careportal::server
