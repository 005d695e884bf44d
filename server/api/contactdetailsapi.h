#pragma once

namespace careportal::server {

class ContactStore;
class HttpServer;
class SessionGuard;

/// "Mijn contactdetails": the client's phone numbers and e-mail addresses.
/// GET/POST /clients/{clientId}/contact-details, PUT/DELETE .../contact-details/{id}.
class ContactDetailsApi {
public:
    ContactDetailsApi(ContactStore &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxPerClient = 20;
    static constexpr int kMaxRemarkLength = 500;

private:
    ContactStore &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
