// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessapi.h"

#include "businessguard.h"
#include "businessjson.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "optionjson.h"
#include "storage/businessstore.h"

#include <QJsonArray>

namespace careportal::server {

namespace {

using Need = BusinessGuard::Need;

} // namespace

BusinessApi::BusinessApi(BusinessStore &store, BusinessGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

void BusinessApi::registerRoutes(HttpServer &server) {
    server.get("/business/organisations/([^/]+)", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) -> ApiResponse {
                const auto customer = m_store.customer(self.customerId);
                if (!customer)
                    return Problem::make(Problem::Code::NotFound);
                return EntityTag::conditional(
                    request, ApiResponse::json(200, businessjson::customer(*customer)));
            });
    });

    server.get("/business/organisations/([^/]+)/contact", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) {
                return EntityTag::conditional(
                    request, ApiResponse::json(200, businessjson::contact(self, true)));
            });
    });

    server.get("/business/organisations/([^/]+)/functions", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(request, Need::Contact, [&](const BusinessContactRecord &) {
            return ApiResponse::json(200, optionListJson(m_store.functions()));
        });
    });

    server.get("/business/organisations/([^/]+)/colleagues", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) {
                QJsonArray items;
                for (const BusinessContactRecord &colleague : m_store.contacts(self.customerId))
                    items.append(businessjson::contact(colleague, self.rights.administrator ||
                                                                      colleague.id == self.id));
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });

    server.get(
        "/business/organisations/([^/]+)/colleagues/([^/]+)", [this](const ApiRequest &request) {
            return m_guard.forOrganisation(
                request, Need::Contact, [&](const BusinessContactRecord &self) -> ApiResponse {
                    const auto colleague =
                        m_store.contact(self.customerId, request.pathParams.value(1));
                    if (!colleague)
                        return Problem::make(Problem::Code::NotFound);
                    return EntityTag::conditional(
                        request,
                        ApiResponse::json(
                            200, businessjson::contact(*colleague, self.rights.administrator ||
                                                                       colleague->id == self.id)));
                });
        });
}

} // namespace careportal::server
