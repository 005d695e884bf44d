// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessprojectsapi.h"

#include "businessguard.h"
#include "businessjson.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "storage/businessprojectstore.h"

#include <QJsonArray>

namespace careportal::server {

namespace {

using Need = BusinessGuard::Need;

} // namespace

BusinessProjectsApi::BusinessProjectsApi(BusinessProjectStore &store, BusinessGuard &guard)
    : m_store(store)
    , m_guard(guard) {}

bool BusinessProjectsApi::isOwn(const BusinessContactRecord &contact, const QString &projectId) {
    return contact.rights.allProjects || m_store.isMember(projectId, contact.id);
}

bool BusinessProjectsApi::maySee(const BusinessContactRecord &contact, const QString &projectId) {
    return contact.rights.administrator || isOwn(contact, projectId);
}

void BusinessProjectsApi::registerRoutes(HttpServer &server) {
    server.get("/business/organisations/([^/]+)/projects", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) -> ApiResponse {
                const QString scope = request.query.value(QStringLiteral("scope"));
                if (!scope.isEmpty() && scope != QLatin1String("mine") &&
                    scope != QLatin1String("all"))
                    return Problem::make(Problem::Code::BadRequest,
                                         QStringLiteral("scope is \"mine\" or \"all\"."));
                const bool mineOnly = scope == QLatin1String("mine");
                QJsonArray items;
                for (const BusinessProjectRecord &project : m_store.projects(self.customerId)) {
                    const bool own = isOwn(self, project.id);
                    if (own || (!mineOnly && self.rights.administrator))
                        items.append(businessjson::project(project, own));
                }
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });

    server.get(
        "/business/organisations/([^/]+)/projects/([^/]+)", [this](const ApiRequest &request) {
            return m_guard.forOrganisation(
                request, Need::Contact, [&](const BusinessContactRecord &self) -> ApiResponse {
                    const QString id = request.pathParams.value(1);
                    const auto project = m_store.project(self.customerId, id);
                    if (!project || !maySee(self, id))
                        return Problem::make(Problem::Code::NotFound);
                    return EntityTag::conditional(
                        request,
                        ApiResponse::json(200, businessjson::project(*project, isOwn(self, id))));
                });
        });
    registerCorrespondence(server);
}

void BusinessProjectsApi::registerCorrespondence(HttpServer &server) {
    server.get("/business/organisations/([^/]+)/correspondence", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) {
                QJsonArray items;
                int unread = 0;
                for (const BusinessQuestionRecord &q : m_store.answeredQuestions(self.id)) {
                    const auto project = m_store.project(self.customerId, q.projectId);
                    if (!project)
                        continue;
                    items.append(businessjson::correspondence(q, project->name));
                    unread += q.readAt.isValid() ? 0 : 1;
                }
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items},
                                                     {QLatin1String("unread"), unread}}));
            });
    });

    // A read marker, not a change of anyone's data: marking twice is marking once, so it
    // needs no Idempotency-Key (as a client's answer-read).
    server.put(
        "/business/organisations/([^/]+)/correspondence/([^/]+)/read",
        [this](const ApiRequest &request) {
            return m_guard.forOrganisation(
                request, Need::Contact, [&](const BusinessContactRecord &self) -> ApiResponse {
                    const auto question = m_store.question(request.pathParams.value(1));
                    const auto project = question
                                             ? m_store.project(self.customerId, question->projectId)
                                             : std::nullopt;
                    if (!question || !project || question->contactId != self.id ||
                        !question->answeredAt.isValid())
                        return Problem::make(Problem::Code::NotFound);
                    if (!m_store.markRead(question->id, QDateTime::currentDateTimeUtc()))
                        return Problem::make(Problem::Code::Internal);
                    const auto updated = m_store.question(question->id);
                    if (!updated)
                        return Problem::make(Problem::Code::Internal);
                    return ApiResponse::json(200,
                                             businessjson::correspondence(*updated, project->name));
                });
        });
}

} // namespace careportal::server
