// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactdetailsapi.h"

#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "sessionguard.h"
#include "storage/contactstore.h"

#include <QJsonArray>
#include <QUuid>

namespace careportal::server {

namespace {

QJsonObject toJson(const ContactDetailRecord &d) {
    return EntityTag::tagged({{QLatin1String("id"), d.id},
                              {QLatin1String("kind"), d.kind},
                              {QLatin1String("value"), d.value},
                              {QLatin1String("remark"), d.remark}});
}

// Reads and checks a body into `detail`; the 422 to send when something is wrong.
std::optional<ApiResponse> readBody(const QJsonObject &body, ContactDetailRecord &detail) {
    FieldCheck check(body);
    detail.kind = check.text(QStringLiteral("kind"));
    detail.value = check.text(QStringLiteral("value"));
    detail.remark = check.text(QStringLiteral("remark"));
    if (!ContactDetailKinds::isKnown(detail.kind))
        check.add(QStringLiteral("kind"), detail.kind.isEmpty()
                                              ? ContactValidation::Issue::Required
                                              : ContactValidation::Issue::UnknownOption);
    else
        check.add(QStringLiteral("value"),
                  ContactDetailKinds::checkValue(detail.kind, detail.value),
                  ContactDetailKinds::isEmail(detail.kind) ? ContactValidation::kEmailMaxLength
                                                           : ContactValidation::kPhoneMaxLength);
    check.add(
        QStringLiteral("remark"),
        ContactValidation::checkLine(detail.remark, ContactDetailsApi::kMaxRemarkLength, false),
        ContactDetailsApi::kMaxRemarkLength);
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace

ContactDetailsApi::ContactDetailsApi(ContactStore &store, SessionGuard &guard,
                                     IdempotentWrites &writes)
    : m_store(store)
    , m_guard(guard)
    , m_writes(writes) {}

void ContactDetailsApi::registerRoutes(HttpServer &server) {
    server.get("/clients/([^/]+)/contact-details", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::ContactDetails,
            [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
                QJsonArray items;
                for (const ContactDetailRecord &detail : m_store.contactDetails(clientId))
                    items.append(toJson(detail));
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });
    server.postJson("/clients/([^/]+)/contact-details", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactDetails,
                                     [&](const QString &) { return create(request); });
    });
    server.putJson("/clients/([^/]+)/contact-details/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactDetails,
                                     [&](const QString &) { return update(request); });
    });
    server.remove("/clients/([^/]+)/contact-details/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactDetails,
                                     [&](const QString &) { return remove(request); });
    });
}

ApiResponse ContactDetailsApi::create(const ApiRequest &request) {
    ContactDetailRecord detail;
    if (auto problem = readBody(request.json, detail))
        return *problem;
    detail.clientId = request.pathParams[0];
    if (m_store.contactDetails(detail.clientId).size() >= kMaxPerClient)
        return Problem::make(Problem::Code::LimitReached,
                             QStringLiteral("At most %1 contact details.").arg(kMaxPerClient));
    detail.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_store.insertContactDetail(detail))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(201, toJson(detail));
}

ApiResponse ContactDetailsApi::update(const ApiRequest &request) {
    ContactDetailRecord detail;
    if (auto problem = readBody(request.json, detail))
        return *problem;
    detail.clientId = request.pathParams[0];
    detail.id = request.pathParams[1];
    const auto current = m_store.contactDetail(detail.clientId, detail.id);
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*current)))
        return *stale;
    if (!m_store.updateContactDetail(detail))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(200, toJson(detail));
}

ApiResponse ContactDetailsApi::remove(const ApiRequest &request) {
    const auto current = m_store.contactDetail(request.pathParams[0], request.pathParams[1]);
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*current)))
        return *stale;
    if (!m_store.deleteContactDetail(request.pathParams[0], request.pathParams[1]))
        return Problem::make(Problem::Code::NotFound);
    return ApiResponse::noContent();
}

} // namespace careportal::server
