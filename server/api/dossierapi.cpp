// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossierapi.h"

#include "dutchtime.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "optionjson.h"
#include "pagequery.h"
#include "sessionguard.h"
#include "storage/dossierstore.h"

#include <QJsonArray>

namespace careportal::server {

namespace {

QJsonValue dateOrNull(const QDate &date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject nameAndPhone(const QString &name, const QString &phone) {
    return {{QLatin1String("name"), name}, {QLatin1String("phone"), phone}};
}

QJsonArray kindsJson(const QList<ReportKind> &kinds) {
    QJsonArray items;
    for (const ReportKind &kind : kinds)
        items.append(QJsonObject{
            {QLatin1String("code"), kind.code},
            {QLatin1String("labels"), bilingual(kind.labelNl, kind.labelEn)},
            {QLatin1String("explanations"), bilingual(kind.explanationNl, kind.explanationEn)}});
    return items;
}

bool isKnownKind(const QList<ReportKind> &kinds, const QString &code) {
    return std::any_of(kinds.cbegin(), kinds.cend(),
                       [&code](const ReportKind &k) { return k.code == code; });
}

} // namespace

DossierApi::DossierApi(DossierStore &store, SessionGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

QJsonObject DossierApi::toJson(const DossierReportRecord &r) {
    return {{QLatin1String("id"), r.id},
            {QLatin1String("kind"), r.kind},
            {QLatin1String("discipline"), r.discipline},
            {QLatin1String("author"), r.author},
            {QLatin1String("writtenAt"), localIso(r.writtenAt)},
            {QLatin1String("title"), r.title},
            {QLatin1String("text"), r.body}};
}

QJsonObject DossierApi::toJson(const DossierRecord &d) {
    return {{QLatin1String("address"), d.address},
            {QLatin1String("postcode"), d.postcode},
            {QLatin1String("city"), d.city},
            {QLatin1String("birthDate"), dateOrNull(d.birthDate)},
            {QLatin1String("generalPractitioner"), nameAndPhone(d.gpName, d.gpPhone)},
            {QLatin1String("pharmacy"), nameAndPhone(d.pharmacyName, d.pharmacyPhone)},
            {QLatin1String("reportsVisibleFrom"), dateOrNull(d.reportsVisibleFrom)}};
}

QJsonObject DossierApi::toJson(const CareGoalRecord &goal) {
    QJsonArray actions;
    for (const CareActionRecord &action : goal.actions)
        actions.append(QJsonObject{{QLatin1String("id"), action.id},
                                   {QLatin1String("description"), action.description},
                                   {QLatin1String("frequency"), action.frequency}});
    return {{QLatin1String("id"), goal.id},
            {QLatin1String("title"), goal.title},
            {QLatin1String("careQuestion"), goal.careQuestion},
            {QLatin1String("actions"), actions}};
}

void DossierApi::registerRoutes(HttpServer &server) {
    server.get("/clients/([^/]+)/dossier",
               [this](const ApiRequest &request) { return overview(request); });
    server.get("/clients/([^/]+)/dossier/reports",
               [this](const ApiRequest &request) { return reports(request); });
    server.get("/clients/([^/]+)/dossier/care-plan",
               [this](const ApiRequest &request) { return carePlan(request); });
}

ApiResponse DossierApi::overview(const ApiRequest &request) {
    return m_guard.forClient(
        request, LinkRight::Dossier,
        [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
            const auto dossier = m_store.dossier(clientId);
            // No dossier is a normal answer, not an error: the portal shows the seed's text.
            if (!dossier)
                return ApiResponse::json(200, {{QLatin1String("available"), false}});
            QJsonArray disciplines;
            for (const LabelledOption &discipline : m_store.disciplines())
                disciplines.append(optionJson(discipline));
            return ApiResponse::json(
                200, {{QLatin1String("available"), true},
                      {QLatin1String("general"), toJson(*dossier)},
                      {QLatin1String("reportKinds"), kindsJson(m_store.reportKinds())},
                      {QLatin1String("disciplines"), disciplines}});
        });
}

ApiResponse DossierApi::reports(const ApiRequest &request) {
    return m_guard.forClient(
        request, LinkRight::Dossier,
        [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
            const auto page = readPageQuery(request, kDefaultPageSize, kMaxPageSize);
            if (const auto *bad = std::get_if<ApiResponse>(&page))
                return *bad;
            const QString kind = request.query.value(QStringLiteral("kind"));
            if (!kind.isEmpty() && !isKnownKind(m_store.reportKinds(), kind))
                return Problem::make(
                    Problem::Code::BadRequest,
                    QStringLiteral("\"kind\" must be one of the dossier's reportKinds."));
            const PageQuery &query = std::get<PageQuery>(page);
            return pageResponse<DossierReportRecord>(
                query.limit,
                [&](int limit) { return m_store.reports(clientId, kind, query.before, limit); },
                [](const DossierReportRecord &r) { return r.writtenAt; },
                [](const DossierReportRecord &r) { return r.id; },
                [](const DossierReportRecord &r) { return toJson(r); });
        });
}

ApiResponse DossierApi::carePlan(const ApiRequest &request) {
    return m_guard.forClient(
        request, LinkRight::Dossier,
        [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
            QJsonArray goals;
            for (const CareGoalRecord &goal : m_store.carePlan(clientId))
                goals.append(toJson(goal));
            return ApiResponse::json(200, {{QLatin1String("goals"), goals}});
        });
}

} // namespace careportal::server
