// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/attemptgate.h"

namespace careportal::server {

class HttpServer;
class SessionGuard;
class AccountStore;
class BusinessStore;
class SessionStore;
class TokenService;

/// GET /me and POST /account/password: both open while a password change is pending,
/// because they are exactly what the forced-change screen needs. /me tells the account's
/// kind: a client-portal account with its clients, or a business contact with the
/// organisations it may use the portal of and its rights there (seed 004).
/// A session may get the current password wrong kMaxWrongCurrentPassword times; the attempt
/// that reaches the limit revokes the token, so a stolen token cannot guess on for ever.
/// Attempts with one token run one at a time (AttemptGate), so parallel guesses count too.
class AccountApi {
public:
    static constexpr int kMaxWrongCurrentPassword = 5;

    AccountApi(AccountStore &accounts, SessionStore &sessions, TokenService &tokens,
               SessionGuard &guard, BusinessStore &business, int turnWaitMs = 2000);
    void registerRoutes(HttpServer &server);

private:
    AccountStore &m_accounts;
    SessionStore &m_sessions;
    TokenService &m_tokens;
    SessionGuard &m_guard;
    BusinessStore &m_business;
    int m_turnWaitMs;
    AttemptGate m_gate;
};

} // namespace careportal::server
