// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <QJsonObject>

namespace careportal::server {

class DossierStore;
class HttpServer;
class SessionGuard;

/// "Cliëntdossier" (seed 003), read-only for the client and their representatives:
///   GET /clients/{clientId}/dossier            whether there is one, the general data
///                                              ("Gegevens"), report kinds and disciplines
///   GET /clients/{clientId}/dossier/reports    newest first, cursor paging, ?kind= filter
///   GET /clients/{clientId}/dossier/care-plan  goals ("Doelen") with their actions
/// Texts are plain text; the app must show them as such. Staff add reports and the care
/// plan with `careportal-server admin`; nothing of the dossier can be deleted from the
/// portal (seed 002).
class DossierApi {
public:
    DossierApi(DossierStore &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    static constexpr int kDefaultPageSize = 20;
    static constexpr int kMaxPageSize = 50;

    [[nodiscard]] static QJsonObject toJson(const DossierReportRecord &report);
    [[nodiscard]] static QJsonObject toJson(const DossierRecord &dossier);
    [[nodiscard]] static QJsonObject toJson(const CareGoalRecord &goal);

private:
    [[nodiscard]] ApiResponse overview(const ApiRequest &request);
    [[nodiscard]] ApiResponse reports(const ApiRequest &request);
    [[nodiscard]] ApiResponse carePlan(const ApiRequest &request);

    DossierStore &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
