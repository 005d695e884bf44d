// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absencesapi.h"

#include "absenceperiod.h"
#include "dutchcalendar.h"
#include "dutchtime.h"
#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "optionjson.h"
#include "sessionguard.h"
#include "storage/absencestore.h"
#include "storage/organisationstore.h"
#include "storage/visitstore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace careportal::server {

namespace {

using Issue = ContactValidation::Issue;

QDate parseDate(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

QTime parseTime(const QString &text) {
    static const QRegularExpression shape(QStringLiteral("^\\d{2}:\\d{2}$"));
    return shape.match(text).hasMatch() ? QTime::fromString(text, QStringLiteral("HH:mm"))
                                        : QTime();
}

QDate today() {
    return QDateTime::currentDateTimeUtc().toTimeZone(amsterdam()).date();
}

// Reads and checks the body; the 422 to send when something is wrong.
std::optional<ApiResponse> readBody(const QJsonObject &body, const QList<LabelledOption> &types,
                                    AbsenceRecord &report) {
    FieldCheck check(body);
    report.type = check.text(QStringLiteral("type"));
    const QString start = check.text(QStringLiteral("startDate"));
    const QString end = check.text(QStringLiteral("endDate"));
    report.wholeDay = body.value(QLatin1String("wholeDay")).toBool(true);
    report.startDate = parseDate(start);
    report.endDate = parseDate(end);
    const bool knownType = std::any_of(types.cbegin(), types.cend(), [&](const LabelledOption &t) {
        return t.code == report.type;
    });
    if (!knownType)
        check.add(QStringLiteral("type"),
                  report.type.isEmpty() ? Issue::Required : Issue::UnknownOption);
    const QDate first = today();
    if (!report.startDate.isValid() || report.startDate < first ||
        report.startDate > first.addDays(AbsencesApi::kMaxDaysAhead))
        check.add(QStringLiteral("startDate"),
                  start.isEmpty() ? Issue::Required : Issue::UnknownOption);
    if (!end.isEmpty() && (!report.endDate.isValid() || report.endDate < report.startDate ||
                           report.startDate.daysTo(report.endDate) > AbsencesApi::kMaxDaysAhead))
        check.add(QStringLiteral("endDate"), Issue::UnknownOption);
    if (!report.wholeDay) {
        report.startTime = parseTime(check.text(QStringLiteral("startTime")));
        report.endTime = parseTime(check.text(QStringLiteral("endTime")));
        // Times belong to one day only.
        if (report.endDate != report.startDate)
            check.add(QStringLiteral("endDate"), Issue::UnknownOption);
        if (!report.startTime.isValid())
            check.add(QStringLiteral("startTime"), Issue::Required);
        if (!report.endTime.isValid() ||
            (report.startTime.isValid() && report.endTime <= report.startTime))
            check.add(QStringLiteral("endTime"), Issue::UnknownOption);
    }
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace

AbsencesApi::AbsencesApi(OrganisationStore &organisation, VisitStore &visits,
                         AbsenceStore &absences, SessionGuard &guard, IdempotentWrites &writes,
                         int maxUnprocessed)
    : m_organisation(organisation)
    , m_visits(visits)
    , m_absences(absences)
    , m_guard(guard)
    , m_writes(writes)
    , m_maxUnprocessed(maxUnprocessed) {}

QJsonObject AbsencesApi::toJson(const AbsenceRecord &r) {
    QJsonObject json{{QLatin1String("id"), r.id},
                     {QLatin1String("type"), r.type},
                     {QLatin1String("startDate"), r.startDate.toString(Qt::ISODate)},
                     {QLatin1String("endDate"), r.endDate.isValid()
                                                    ? QJsonValue(r.endDate.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                     {QLatin1String("wholeDay"), r.wholeDay},
                     {QLatin1String("late"), r.late},
                     {QLatin1String("status"),
                      r.processed ? QStringLiteral("processed") : QStringLiteral("submitted")},
                     {QLatin1String("createdAt"), localIso(r.createdAt)}};
    if (!r.wholeDay) {
        json.insert(QLatin1String("startTime"), r.startTime.toString(QStringLiteral("HH:mm")));
        json.insert(QLatin1String("endTime"), r.endTime.toString(QStringLiteral("HH:mm")));
    }
    if (r.processed)
        json.insert(QLatin1String("processedAt"), localIso(r.processedAt));
    return json;
}

void AbsencesApi::registerRoutes(HttpServer &server) {
    server.get("/absence-types", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full, [&](const AuthenticatedSession &) -> ApiResponse {
                return ApiResponse::json(200, optionListJson(m_absences.types()));
            });
    });

    server.get("/clients/([^/]+)/absences", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::Absences,
            [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
                QJsonArray items;
                for (const AbsenceRecord &report : m_absences.reports(clientId))
                    items.append(toJson(report));
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });

    server.postJson("/clients/([^/]+)/absences",
                    [this](const ApiRequest &request) { return create(request); });
}

ApiResponse AbsencesApi::create(const ApiRequest &request) {
    return m_writes.runForClient(
        m_guard, request, LinkRight::Absences,
        [&](const QString &accountId) { return insert(request, accountId); });
}

ApiResponse AbsencesApi::insert(const ApiRequest &request, const QString &accountId) {
    AbsenceRecord report;
    if (auto problem = readBody(request.json, m_absences.types(), report))
        return *problem;
    report.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    report.clientId = request.pathParams[0];
    report.accountId = accountId;
    report.createdAt = QDateTime::currentDateTimeUtc();

    // Late when today is past the deadline of the first visit the absence touches (or of
    // its first day when it touches none).
    const auto range = absenceUtcRange(report, report.startDate.addDays(kOpenEndLookaheadDays));
    const QList<AppointmentRecord> affected =
        m_visits.appointments(report.clientId, range.first, range.second);
    const int noticeDays =
        m_organisation.organisation().value_or(OrganisationRecord{}).absenceNoticeDays;
    const QDate firstDay = affected.isEmpty()
                               ? report.startDate
                               : affected.first().start.toTimeZone(amsterdam()).date();
    const QDate deadline = DutchCalendar::noticeDeadline(firstDay, noticeDays);
    report.late = today() > deadline;
    switch (m_absences.insert(report, m_maxUnprocessed)) {
    case AbsenceStore::Insert::LimitReached:
        return Problem::make(
            Problem::Code::LimitReached,
            QStringLiteral("At most %1 absence reports that the organisation has not processed "
                           "yet; call the organisation.")
                .arg(m_maxUnprocessed));
    case AbsenceStore::Insert::Failed:
        return Problem::make(Problem::Code::Internal);
    case AbsenceStore::Insert::Stored:
        break;
    }

    QJsonObject json = toJson(report);
    json.insert(QLatin1String("deadline"), deadline.toString(Qt::ISODate));
    QJsonArray visits;
    for (const AppointmentRecord &visit : affected)
        visits.append(QJsonObject{{QLatin1String("id"), visit.id},
                                  {QLatin1String("start"), localIso(visit.start)},
                                  {QLatin1String("end"), localIso(visit.end)},
                                  {QLatin1String("helpType"), visit.helpType},
                                  {QLatin1String("carerName"), visit.carerName}});
    json.insert(QLatin1String("affectedVisits"), visits);
    return ApiResponse::json(201, json);
}

} // namespace careportal::server
