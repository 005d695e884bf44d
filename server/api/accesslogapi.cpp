// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accesslogapi.h"

#include "dutchtime.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "pagequery.h"
#include "sessionguard.h"
#include "storage/accesslogstore.h"

namespace careportal::server {

namespace {

QDate dateParam(const ApiRequest &request, const char *name, const QDate &fallback, bool *ok) {
    const QString text = request.query.value(QString::fromLatin1(name));
    if (text.isEmpty())
        return fallback;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    *ok = *ok && date.isValid();
    return date;
}

} // namespace

AccessLogApi::AccessLogApi(AccessLogStore &store, SessionGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

QJsonObject AccessLogApi::toJson(const AccessLogRecord &e) {
    return {{QLatin1String("id"), QString::number(e.id)},
            {QLatin1String("at"), localIso(e.at)},
            {QLatin1String("event"), e.event},
            {QLatin1String("user"), e.userName},
            {QLatin1String("role"), e.role},
            {QLatin1String("onBehalfOf"), e.onBehalfOf},
            {QLatin1String("device"), e.device},
            {QLatin1String("address"), e.address},
            {QLatin1String("object"), e.object}};
}

void AccessLogApi::registerRoutes(HttpServer &server) {
    server.get("/clients/([^/]+)/access-log",
               [this](const ApiRequest &request) { return list(request); });
}

ApiResponse AccessLogApi::list(const ApiRequest &request) {
    return m_guard.forClient(
        request, LinkRight::AccessLog,
        [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
            const auto page = readPageQuery(request, kDefaultPageSize, kMaxPageSize);
            if (const auto *bad = std::get_if<ApiResponse>(&page))
                return *bad;
            const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(amsterdam()).date();
            bool ok = true;
            const QDate to = dateParam(request, "to", today, &ok);
            const QDate from = dateParam(request, "from", to.addDays(-(kDefaultDays - 1)), &ok);
            if (!ok || to < from || from.daysTo(to) >= kMaxDays)
                return Problem::make(
                    Problem::Code::BadRequest,
                    QStringLiteral("\"from\" and \"to\" must be dates as YYYY-MM-DD, "
                                   "\"to\" on or after \"from\", at most %1 days.")
                        .arg(kMaxDays));
            // Whole Dutch days: from 00:00 on `from` to 00:00 after `to`.
            const QDateTime fromUtc = QDateTime(from, QTime(0, 0), amsterdam()).toUTC();
            const QDateTime toUtc = QDateTime(to.addDays(1), QTime(0, 0), amsterdam()).toUTC();
            const PageQuery &query = std::get<PageQuery>(page);
            return pageResponse<AccessLogRecord>(
                query.limit,
                [&](int limit) {
                    return m_store.entries(clientId, fromUtc, toUtc, query.before, limit);
                },
                [](const AccessLogRecord &e) { return e.at; },
                [](const AccessLogRecord &e) { return QString::number(e.id); },
                &AccessLogApi::toJson);
        });
}

} // namespace careportal::server
