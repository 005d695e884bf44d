// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "appointmentsapi.h"

#include "dutchtime.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/visitstore.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace careportal::server {

namespace {

QDate parseDate(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

AppointmentsApi::AppointmentsApi(VisitStore &visits, SessionGuard &guard)
    : m_visits(visits)
    , m_guard(guard)
    , m_cache(visits) {}

void AppointmentsApi::registerRoutes(HttpServer &server) {
    server.get("/clients/([^/]+)/appointments", [this](const ApiRequest &request) {
        // Unknown and forbidden clients look the same (404): no hint that an id exists.
        return m_guard.forClient(
            request, LinkRight::Planning,
            [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
                const QDate from = parseDate(request.query.value(QStringLiteral("from")));
                const QDate to = parseDate(request.query.value(QStringLiteral("to")));
                if (!from.isValid() || !to.isValid())
                    return Problem::make(
                        Problem::Code::BadRequest,
                        QStringLiteral("\"from\" and \"to\" must be dates as YYYY-MM-DD."));
                if (to < from || from.daysTo(to) > kMaxSpanDays)
                    return Problem::make(
                        Problem::Code::BadRequest,
                        QStringLiteral("\"to\" must be on or after \"from\" and at most "
                                       "%1 days later.")
                            .arg(kMaxSpanDays));

                const QString period = from.toString(Qt::ISODate) + u'/' + to.toString(Qt::ISODate);
                auto answer =
                    m_cache.answer(clientId, period, [&] { return render(clientId, from, to); });
                return EntityTag::conditional(request, std::move(answer.response), answer.etag);
            });
    });
}

ApiResponse AppointmentsApi::render(const QString &clientId, const QDate &from, const QDate &to) {
    const QDateTime fromUtc = QDateTime(from, QTime(0, 0), amsterdam()).toUTC();
    const QDateTime toUtc = QDateTime(to.addDays(1), QTime(0, 0), amsterdam()).toUTC();
    QJsonArray items;
    for (const AppointmentRecord &a : m_visits.appointments(clientId, fromUtc, toUtc))
        items.append(QJsonObject{{QLatin1String("id"), a.id},
                                 {QLatin1String("start"), localIso(a.start)},
                                 {QLatin1String("end"), localIso(a.end)},
                                 {QLatin1String("helpType"), a.helpType},
                                 {QLatin1String("carerName"), a.carerName}});
    return ApiResponse::json(200, {{QLatin1String("clientId"), clientId},
                                   {QLatin1String("from"), from.toString(Qt::ISODate)},
                                   {QLatin1String("to"), to.toString(Qt::ISODate)},
                                   {QLatin1String("appointments"), items}});
}

} // namespace careportal::server
