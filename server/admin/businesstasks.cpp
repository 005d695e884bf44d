// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businesstasks.h"

#include "adminoutput.h"
#include "api/businesscontactinput.h"
#include "auth/passwordhasher.h"
#include "clienttasks.h"
#include "contactvalidation.h"
#include "messaging/outboxsender.h"
#include "oidctasks.h"
#include "staffaccess.h"
#include "storage/accountstore.h"
#include "storage/businessstore.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 64;
constexpr qsizetype kLineMax = 200;
const QString kBeheerder = QStringLiteral("beheerder");
const QString kMedewerker = QStringLiteral("medewerker");
const QString kEmailServices = QStringLiteral("email-diensten");
const QString kAllProjects = QStringLiteral("alle-projecten");

/// The contact's fields from the options (not its customer, account or rights).
BusinessContactRecord contactFromOptions(TaskOptions &options) {
    BusinessContactRecord c;
    c.id = newId();
    c.initials = options.optional(QStringLiteral("initials"), 20);
    c.firstName = options.required(QStringLiteral("first-name"), kLineMax);
    c.prefix = options.optional(QStringLiteral("prefix"), 20);
    c.surname = options.required(QStringLiteral("surname"), kLineMax);
    c.phone = options.optional(QStringLiteral("phone"), ContactValidation::kPhoneMaxLength);
    c.mobile = options.optional(QStringLiteral("mobile"), ContactValidation::kPhoneMaxLength);
    c.department = options.optional(QStringLiteral("department"), kLineMax);
    c.functionCode = options.optional(QStringLiteral("function"), 10);
    if (options.isSet(QStringLiteral("birth-date")))
        c.birthDate = options.date(QStringLiteral("birth-date"));
    c.gender = options.optional(QStringLiteral("gender"), 10);
    if (!businessinput::isKnownGender(c.gender))
        options.refuse(QStringLiteral("--gender is man, vrouw or onbekend"));
    return c;
}

/// The login e-mails, as registration approval sends them: the user name and the one-time
/// password in two messages, so that whoever reads one alone cannot log in.
bool sendLoginMessages(Database &database, const BusinessContactRecord &contact,
                       const QString &customerName, const QString &password) {
    OutboxSender sender(QFileInfo(database.path()).dir().filePath(QStringLiteral("outbox")));
    const auto organisation = OrganisationStore(database).organisation();
    const QString careName = organisation ? organisation->name : QStringLiteral("ons");
    const QString to = contact.email;
    return sender.send({OutgoingMessage::Channel::Email, to,
                        QStringLiteral("Uw account voor het klantenportaal"),
                        QStringLiteral("Beste %1,\n\nU heeft toegang gekregen tot het "
                                       "klantenportaal van %2 voor %3. Uw gebruikersnaam is: "
                                       "%4\n\nUw wachtwoord krijgt u in een aparte e-mail.")
                            .arg(contact.displayName(), careName, customerName, to)}) &&
           sender.send({OutgoingMessage::Channel::Email, to,
                        QStringLiteral("Uw eerste wachtwoord voor het klantenportaal"),
                        QStringLiteral("Beste %1,\n\nUw eerste wachtwoord is: %2\n\nBij de "
                                       "eerste keer inloggen kiest u een eigen wachtwoord. Uw "
                                       "gebruikersnaam staat in de andere e-mail.")
                            .arg(contact.displayName(), password)});
}

/// Stores the contact; with --username its login too: a new business account (and the
/// login e-mails), or an existing business contact's account, who then works for one
/// organisation more. A client-portal account is never made a business contact.
int saveContact(Database &database, const QCommandLineParser &parser, TaskOptions &options,
                BusinessContactRecord contact, const BusinessCustomerRecord &customer) {
    BusinessStore store(database);
    const QString username = options.optional(QStringLiteral("username"), 254);
    if (!username.isEmpty() &&
        ContactValidation::checkEmail(username, true) != ContactValidation::Issue::None)
        options.refuse(QStringLiteral("--username must be an e-mail address"));
    const auto existing =
        username.isEmpty() ? std::nullopt : AccountStore(database).accountByUsername(username);
    if (existing && store.accountKind(existing->id) != QLatin1String("business"))
        options.refuse(QStringLiteral("%1 is a client-portal account").arg(username));
    if (existing && store.contactOfAccount(existing->id, customer.id))
        options.refuse(QStringLiteral("%1 is a contact of %2 already").arg(username, customer.id));
    if (!businessinput::isKnownFunction(store.functions(), contact.functionCode))
        options.refuse(QStringLiteral("--function is one of 200, 100, 220, 210, 221, 140"));
    if (!options.ok())
        return options.fail();
    contact.customerId = customer.id;
    contact.email = username.isEmpty() ? options.optional(QStringLiteral("email"), 254) : username;
    if (!logStaffAccess(database, parser, customer.id, QStringLiteral("change"),
                        QStringLiteral("colleagues/") + contact.id))
        return refuseWithoutLog(QStringLiteral("business contact"));

    const QString password = oneTimePassword();
    bool ok = false;
    if (username.isEmpty()) {
        ok = store.insertContact(contact);
    } else if (existing) {
        contact.accountId = existing->id;
        ok = store.insertContact(contact);
    } else {
        const AccountRecord account = newBusinessAccount(contact, username, password);
        contact.accountId = account.id;
        ok = !account.passwordHash.isEmpty() && store.insertBusinessAccount(account, contact);
    }
    if (!ok)
        return fail(QStringLiteral("could not store the contact"));
    if (!username.isEmpty() && !existing &&
        !sendLoginMessages(database, contact, customer.name, password))
        return fail(QStringLiteral("the contact exists, but the login messages could not be "
                                   "written; give the user a new password"));
    print(
        QStringLiteral("contact\t%1\t%2\t%3\t%4")
            .arg(contact.id, customer.id, contact.displayName(), portalRightsText(contact.rights)));
    return 0;
}

