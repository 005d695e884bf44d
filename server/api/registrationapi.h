// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace careportal::server {

class HttpServer;
class RegistrationStore;

/// POST /registrations: "Aanmelden cliëntportaal" (seed 002) without an account: who asks,
/// their relation to the client, and the client. Stored for staff, who approve or reject
/// it with the admin tool. Every field is checked and named in the answer; one address may
/// send a handful an hour.
class RegistrationApi {
public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxPerAddressPerHour = 5;

    explicit RegistrationApi(RegistrationStore &store);
    void registerRoutes(HttpServer &server);

private:
    RegistrationStore &m_store;
};

} // namespace careportal::server
