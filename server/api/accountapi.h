#pragma once

namespace careportal::server {

class HttpServer;
class SessionGuard;
class Store;

/// GET /me and POST /account/password: both open while a password change is pending,
/// because they are exactly what the forced-change screen needs.
class AccountApi {
public:
    AccountApi(Store &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

private:
    Store &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
