#pragma once

#include "http/apiresponse.h"
#include "storage/records.h"

namespace careportal::server {

class DeviceRegistry;
class HttpServer;
class SecondFactorService;
class LoginThrottle;
class SessionGuard;
class Store;
class TokenService;

/// POST /auth/login, /auth/refresh, /auth/logout and /auth/logout-everywhere. When the
/// organisation requires a second factor, a login from a device that is not remembered
/// starts a waiting session and answers with the challenge instead of tokens.
class AuthApi {
public:
    AuthApi(Store &store, TokenService &tokens, LoginThrottle &throttle, SessionGuard &guard,
            SecondFactorService &factors, DeviceRegistry &devices);
    void registerRoutes(HttpServer &server);

private:
    [[nodiscard]] ApiResponse startSession(const AccountRecord &account,
                                           const QString &deviceToken);
    [[nodiscard]] ApiResponse challenge(const AccountRecord &account);

    Store &m_store;
    TokenService &m_tokens;
    LoginThrottle &m_throttle;
    SessionGuard &m_guard;
    SecondFactorService &m_factors;
    DeviceRegistry &m_devices;
};

} // namespace careportal::server
