// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businesscolleaguesapi.h"

#include "admin/businesstasks.h"
#include "admin/clienttasks.h"
#include "businesscontactinput.h"
#include "businessguard.h"
#include "businessjson.h"
#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "messaging/messagesender.h"
#include "storage/accountstore.h"
#include "storage/businessstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"

#include <QUuid>

namespace careportal::server {

namespace {

using Need = BusinessGuard::Need;
using Change = BusinessStore::Change;

ApiResponse answerOf(Change change) {
    switch (change) {
    case Change::Done:
        return ApiResponse::noContent();
    case Change::NotFound:
        return Problem::make(Problem::Code::NotFound);
    case Change::LastAdministrator:
        return Problem::make(Problem::Code::LastAdministrator);
    case Change::Failed:
        break;
    }
    return Problem::make(Problem::Code::Internal);
}

ApiResponse emailRefused() {
    return Problem::validation(
        {{QStringLiteral("email"), QStringLiteral("not-allowed"),
          QStringLiteral("Met dit e-mailadres kan geen toegang tot het klantenportaal worden "
                         "gemaakt. Neem contact met ons op."),
          QStringLiteral("This e-mail address cannot be given access to the customer portal. "
                         "Please contact us.")}});
}

/// A colleague's details as the contact's own form reads them, and the two rights only a
/// beheerder gives ("Beheerder klantportaal", "Medewerker klantportaal"): the 422 to
/// answer, or nullopt.
std::optional<ApiResponse> readColleague(const QJsonObject &body,
                                         const QList<LabelledOption> &functions,
                                         BusinessContactRecord &c) {
    if (auto problem = businessinput::readContact(body, functions, c))
        return problem;
    FieldCheck rights(body);
    c.rights.administrator = rights.flag(QStringLiteral("administrator"));
    c.rights.portalUser = rights.flag(QStringLiteral("portalUser"));
    if (!rights.ok())
        return rights.problem();
    return std::nullopt;
}

} // namespace

BusinessColleaguesApi::BusinessColleaguesApi(Stores stores, BusinessGuard &guard,
                                             IdempotentWrites &writes, MessageSender &sender)
    : m_accounts(stores.accounts)
    , m_store(stores.business)
    , m_factors(stores.factors)
    , m_sessions(stores.sessions)
    , m_guard(guard)
    , m_writes(writes)
    , m_sender(sender) {}

void BusinessColleaguesApi::registerRoutes(HttpServer &server) {
    server.postJson("/business/organisations/([^/]+)/colleagues", [this](const ApiRequest &r) {
        return m_guard.forOrganisation(r, Need::Administrator, [&](const auto &self) {
            return m_writes.run(r, self.accountId, [&] { return create(r, self); });
        });
    });
    server.putJson(
        "/business/organisations/([^/]+)/colleagues/([^/]+)", [this](const ApiRequest &r) {
            return m_guard.forOrganisation(r, Need::Administrator, [&](const auto &self) {
                return m_writes.run(r, self.accountId, [&] { return update(r, self); });
            });
        });
    server.remove("/business/organisations/([^/]+)/colleagues/([^/]+)",
                  [this](const ApiRequest &r) {
                      return m_guard.forOrganisation(r, Need::Administrator, [&](const auto &self) {
                          return m_writes.run(r, self.accountId, [&] { return remove(r, self); });
                      });
                  });
    // Setting the same thing twice is setting it once: no Idempotency-Key needed.
    server.post("/business/organisations/([^/]+)/colleagues/([^/]+)/second-factor/reset",
                [this](const ApiRequest &r) {
                    return m_guard.forOrganisation(r, Need::Administrator, [&](const auto &self) {
                        return resetSecondFactor(r, self);
                    });
                });
}

std::optional<ApiResponse>
BusinessColleaguesApi::prepareLogin(BusinessContactRecord &contact, QString &password,
                                    std::optional<AccountRecord> &fresh) {
    const auto existing = m_accounts.accountByUsername(contact.email);
    if (existing) {
        // Another organisation's contact works here too; a client-portal account never.
        if (m_store.accountKind(existing->id) != QLatin1String("business") ||
            m_store.contactOfAccount(existing->id, contact.customerId))
            return emailRefused();
        contact.accountId = existing->id;
        return std::nullopt;
    }
    password = admin::oneTimePassword();
    const AccountRecord account = admin::newBusinessAccount(contact, contact.email, password);
    if (account.passwordHash.isEmpty())
        return Problem::busy();
    contact.accountId = account.id;
    fresh = account;
    return std::nullopt;
}

bool BusinessColleaguesApi::sendLogin(const BusinessContactRecord &contact,
                                      const QString &password) {
    const auto customer = m_store.customer(contact.customerId);
    const QString name = customer ? customer->name : contact.customerId;
    return m_sender.send({OutgoingMessage::Channel::Email, contact.email,
                          QStringLiteral("Uw account voor het klantenportaal"),
                          QStringLiteral("Beste %1,\n\nU heeft toegang gekregen tot het "
                                         "klantenportaal voor %2. Uw gebruikersnaam is: %3\n\nUw "
                                         "wachtwoord krijgt u in een aparte e-mail.")
                              .arg(contact.displayName(), name, contact.email)}) &&
           m_sender.send({OutgoingMessage::Channel::Email, contact.email,
                          QStringLiteral("Uw eerste wachtwoord voor het klantenportaal"),
                          QStringLiteral("Beste %1,\n\nUw eerste wachtwoord is: %2\n\nBij de "
                                         "eerste keer inloggen kiest u een eigen wachtwoord. Uw "
                                         "gebruikersnaam staat in de andere e-mail.")
                              .arg(contact.displayName(), password)});
}

ApiResponse BusinessColleaguesApi::create(const ApiRequest &request,
                                          const BusinessContactRecord &self) {
    BusinessContactRecord c;
    c.customerId = self.customerId;
    if (auto problem = readColleague(request.json, m_store.functions(), c))
        return *problem;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString password;
    std::optional<AccountRecord> fresh;
    if (c.rights.portalUser) {
        if (auto problem = prepareLogin(c, password, fresh))
            return *problem;
    }
    if (!(fresh ? m_store.insertBusinessAccount(*fresh, c) : m_store.insertContact(c)))
        return Problem::make(Problem::Code::Internal);
    // The contact exists: a lost e-mail is mended by staff (a new password), not a retry.
    if (fresh && !sendLogin(c, password))
        qWarning("Business contact %s: the login e-mails could not be written", qPrintable(c.id));
    return ApiResponse::json(201, businessjson::contact(c, true));
}

ApiResponse BusinessColleaguesApi::update(const ApiRequest &request,
                                          const BusinessContactRecord &self) {
    const auto current = m_store.contact(self.customerId, request.pathParams.value(1));
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    BusinessContactRecord c = *current;
    if (auto problem = readColleague(request.json, m_store.functions(), c))
        return *problem;
    if (auto stale = EntityTag::checkIfMatch(request, businessjson::contact(*current, true)))
        return *stale;
    QString password;
    std::optional<AccountRecord> fresh;
    if (c.rights.portalUser && c.accountId.isEmpty()) {
        if (auto problem = prepareLogin(c, password, fresh))
            return *problem;
    }
    const Change change =
        m_store.updateContact(c, current->rights.allProjects && !c.rights.allProjects, fresh);
    if (change != Change::Done)
        return answerOf(change);
    if (fresh && !sendLogin(c, password))
        qWarning("Business contact %s: the login e-mails could not be written", qPrintable(c.id));
    const auto stored = m_store.contact(c.customerId, c.id);
    return stored ? ApiResponse::json(200, businessjson::contact(*stored, true))
                  : Problem::make(Problem::Code::Internal);
}

ApiResponse BusinessColleaguesApi::remove(const ApiRequest &request,
                                          const BusinessContactRecord &self) {
    const auto current = m_store.contact(self.customerId, request.pathParams.value(1));
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    if (auto stale = EntityTag::checkIfMatch(request, businessjson::contact(*current, true)))
        return *stale;
    return answerOf(m_store.removeContact(current->customerId, current->id));
}

ApiResponse BusinessColleaguesApi::resetSecondFactor(const ApiRequest &request,
                                                     const BusinessContactRecord &self) {
    const auto current = m_store.contact(self.customerId, request.pathParams.value(1));
    if (!current || current->accountId.isEmpty())
        return Problem::make(Problem::Code::NotFound);
    // Whoever holds the lost phone may be logged in: every session ends with the app.
    if (!m_factors.removeTotp(current->accountId) ||
        !m_sessions.revokeAllTokens(current->accountId))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::noContent();
}

} // namespace careportal::server
