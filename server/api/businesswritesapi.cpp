// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businesswritesapi.h"

#include "businesscontactinput.h"
#include "businessguard.h"
#include "businessjson.h"
#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "messaging/messagesender.h"
#include "storage/businessprojectstore.h"
#include "storage/businessstore.h"

#include <QUuid>

namespace careportal::server {

namespace {

using Need = BusinessGuard::Need;

} // namespace

BusinessWritesApi::BusinessWritesApi(BusinessStore &store, BusinessProjectStore &projects,
                                     BusinessGuard &guard, IdempotentWrites &writes,
                                     MessageSender &sender)
    : m_store(store)
    , m_projects(projects)
    , m_guard(guard)
    , m_writes(writes)
    , m_sender(sender) {}

void BusinessWritesApi::registerRoutes(HttpServer &server) {
    server.putJson("/business/organisations/([^/]+)/contact", [this](const ApiRequest &request) {
        return m_guard.forOrganisation(
            request, Need::Contact, [&](const BusinessContactRecord &self) {
                return m_writes.run(request, self.accountId,
                                    [&] { return updateOwn(request, self); });
            });
    });
    server.postJson("/business/organisations/([^/]+)/projects/([^/]+)/questions",
                    [this](const ApiRequest &request) {
                        return m_guard.forOrganisation(
                            request, Need::Contact, [&](const BusinessContactRecord &self) {
                                return m_writes.run(request, self.accountId,
                                                    [&] { return ask(request, self); });
                            });
                    });
}

ApiResponse BusinessWritesApi::updateOwn(const ApiRequest &request,
                                         const BusinessContactRecord &self) {
    BusinessContactRecord c = self;
    if (auto problem = businessinput::readContact(request.json, m_store.functions(), c))
        return *problem;
    // Seed 004: only a beheerder switches "Contactpersoon voor alle projecten", for himself
    // too; for a medewerker it would open every project of the organisation.
    if (c.rights.allProjects != self.rights.allProjects && !self.rights.administrator)
        return Problem::validation(
            {{QStringLiteral("allProjects"), QStringLiteral("not-allowed"),
              QStringLiteral("Alleen een beheerder kan dit aan- of uitzetten."),
              QStringLiteral("Only an administrator can switch this on or off.")}});
    if (auto stale = EntityTag::checkIfMatch(request, businessjson::contact(self, true)))
        return *stale;
    const bool switchedOff = self.rights.allProjects && !c.rights.allProjects;
    if (m_store.updateContact(c, switchedOff) != BusinessStore::Change::Done)
        return Problem::make(Problem::Code::Internal);
    const auto stored = m_store.contact(self.customerId, self.id);
    if (!stored)
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(200, businessjson::contact(*stored, true));
}

ApiResponse BusinessWritesApi::ask(const ApiRequest &request, const BusinessContactRecord &self) {
    const QString projectId = request.pathParams.value(1);
    const auto project = m_projects.project(self.customerId, projectId);
    const bool visible = self.rights.administrator || self.rights.allProjects ||
                         m_projects.isMember(projectId, self.id);
    if (!project || !visible)
        return Problem::make(Problem::Code::NotFound);
    FieldCheck check(request.json);
    const QString text = check.multiLineText(QStringLiteral("question"));
    check.add(QStringLiteral("question"),
              ContactValidation::checkText(text, kMaxQuestionLength, true), kMaxQuestionLength);
    if (!check.ok())
        return check.problem();
    const BusinessQuestionRecord question{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          projectId,
                                          self.id,
                                          text,
                                          QDateTime::currentDateTimeUtc(),
                                          {},
                                          {},
                                          {},
                                          {}};
    if (!m_projects.insertQuestion(question))
        return Problem::make(Problem::Code::Internal);
    // Seed 004: the question reaches the care manager at once. The question is stored
    // either way; staff see it with list-project-questions when no mail goes out.
    if (!project->leadEmail.isEmpty()) {
        const auto customer = m_store.customer(self.customerId);
        (void)m_sender.send({OutgoingMessage::Channel::Email, project->leadEmail,
                             QStringLiteral("Vraag over project %1").arg(project->name),
                             QStringLiteral("Beste %1,\n\n%2 van %3 stelt een vraag over het "
                                            "project %4:\n\n%5\n\nBeantwoord de vraag met "
                                            "careportal-server admin answer-project-question "
                                            "--id %6.")
                                 .arg(project->leadName, self.displayName(),
                                      customer ? customer->name : self.customerId, project->name,
                                      text, question.id)});
    }
    return ApiResponse::json(201,
                             {{QLatin1String("id"), question.id},
                              {QLatin1String("projectId"), projectId},
                              {QLatin1String("question"), text},
                              {QLatin1String("askedAt"), question.askedAt.toString(Qt::ISODate)},
                              {QLatin1String("answered"), false}});
}

} // namespace careportal::server
