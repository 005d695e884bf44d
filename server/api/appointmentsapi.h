// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "planningcache.h"

#include <QDate>

namespace careportal::server {

class HttpServer;
class SessionGuard;
class VisitStore;

/// GET /clients/{clientId}/appointments?from&to: the planning, with an ETag so the app's
/// periodic refresh costs a 304 when nothing changed.
class AppointmentsApi {
public:
    AppointmentsApi(VisitStore &visits, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    /// Longest accepted to − from, in days: a year and a bit, what the planning view pages.
    static constexpr int kMaxSpanDays = 400;

private:
    [[nodiscard]] ApiResponse render(const QString &clientId, const QDate &from, const QDate &to);

    VisitStore &m_visits;
    SessionGuard &m_guard;
    PlanningCache m_cache;
};

} // namespace careportal::server
