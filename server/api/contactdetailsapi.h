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

/// "Mijn contactdetails": the client's phone numbers and e-mail addresses.
/// GET/POST /clients/{clientId}/contact-details, PUT/DELETE .../contact-details/{id}.
/// Every item carries its ETag; edits honour If-Match and every write Idempotency-Key.
class ContactDetailsApi {
public:
    ContactDetailsApi(ContactStore &store, SessionGuard &guard, IdempotentWrites &writes);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxPerClient = 20;
    static constexpr int kMaxRemarkLength = 500;

private:
    [[nodiscard]] ApiResponse create(const ApiRequest &request);
    [[nodiscard]] ApiResponse update(const ApiRequest &request);
    [[nodiscard]] ApiResponse remove(const ApiRequest &request);

    ContactStore &m_store;
    SessionGuard &m_guard;
    IdempotentWrites &m_writes;
};

} // namespace careportal::server
