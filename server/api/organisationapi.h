#pragma once

namespace careportal::server {

class HttpServer;
class Store;

/// GET /organisation: public, so the app can brand its login screen and show the
/// password rules before anyone has logged in.
class OrganisationApi {
public:
    explicit OrganisationApi(Store &store);
    void registerRoutes(HttpServer &server);

private:
    Store &m_store;
};

} // namespace careportal::server
