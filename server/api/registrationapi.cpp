// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "registrationapi.h"

#include "fieldcheck.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "storage/registrationstore.h"

#include <QUuid>

namespace careportal::server {

namespace {

using Issue = ContactValidation::Issue;
using Person = RegistrationStore::Person;

/// `prefix` is "requester" or "client": the fields are requesterFirstName, clientEmail, ...
Person readPerson(FieldCheck &check, const QString &prefix, bool phoneRequired) {
    const auto field = [&](const char *name) {
        return prefix + QLatin1String(name);
    };
    Person person{check.text(field("FirstName")), check.text(field("Surname")),
                  check.text(field("Phone")), check.text(field("Email"))};
    const int most = RegistrationApi::kMaxNameLength;
    check.add(field("FirstName"), ContactValidation::checkLine(person.firstName, most, true), most);
    check.add(field("Surname"), ContactValidation::checkLine(person.surname, most, true), most);
    check.add(field("Phone"), ContactValidation::checkPhone(person.phone, phoneRequired),
              ContactValidation::kPhoneMaxLength);
    check.add(field("Email"),
              ContactValidation::checkEmail(person.email, prefix == QLatin1String("requester")),
              ContactValidation::kEmailMaxLength);
    return person;
}

} // namespace

RegistrationApi::RegistrationApi(RegistrationStore &store)
    : m_store(store) {}

void RegistrationApi::registerRoutes(HttpServer &server) {
    server.postJson("/registrations", [this](const ApiRequest &request) {
        FieldCheck check(request.json);
        RegistrationStore::Registration registration;
        registration.relation = check.text(QStringLiteral("relation"));
        const bool self = registration.relation == QLatin1String("self");
        if (!self && registration.relation != QLatin1String("representative") &&
            registration.relation != QLatin1String("contact"))
            check.add(QStringLiteral("relation"),
                      registration.relation.isEmpty() ? Issue::Required : Issue::UnknownOption);
        // The mobile number gets the SMS codes later (seed 002), so the requester needs one.
        registration.requester = readPerson(check, QStringLiteral("requester"), true);
        registration.client =
            self ? registration.requester : readPerson(check, QStringLiteral("client"), false);
        if (!check.ok())
            return check.problem();

        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_store.countFromAddressSince(request.remoteAddress, now.addSecs(-3600)) >=
            kMaxPerAddressPerHour)
            return Problem::make(Problem::Code::LimitReached,
                                 QStringLiteral("Too many registrations from this address; try "
                                                "again in an hour."));
        registration.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        registration.createdAt = now;
        registration.address = request.remoteAddress;
        if (!m_store.insert(registration))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::json(202, {{QLatin1String("id"), registration.id}});
    });
}

} // namespace careportal::server
