// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactpersonsapi.h"

#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "optionjson.h"
#include "sessionguard.h"
#include "storage/contactstore.h"

#include <QJsonArray>
#include <QUuid>

namespace careportal::server {

namespace {

using Issue = ContactValidation::Issue;

QJsonObject toJson(const ContactPersonRecord &p) {
    return EntityTag::tagged({{QLatin1String("id"), p.id},
                              {QLatin1String("name"), p.name},
                              {QLatin1String("phone1"), p.phone1},
                              {QLatin1String("phone2"), p.phone2},
                              {QLatin1String("email"), p.email},
                              {QLatin1String("type"), p.type},
                              {QLatin1String("primary"), p.primary},
                              {QLatin1String("remarks"), p.remarks}});
}

bool isKnownType(const QList<ContactPersonType> &types, const QString &code) {
    return std::any_of(types.cbegin(), types.cend(),
                       [&code](const ContactPersonType &type) { return type.code == code; });
}

std::optional<ApiResponse> readBody(const QJsonObject &body, const QList<ContactPersonType> &types,
                                    ContactPersonRecord &person) {
    FieldCheck check(body);
    person.name = check.text(QStringLiteral("name"));
    person.phone1 = check.text(QStringLiteral("phone1"));
    person.phone2 = check.text(QStringLiteral("phone2"));
    person.email = check.text(QStringLiteral("email"));
    person.type = check.text(QStringLiteral("type"));
    person.primary = check.flag(QStringLiteral("primary"));
    person.remarks = check.multiLineText(QStringLiteral("remarks"));
    check.add(QStringLiteral("name"),
              ContactValidation::checkLine(person.name, ContactPersonsApi::kMaxNameLength, true),
              ContactPersonsApi::kMaxNameLength);
    check.addPhone(QStringLiteral("phone1"), person.phone1, true);
    check.addPhone(QStringLiteral("phone2"), person.phone2, false);
    check.addEmail(QStringLiteral("email"), person.email, false);
    if (!isKnownType(types, person.type))
        check.add(QStringLiteral("type"),
                  person.type.isEmpty() ? Issue::Required : Issue::UnknownOption);
    check.add(
        QStringLiteral("remarks"),
        ContactValidation::checkText(person.remarks, ContactPersonsApi::kMaxRemarksLength, false),
        ContactPersonsApi::kMaxRemarksLength);
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace

ContactPersonsApi::ContactPersonsApi(ContactStore &store, SessionGuard &guard,
                                     IdempotentWrites &writes)
    : m_store(store)
    , m_guard(guard)
    , m_writes(writes) {}

void ContactPersonsApi::registerRoutes(HttpServer &server) {
    registerReads(server);
    registerWrites(server);
}

void ContactPersonsApi::registerReads(HttpServer &server) {
    server.get("/contact-person-types", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full, [&](const AuthenticatedSession &) -> ApiResponse {
                return ApiResponse::json(200, optionListJson(m_store.contactPersonTypes()));
            });
    });

    server.get("/clients/([^/]+)/contact-persons", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::ContactPersons,
            [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
                QJsonArray items;
                for (const ContactPersonRecord &person : m_store.contactPersons(clientId))
                    items.append(toJson(person));
                return EntityTag::conditional(
                    request, ApiResponse::json(200, {{QLatin1String("items"), items}}));
            });
    });

    server.get("/clients/([^/]+)/contact-persons/([^/]+)", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::ContactPersons,
            [&](const AuthenticatedSession &, const QString &clientId) -> ApiResponse {
                const auto person = m_store.contactPerson(clientId, request.pathParams[1]);
                if (!person)
                    return Problem::make(Problem::Code::NotFound);
                return ApiResponse::json(200, toJson(*person));
            });
    });
}

void ContactPersonsApi::registerWrites(HttpServer &server) {
    server.postJson("/clients/([^/]+)/contact-persons", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactPersons,
                                     [&](const QString &) { return create(request); });
    });
    server.putJson("/clients/([^/]+)/contact-persons/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactPersons,
                                     [&](const QString &) { return update(request); });
    });
    server.remove("/clients/([^/]+)/contact-persons/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(m_guard, request, LinkRight::ContactPersons,
                                     [&](const QString &) { return remove(request); });
    });
}

ApiResponse ContactPersonsApi::create(const ApiRequest &request) {
    ContactPersonRecord person;
    if (auto problem = readBody(request.json, m_store.contactPersonTypes(), person))
        return *problem;
    person.clientId = request.pathParams[0];
    if (m_store.contactPersons(person.clientId).size() >= kMaxPerClient)
        return Problem::make(Problem::Code::LimitReached,
                             QStringLiteral("At most %1 contact persons.").arg(kMaxPerClient));
    person.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_store.saveContactPerson(person, true))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(201, toJson(person));
}

ApiResponse ContactPersonsApi::update(const ApiRequest &request) {
    ContactPersonRecord person;
    if (auto problem = readBody(request.json, m_store.contactPersonTypes(), person))
        return *problem;
    person.clientId = request.pathParams[0];
    person.id = request.pathParams[1];
    const auto current = m_store.contactPerson(person.clientId, person.id);
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*current)))
        return *stale;
    if (!m_store.saveContactPerson(person, false))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(200, toJson(person));
}

ApiResponse ContactPersonsApi::remove(const ApiRequest &request) {
    const auto current = m_store.contactPerson(request.pathParams[0], request.pathParams[1]);
    if (!current)
        return Problem::make(Problem::Code::NotFound);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*current)))
        return *stale;
    if (!m_store.deleteContactPerson(request.pathParams[0], request.pathParams[1]))
        return Problem::make(Problem::Code::NotFound);
    return ApiResponse::noContent();
}

} // namespace careportal::server
