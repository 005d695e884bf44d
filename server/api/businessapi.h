// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace careportal::server {

class BusinessGuard;
class BusinessStore;
class HttpServer;

/// "Mijn gegevens" of a business contact (seed 004), read-only: the organisation ("Mijn
/// organisatie"), the contact's own details ("Mijn contactgegevens"), the colleagues ("Mijn
/// contactpersonen") and the function list. Every route is under
/// /business/organisations/{orgId} and passes BusinessGuard. A medewerker sees colleagues'
/// work details; their date of birth, gender and addresses only a beheerder sees.
class BusinessApi {
public:
    BusinessApi(BusinessStore &store, BusinessGuard &guard);
    void registerRoutes(HttpServer &server);

private:
    BusinessStore &m_store;
    BusinessGuard &m_guard;
};

} // namespace careportal::server
