#pragma once

namespace careportal::server {

class HttpServer;
class LoginThrottle;
class SessionGuard;
class Store;
class TokenService;

/// POST /auth/login and /auth/logout.
class AuthApi {
public:
    AuthApi(Store &store, TokenService &tokens, LoginThrottle &throttle, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

private:
    Store &m_store;
    TokenService &m_tokens;
    LoginThrottle &m_throttle;
    SessionGuard &m_guard;
};

} // namespace careportal::server
