// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <QJsonObject>

namespace careportal::server {

class AccessLogStore;
class HttpServer;
class SessionGuard;

/// "Wie heeft mijn gegevens ingezien": GET /clients/{clientId}/access-log?from=&to= — the
/// NEN 7513 log of the client's data, newest first, a page at a time, for a period of at
/// most a year (default: the last 30 days, Dutch dates). Reading the log is itself logged.
class AccessLogApi {
public:
    AccessLogApi(AccessLogStore &store, SessionGuard &guard);
    void registerRoutes(HttpServer &server);

    static constexpr int kDefaultPageSize = 50;
    static constexpr int kMaxPageSize = 200;
    static constexpr int kDefaultDays = 30;
    static constexpr int kMaxDays = 366;

    [[nodiscard]] static QJsonObject toJson(const AccessLogRecord &entry);

private:
    [[nodiscard]] ApiResponse list(const ApiRequest &request);

    AccessLogStore &m_store;
    SessionGuard &m_guard;
};

} // namespace careportal::server
