#include "appointmentsapi.h"

#include "dutchtime.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/store.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace careportal::server {

namespace {

QDate parseDate(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

} // namespace

AppointmentsApi::AppointmentsApi(Store &store, SessionGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

void AppointmentsApi::registerRoutes(HttpServer &server) {
    server.get("/clients/([^/]+)/appointments", [this](const ApiRequest &request) {
        // Unknown and forbidden clients look the same (404): no hint that an id exists.
        const auto result = m_guard.authenticateForClient(request);
        if (const auto *failure = std::get_if<ApiResponse>(&result))
            return *failure;
        const QString clientId = request.pathParams.value(0);

        const QDate from = parseDate(request.query.value(QStringLiteral("from")));
        const QDate to = parseDate(request.query.value(QStringLiteral("to")));
        if (!from.isValid() || !to.isValid())
            return Problem::make(
                Problem::Code::BadRequest,
                QStringLiteral("\"from\" and \"to\" must be dates as YYYY-MM-DD."));
        if (to < from || from.daysTo(to) > kMaxSpanDays)
            return Problem::make(Problem::Code::BadRequest,
                                 QStringLiteral("\"to\" must be on or after \"from\" and at most "
                                                "%1 days later.")
                                     .arg(kMaxSpanDays));

        const QDateTime fromUtc = QDateTime(from, QTime(0, 0), amsterdam()).toUTC();
        const QDateTime toUtc = QDateTime(to.addDays(1), QTime(0, 0), amsterdam()).toUTC();
        QJsonArray items;
        for (const AppointmentRecord &a : m_store.appointments(clientId, fromUtc, toUtc))
            items.append(QJsonObject{{QLatin1String("id"), a.id},
                                     {QLatin1String("start"), localIso(a.start)},
                                     {QLatin1String("end"), localIso(a.end)},
                                     {QLatin1String("helpType"), a.helpType},
                                     {QLatin1String("carerName"), a.carerName}});
        return EntityTag::conditional(
            request, ApiResponse::json(200, {{QLatin1String("clientId"), clientId},
                                             {QLatin1String("from"), from.toString(Qt::ISODate)},
                                             {QLatin1String("to"), to.toString(Qt::ISODate)},
                                             {QLatin1String("appointments"), items}}));
    });
}

} // namespace careportal::server
