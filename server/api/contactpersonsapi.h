#pragma once

namespace careportal::server {

class ContactStore;
class HttpServer;
class SessionGuard;

/// "Contactpersonen": GET /contact-person-types, and per client GET/POST
/// /clients/{clientId}/contact-persons, GET/PUT/DELETE .../contact-persons/{id}.
/// At most one primary contact person: marking one clears the other (ContactStore).
class ContactPersonsApi {
public:
    ContactPersonsApi(ContactStore &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxPerClient = 50;
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxRemarksLength = 2000;

private:
    void registerReads(HttpServer &server);
    void registerWrites(HttpServer &server);

    ContactStore &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
