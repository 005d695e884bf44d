// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oidc/oidcsettings.h"

#include <QJsonObject>

namespace careportal::server {

class HttpServer;
class PrivacyStatementStore;
class OrganisationStore;

/// GET /organisation: public, so the app can brand its login screen and show the
/// password rules before anyone has logged in. GET /organisation/privacy-statement:
/// public too — anyone may read how their data is handled before handing it over.
class OrganisationApi {
public:
    /// How people log in, as /organisation's `login` tells the app: the organisation's own
    /// passwords, its OpenID Connect provider, or both.
    struct Login {
        bool password = true;
        OidcSettings oidc;
    };

    OrganisationApi(OrganisationStore &organisation, PrivacyStatementStore &privacy, Login login);
    void registerRoutes(HttpServer &server);

private:
    [[nodiscard]] QJsonObject loginJson() const;

    OrganisationStore &m_organisation;
    PrivacyStatementStore &m_privacy;
    Login m_login;
};

} // namespace careportal::server