int createBusinessCustomer(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("create-business-customer"));
    BusinessCustomerRecord customer;
    customer.id = newId();
    customer.name = options.required(QStringLiteral("name"), kLineMax);
    customer.kvkNumber = options.optional(QStringLiteral("kvk"), 8);
    static const QRegularExpression kvk(QStringLiteral("^\\d{8}$"));
    if (!customer.kvkNumber.isEmpty() && !kvk.match(customer.kvkNumber).hasMatch())
        options.refuse(QStringLiteral("--kvk is the 8 digits of the KvK number"));
    customer.address = options.optional(QStringLiteral("address"), kLineMax);
    customer.postcode = options.optional(QStringLiteral("postcode"), 10);
    customer.city = options.optional(QStringLiteral("city"), kLineMax);
    customer.postalAddress = options.optional(QStringLiteral("postal-address"), kLineMax);
    customer.phone = options.optional(QStringLiteral("phone"), ContactValidation::kPhoneMaxLength);
    customer.email = options.optional(QStringLiteral("email"), 254);
    customer.website = options.optional(QStringLiteral("website"), kLineMax);
    BusinessContactRecord first = contactFromOptions(options);
    first.phone.clear(); // --phone is the organisation's here
    first.rights = {true, true, true, false};
    if (options.required(QStringLiteral("username"), 254).isEmpty() || !options.ok())
        return options.fail();
    if (!BusinessStore(database).insertCustomer(customer))
        return fail(QStringLiteral("create-business-customer: could not store the customer"));
    print(QStringLiteral("customer\t%1\t%2").arg(customer.id, customer.name));
    return saveContact(database, parser, options, first, customer);
}

int addBusinessContact(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-business-contact"));
    const QString customerId = options.required(QStringLiteral("customer"), kIdMax);
    const auto customer =
        customerId.isEmpty() ? std::nullopt : BusinessStore(database).customer(customerId);
    if (!customerId.isEmpty() && !customer)
        options.refuse(QStringLiteral("no business customer %1").arg(customerId));
    BusinessContactRecord contact = contactFromOptions(options);
    const auto rights = portalRightsOption(options);
    if (!options.ok() || !customer || !rights)
        return options.fail();
    contact.rights = *rights;
    return saveContact(database, parser, options, contact, *customer);
}

int listBusinessCustomers(Database &database, const QCommandLineParser &) {
    for (const BusinessCustomerRecord &c : BusinessStore(database).customers())
        print(QStringLiteral("%1\t%2\tKvK %3\t%4").arg(c.id, c.name, c.kvkNumber, c.city));
    return 0;
}

int listBusinessContacts(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("list-business-contacts"));
    const QString customerId = options.required(QStringLiteral("customer"), kIdMax);
    if (!options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, customerId, QStringLiteral("read"),
                        QStringLiteral("colleagues")))
        return refuseWithoutLog(QStringLiteral("list-business-contacts"));
    for (const BusinessContactRecord &c : BusinessStore(database).contacts(customerId))
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                  .arg(c.id, c.displayName(), c.email, portalRightsText(c.rights),
                       c.accountId.isEmpty() ? QStringLiteral("no login")
                                             : oidcLinksText(database, c.accountId)));
    return 0;
}

} // namespace

AccountRecord newBusinessAccount(const BusinessContactRecord &contact, const QString &username,
                                 const QString &password) {
    AccountRecord account;
    account.id = newId();
    account.username = username;
    account.passwordHash = PasswordHasher::hash(password);
    account.salutation = QStringLiteral(""); // not asked for; the column takes no NULL
    account.initials =
        contact.initials.isEmpty() ? contact.firstName.left(1).toUpper() + u'.' : contact.initials;
    account.surname = contact.surname;
    account.displayName = contact.displayName();
    account.mustChangePassword = true;
    return account;
}

