#pragma once

#include "storage/records.h"

#include <QJsonObject>

namespace careportal::server {

class ContactRequestStore;
class HttpServer;
class SessionGuard;

/// "Contact zorgorganisatie": GET /contact-request-subjects, and per client
/// GET/POST /clients/{clientId}/contact-requests (newest first, cursor paging) and
/// GET/PUT/DELETE .../contact-requests/{id}. Only open requests can be changed or deleted;
/// staff answer them with `careportal-server admin answer-request`.
class ContactRequestsApi {
public:
    ContactRequestsApi(ContactRequestStore &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxMessageLength = 4000;
    static constexpr int kMaxOpenPerClient = 50;
    static constexpr int kDefaultPageSize = 10;
    static constexpr int kMaxPageSize = 50;

    [[nodiscard]] static QJsonObject toJson(const ContactRequestRecord &request);

private:
    void registerReads(HttpServer &server);
    void registerWrites(HttpServer &server);

    ContactRequestStore &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
