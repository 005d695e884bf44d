// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apiresponse.h"
#include "storage/records.h"

#include <optional>

namespace careportal::server {

class DeviceRegistry;
class HttpServer;
class SecondFactorService;
class LoginThrottle;
class SessionGuard;
class AccountStore;
class BusinessStore;
class SessionStore;
class TokenService;
struct ApiRequest;
struct AuthenticatedSession;

/// POST /auth/login, /auth/second-factor, /auth/refresh, /auth/logout and
/// /auth/logout-everywhere. When the organisation requires a second factor, a login from a
/// device that is not remembered starts a waiting session and answers with the challenge
/// instead of tokens; the code that completes it goes through the same lockout as the
/// password (LoginThrottle), so wrong codes lock the account as wrong passwords do.
/// A business contact without "Medewerker klantportaal" at any organisation is refused
/// after the right password with `no-portal-access` (seed 004).
class AuthApi {
public:
    AuthApi(AccountStore &accounts, SessionStore &sessions, TokenService &tokens,
            LoginThrottle &throttle, SessionGuard &guard, SecondFactorService &factors,
            DeviceRegistry &devices, BusinessStore &business, bool passwordLogin = true);
    void registerRoutes(HttpServer &server);

    /// The refusal of an account that proved who it is (right password, or an ID token
    /// from the identity provider): disabled, or a business contact without portal access.
    [[nodiscard]] std::optional<ApiResponse> refusalFor(const AccountRecord &account);
    /// A full session without a second factor, as /auth/login answers it: for a login whose
    /// provider did the second factor itself (OidcApi, LoginMethod::Oidc: its answer and its
    /// refreshes say mustChangePassword false, the provider having vouched for the user).
    [[nodiscard]] ApiResponse sessionFor(const AccountRecord &account, const QString &deviceId,
                                         LoginMethod loginMethod);

private:
    [[nodiscard]] ApiResponse startSession(const AccountRecord &account,
                                           const QString &deviceToken);
    [[nodiscard]] ApiResponse challenge(const AccountRecord &account);
    [[nodiscard]] ApiResponse login(const ApiRequest &request);
    [[nodiscard]] ApiResponse completeFactor(const ApiRequest &request,
                                             const AuthenticatedSession &session);
    [[nodiscard]] ApiResponse issueAfterFactor(const ApiRequest &request,
                                               const AuthenticatedSession &session);

    AccountStore &m_accounts;
    SessionStore &m_sessions;
    TokenService &m_tokens;
    LoginThrottle &m_throttle;
    SessionGuard &m_guard;
    SecondFactorService &m_factors;
    DeviceRegistry &m_devices;
    BusinessStore &m_business;
    bool m_passwordLogin;
};

} // namespace careportal::server
