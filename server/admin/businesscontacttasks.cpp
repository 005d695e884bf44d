// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "adminoutput.h"
#include "api/businesscontactinput.h"
#include "businesstasks.h"
#include "contactvalidation.h"
#include "staffaccess.h"
#include "storage/businessstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

using Change = BusinessStore::Change;

constexpr qsizetype kIdMax = 64;
constexpr qsizetype kLineMax = 200;

/// An option that sets one text field of a contact, and how long it may be.
struct TextOption {
    const char *name;
    qsizetype maxLength;
    QString BusinessContactRecord::*field;
    bool required; ///< given, it may not be empty (a contact always has its names)
};

const TextOption kTextOptions[] = {
    {"first-name", kLineMax, &BusinessContactRecord::firstName, true},
    {"surname", kLineMax, &BusinessContactRecord::surname, true},
    {"initials", 20, &BusinessContactRecord::initials, false},
    {"prefix", 20, &BusinessContactRecord::prefix, false},
    {"phone", ContactValidation::kPhoneMaxLength, &BusinessContactRecord::phone, false},
    {"mobile", ContactValidation::kPhoneMaxLength, &BusinessContactRecord::mobile, false},
    {"email", ContactValidation::kEmailMaxLength, &BusinessContactRecord::email, false},
    {"department", kLineMax, &BusinessContactRecord::department, false},
    {"function", 10, &BusinessContactRecord::functionCode, false},
    {"gender", 10, &BusinessContactRecord::gender, false},
};

/// The contact --contact names; an error recorded when there is none.
std::optional<BusinessContactRecord> contactOption(BusinessStore &store, TaskOptions &options) {
    const QString id = options.required(QStringLiteral("contact"), kIdMax);
    auto contact = id.isEmpty() ? std::nullopt : store.contactById(id);
    if (!id.isEmpty() && !contact)
        options.refuse(QStringLiteral("no business contact %1").arg(id));
    return contact;
}

/// The given options over `c`: an option left out leaves its field as it is, an empty one
/// clears it (but the names). Checked as add-business-contact and the API check them.
void applyOptions(BusinessStore &store, TaskOptions &options, BusinessContactRecord &c) {
    for (const TextOption &option : kTextOptions) {
        const QString name = QString::fromLatin1(option.name);
        if (options.isSet(name))
            c.*option.field = option.required ? options.required(name, option.maxLength)
                                              : options.optional(name, option.maxLength);
    }
    if (options.isSet(QStringLiteral("birth-date")))
        c.birthDate = options.date(QStringLiteral("birth-date"));
    // Only what is given is checked: a stored value staff did not touch stays as it was.
    const auto given = [&](const char *name) {
        return options.isSet(QString::fromLatin1(name));
    };
    if (given("gender") && !businessinput::isKnownGender(c.gender))
        options.refuse(QStringLiteral("--gender is man, vrouw or onbekend"));
    if (given("function") && !businessinput::isKnownFunction(store.functions(), c.functionCode))
        options.refuse(QStringLiteral("--function is one of 200, 100, 220, 210, 221, 140"));
    for (const auto &[name, value] : {std::pair{"phone", c.phone}, std::pair{"mobile", c.mobile}})
        if (given(name) &&
            ContactValidation::checkPhone(value, false) != ContactValidation::Issue::None)
            options.refuse(QStringLiteral("--%1 is not a phone number").arg(QLatin1String(name)));
    if (given("email") && ContactValidation::checkEmail(c.email, !c.accountId.isEmpty()) !=
                              ContactValidation::Issue::None)
        options.refuse(QStringLiteral("--email must be an e-mail address"));
    if (options.isSet(QStringLiteral("portal-rights"))) {
        if (const auto rights = portalRightsOption(options))
            c.rights = *rights;
    }
    // Staff do not make logins here: add-business-contact --username does, with its e-mails.
    if (c.rights.portalUser && c.accountId.isEmpty())
        options.refuse(QStringLiteral("contact %1 has no login, so it cannot be a medewerker; "
                                      "add the person again with add-business-contact --username")
                           .arg(c.id));
}

int refuseLastAdministrator(const QString &task, const BusinessContactRecord &c) {
    return fail(QStringLiteral("%1: %2 is the last beheerder of %3 who can log in; make another "
                               "contact beheerder first")
                    .arg(task, c.displayName(), c.customerId));
}

