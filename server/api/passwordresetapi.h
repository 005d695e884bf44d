// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"

namespace careportal::server {

class HttpServer;
class PasswordResetService;

/// "Wachtwoord vergeten?" without a session:
///   POST /auth/password-reset          {username, email} → 202, whatever the account
///   POST /auth/password-reset/confirm  {username, code, newPassword} → 204, or 422
///                                      reset-code-invalid / password-policy
class PasswordResetApi {
public:
    explicit PasswordResetApi(PasswordResetService &service);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxFieldLength = 254;

private:
    [[nodiscard]] ApiResponse request(const ApiRequest &request);
    [[nodiscard]] ApiResponse confirm(const ApiRequest &request);

    PasswordResetService &m_service;
};

} // namespace careportal::server