std::optional<BusinessRights> portalRightsOption(TaskOptions &options) {
    const QString text = options.required(QStringLiteral("portal-rights"), kLineMax);
    BusinessRights rights;
    if (text.isEmpty() || text == QLatin1String("none"))
        return text.isEmpty() ? std::nullopt : std::optional(rights);
    for (const QString &part : text.split(u',')) {
        const QString name = part.trimmed();
        if (name == kBeheerder)
            rights.administrator = true;
        else if (name == kMedewerker)
            rights.portalUser = true;
        else if (name == kEmailServices)
            rights.emailServices = true;
        else if (name == kAllProjects)
            rights.allProjects = true;
        else {
            options.refuse(
                QStringLiteral("--portal-rights: unknown right \"%1\"; use %2")
                    .arg(name.left(40),
                         QStringList{kBeheerder, kMedewerker, kEmailServices, kAllProjects}.join(
                             QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    return rights;
}

QString portalRightsText(const BusinessRights &rights) {
    QStringList names;
    if (rights.administrator)
        names << kBeheerder;
    if (rights.portalUser)
        names << kMedewerker;
    if (rights.emailServices)
        names << kEmailServices;
    if (rights.allProjects)
        names << kAllProjects;
    return names.isEmpty() ? QStringLiteral("none") : names.join(u',');
}

TaskList businessTasks() {
    return {
        {QStringLiteral("create-business-customer"),
         QStringLiteral("create-business-customer --name NAME [--kvk NUMBER] [--address TEXT "
                        "--postcode TEXT --city TEXT --postal-address TEXT --phone NUMBER --email "
                        "ADDRESS --website URL] --username E-MAIL --first-name NAME [--prefix "
                        "TEXT] --surname NAME [--initials TEXT --mobile NUMBER --function CODE]"),
         createBusinessCustomer},
        {QStringLiteral("add-business-contact"),
         QStringLiteral("add-business-contact --customer ID --first-name NAME --surname NAME "
                        "--portal-rights LIST|none [--username E-MAIL] [--prefix --initials "
                        "--phone --mobile --email --department --function CODE --birth-date "
                        "YYYY-MM-DD --gender man|vrouw|onbekend]"),
         addBusinessContact},
        {QStringLiteral("list-business-customers"), QStringLiteral("list-business-customers"),
         listBusinessCustomers},
        {QStringLiteral("list-business-contacts"),
         QStringLiteral("list-business-contacts --customer ID"), listBusinessContacts},
    };
}

QList<QCommandLineOption> businessOptions() {
    // Short, so that the list below reads as a table.
    const auto option = &taskOption;
    return {
        option("customer", "A business customer id.", "id"),
        option("name", "The name of a business customer or project.", "name"),
        option("kvk", "The KvK (Chamber of Commerce) number, 8 digits.", "number"),
        option("postal-address", "A postal address (postadres), one line.", "text"),
        option("email", "An e-mail address (of a customer, or a contact without login).",
               "address"),
        option("website", "The customer's website.", "url"),
        option("first-name", "A contact's first name.", "name"),
        option("prefix", "A contact's surname prefix (voorvoegsel), such as \"de\".", "text"),
        option("mobile", "A contact's mobile number.", "number"),
        option("department", "A contact's department (afdeling).", "text"),
        option("function", "A contact's function code: 200, 100, 220, 210, 221 or 140.", "code"),
        option("gender", "A contact's gender: man, vrouw or onbekend.", "gender"),
        option("portal-rights",
               "A contact's rights, comma separated, or none: beheerder, medewerker, "
               "email-diensten, alle-projecten.",
               "list"),
        option("project", "A project id.", "id"),
        option("contact", "A business contact id.", "id"),
        option("number", "A project or invoice number.", "text"),
        option("location", "Where a project is.", "text"),
        option("lead-name", "A project's internal project leader (Interne projectleider).", "name"),
        option("lead-phone", "The project leader's phone number.", "number"),
        option("lead-email", "The project leader's e-mail address.", "address"),
        option("start-date", "First day of a project.", "YYYY-MM-DD"),
        option("end-date", "Last day of a project.", "YYYY-MM-DD"),
        option("date", "An invoice's date.", "YYYY-MM-DD"),
        option("due", "An invoice's due date.", "YYYY-MM-DD"),
        option("line",
               "An invoice line \"description;quantity;unit price in euros;VAT percent\" "
               "(repeat for more lines).",
               "line"),
        option("pdf-file", "The invoice as a PDF file.", "file"),
        option("paid-on", "The day an invoice was paid, or none.", "YYYY-MM-DD"),
        option("invoice", "An invoice id.", "id"),
    };
}

} // namespace careportal::server::admin