/// The change of the contact's details and, when its rights change, the security officer's
/// event in one transaction: no rights change without its record (NEN 7513), as
/// set-link-rights does for clients.
Change storeEdit(Database &database, const QCommandLineParser &parser,
                 const BusinessContactRecord &before, const BusinessContactRecord &after) {
    Transaction transaction(database);
    if (!transaction.isActive())
        return Change::Failed;
    // Leaving "Contactpersoon voor alle projecten" leaves the projects, as in the portal.
    const bool leaveProjects = before.rights.allProjects && !after.rights.allProjects;
    const Change change = BusinessStore(database).updateContact(after, leaveProjects, std::nullopt);
    if (change != Change::Done)
        return change;
    const QString from = portalRightsText(before.rights);
    const QString to = portalRightsText(after.rights);
    if (from != to && !recordStaffEvent(database, parser, QStringLiteral("business-rights-changed"),
                                        QStringLiteral("business contact %1 of %2 rights %3 -> %4")
                                            .arg(after.id, after.customerId, from, to)))
        return Change::Failed;
    return transaction.commit() ? Change::Done : Change::Failed;
}

int editBusinessContact(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("edit-business-contact"));
    BusinessStore store(database);
    const auto before = contactOption(store, options);
    BusinessContactRecord after = before.value_or(BusinessContactRecord{});
    if (before)
        applyOptions(store, options, after);
    if (!options.ok() || !before)
        return options.fail();
    if (!logStaffAccess(database, parser, before->customerId, QStringLiteral("change"),
                        QStringLiteral("colleagues/") + before->id))
        return refuseWithoutLog(QStringLiteral("edit-business-contact"));
    switch (storeEdit(database, parser, *before, after)) {
    case Change::Done:
        print(QStringLiteral("contact\t%1\t%2\t%3\t%4")
                  .arg(after.id, after.customerId, after.displayName(),
                       portalRightsText(after.rights)));
        return 0;
    case Change::LastAdministrator:
        return refuseLastAdministrator(QStringLiteral("edit-business-contact"), *before);
    case Change::NotFound:
    case Change::Failed:
        break;
    }
    return fail(QStringLiteral("edit-business-contact: could not store the contact"));
}

int removeBusinessContact(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("remove-business-contact"));
    BusinessStore store(database);
    const auto contact = contactOption(store, options);
    if (!options.ok() || !contact)
        return options.fail();
    if (!logStaffAccess(database, parser, contact->customerId, QStringLiteral("change"),
                        QStringLiteral("colleagues/") + contact->id))
        return refuseWithoutLog(QStringLiteral("remove-business-contact"));
    // A contact with a login loses its access to the organisation: the officer's event
    // goes with the removal, or neither happens.
    Transaction transaction(database);
    const Change change = transaction.isActive()
                              ? store.removeContact(contact->customerId, contact->id)
                              : Change::Failed;
    if (change == Change::LastAdministrator)
        return refuseLastAdministrator(QStringLiteral("remove-business-contact"), *contact);
    if (change != Change::Done ||
        (!contact->accountId.isEmpty() &&
         !recordStaffEvent(database, parser, QStringLiteral("business-contact-removed"),
                           QStringLiteral("business contact %1 of %2 (account %3) rights %4 -> "
                                          "removed")
                               .arg(contact->id, contact->customerId, contact->accountId,
                                    portalRightsText(contact->rights)))) ||
        !transaction.commit())
        return fail(QStringLiteral("remove-business-contact: could not remove the contact"));
    print(QStringLiteral("removed\t%1\t%2\t%3")
              .arg(contact->id, contact->customerId, contact->displayName()));
    return 0;
}

} // namespace

TaskList businessContactTasks() {
    return {
        {QStringLiteral("edit-business-contact"),
         QStringLiteral("edit-business-contact --contact ID [--first-name NAME --surname NAME "
                        "--prefix --initials --phone --mobile --email --department --function "
                        "CODE --birth-date YYYY-MM-DD --gender man|vrouw|onbekend --portal-rights "
                        "LIST|none --staff NAME]"),
         editBusinessContact},
        {QStringLiteral("remove-business-contact"),
         QStringLiteral("remove-business-contact --contact ID [--staff NAME]"),
         removeBusinessContact},
    };
}

} // namespace careportal::server::admin
