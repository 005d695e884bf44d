// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"

namespace careportal::server {

class ContactStore;
class HttpServer;
class IdempotentWrites;
class SessionGuard;

/// "Contactpersonen": GET /contact-person-types, and per client GET/POST
/// /clients/{clientId}/contact-persons, GET/PUT/DELETE .../contact-persons/{id}.
/// At most one primary contact person: marking one clears the other (ContactStore).
/// Every item carries its ETag; edits honour If-Match and every write Idempotency-Key.
class ContactPersonsApi {
public:
    ContactPersonsApi(ContactStore &store, SessionGuard &guard, IdempotentWrites &writes);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxPerClient = 50;
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxRemarksLength = 2000;

private:
    void registerReads(HttpServer &server);
    void registerWrites(HttpServer &server);
    [[nodiscard]] ApiResponse create(const ApiRequest &request);
    [[nodiscard]] ApiResponse update(const ApiRequest &request);
    [[nodiscard]] ApiResponse remove(const ApiRequest &request);

    ContactStore &m_store;
    SessionGuard &m_guard;
    IdempotentWrites &m_writes;
};

} // namespace careportal::server
