// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace careportal::server {

class HttpServer;
class PrivacyStatementStore;
class OrganisationStore;

/// GET /organisation: public, so the app can brand its login screen and show the
/// password rules before anyone has logged in. GET /organisation/privacy-statement:
/// public too — anyone may read how their data is handled before handing it over.
class OrganisationApi {
public:
    OrganisationApi(OrganisationStore &organisation, PrivacyStatementStore &privacy);
    void registerRoutes(HttpServer &server);

private:
    OrganisationStore &m_organisation;
    PrivacyStatementStore &m_privacy;
};

} // namespace careportal::server
