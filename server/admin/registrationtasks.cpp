// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "registrationtasks.h"

#include "adminoutput.h"
#include "auth/passwordhasher.h"
#include "clienttasks.h"
#include "messaging/outboxsender.h"
#include "staffaccess.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/linkrights.h"
#include "storage/organisationstore.h"
#include "storage/registrationstore.h"
#include "storage/secondfactorstore.h"
#include "storage/transaction.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>

namespace careportal::server::admin {

namespace {

using Registration = RegistrationStore::Registration;

constexpr qsizetype kIdMax = 64;
constexpr qsizetype kReasonMax = 1000;

QString fullName(const RegistrationStore::Person &person) {
    return person.firstName + u' ' + person.surname;
}

/// The reference server's sender, on the data directory's outbox (as the server uses it).
OutboxSender outboxOf(const Database &database) {
    return OutboxSender(QFileInfo(database.path()).dir().filePath(QStringLiteral("outbox")));
}

int listRegistrations(Database &database, const QCommandLineParser &) {
    RegistrationStore store(database);
    for (const Registration &r : store.open())
        print(QStringLiteral("%1\t%2\t%3 <%4> %5\t%6\t%7 %8 %9")
                  .arg(r.id, r.createdAt.toString(Qt::ISODate), fullName(r.requester),
                       r.requester.email, r.requester.phone, r.relation, fullName(r.client),
                       r.client.phone, r.client.email));
    return 0;
}

/// The open request named by --id, or a refusal recorded.
std::optional<Registration> openRegistration(TaskOptions &options, RegistrationStore &store) {
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    auto registration = id.isEmpty() ? std::nullopt : store.registration(id);
    if (!id.isEmpty() && !registration)
        options.refuse(QStringLiteral("no registration %1").arg(id));
    else if (registration && registration->status != QLatin1String("open"))
        options.refuse(
            QStringLiteral("registration %1 is %2 already").arg(id, registration->status));
    return registration;
}

AccountRecord accountFor(const Registration &r, const QString &password) {
    const QString initials = r.requester.firstName.left(1).toUpper() + u'.';
    AccountRecord account;
    account.id = newId();
    account.username = r.requester.email;
    account.passwordHash = PasswordHasher::hash(password);
    account.salutation = QStringLiteral(""); // not asked for; the column takes no NULL
    account.initials = initials;
    account.surname = r.requester.surname;
    account.displayName = fullName(r.requester);
    account.mustChangePassword = true; // the API allows nothing else until it is replaced
    return account;
}

/// Account, SMS number, link to the client and the decision in one transaction.
bool createAccount(Database &database, const Registration &r, const AccountRecord &account,
                   const QString &clientId, const std::optional<LinkRights> &rights,
                   const QString &staff) {
    Transaction transaction(database);
    if (!transaction.isActive())
        return false;
    AccountStore store(database);
    SecondFactorStore factors(database);
    RegistrationStore registrations(database);
    const bool ok = store.insertAccount(account) &&
                    factors.setPhone(account.id, r.requester.phone) &&
                    store.linkAccountToClient(account.id, clientId, r.relation, rights) &&
                    registrations.decide(r.id, QStringLiteral("approved"), staff, {}, account.id);
    return ok && transaction.commit();
}

int approveRegistration(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("approve-registration"));
    RegistrationStore registrations(database);
    const auto registration = openRegistration(options, registrations);
    const QString clientId = options.required(QStringLiteral("client"), kIdMax);
    const auto rights = linkRightsOption(options, false);
    // As link-account: only an authorised contact's parts are chosen; a representative or
    // the client's own account has every part.
    if (rights && registration && !LinkRights::isChoosable(registration->relation))
        options.refuse(QStringLiteral("--rights is for a contact; this registration is for a %1, "
                                      "who has every part")
                           .arg(registration->relation));
    AccountStore store(database);
    const auto organisation = OrganisationStore(database).organisation();
    if (!clientId.isEmpty() && !store.client(clientId))
        options.refuse(QStringLiteral("no client %1").arg(clientId));
    if (registration && store.accountByUsername(registration->requester.email))
        options.refuse(QStringLiteral("an account %1 exists already; link it with link-account")
                           .arg(registration->requester.email));
    if (!options.ok() || !organisation)
        return options.fail();
    if (!logStaffAccess(database, parser, clientId, QStringLiteral("change"),
                        QStringLiteral("registrations/") + registration->id))
        return refuseWithoutLog(QStringLiteral("approve-registration"));

    const QString password = oneTimePassword();
    const AccountRecord account = accountFor(*registration, password);
    if (account.passwordHash.isEmpty() ||
        !createAccount(database, *registration, account, clientId, rights,
                       parser.value(QStringLiteral("staff"))))
        return fail(QStringLiteral("approve-registration: could not create the account"));
    // Two messages (seed 002): whoever reads one of them alone cannot log in.
    OutboxSender sender = outboxOf(database);
    const QString to = registration->requester.email;
    const bool sent =
        sender.send({OutgoingMessage::Channel::Email, to,
                     QStringLiteral("Uw account voor het Cliëntportaal"),
                     QStringLiteral("Beste %1,\n\nUw aanmelding voor het Cliëntportaal van %2 is "
                                    "goedgekeurd. Uw gebruikersnaam is: %3\n\nUw wachtwoord "
                                    "krijgt u in een aparte e-mail.")
                         .arg(fullName(registration->requester), organisation->name, to)}) &&
        sender.send({OutgoingMessage::Channel::Email, to,
                     QStringLiteral("Uw eerste wachtwoord voor het Cliëntportaal"),
                     QStringLiteral("Beste %1,\n\nUw eerste wachtwoord is: %2\n\nBij de eerste "
                                    "keer inloggen kiest u een eigen wachtwoord. Uw "
                                    "gebruikersnaam staat in de andere e-mail.")
                         .arg(fullName(registration->requester), password)});
    if (!sent)
        return fail(QStringLiteral("approve-registration: the account exists, but the messages "
                                   "could not be written; give the user a new password"));
    const LinkRights stored = rights && LinkRights::isChoosable(registration->relation)
                                  ? *rights
                                  : LinkRights::defaultFor(registration->relation);
    print(QStringLiteral("approved\t%1\taccount %2\tclient %3\t%4\t%5")
              .arg(registration->id, to, clientId, registration->relation, stored.display()));
    return 0;
}

int rejectRegistration(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("reject-registration"));
    RegistrationStore registrations(database);
    const auto registration = openRegistration(options, registrations);
    const QString reason = options.required(QStringLiteral("reason"), kReasonMax);
    const auto organisation = OrganisationStore(database).organisation();
    if (!options.ok() || !organisation)
        return options.fail();
    if (!registrations.decide(registration->id, QStringLiteral("rejected"),
                              parser.value(QStringLiteral("staff")), reason, {}))
        return fail(QStringLiteral("reject-registration: decided meanwhile"));
    OutboxSender sender = outboxOf(database);
    if (!sender.send({OutgoingMessage::Channel::Email, registration->requester.email,
                      QStringLiteral("Uw aanmelding voor het Cliëntportaal"),
                      QStringLiteral("Beste %1,\n\nWij kunnen u helaas geen toegang geven tot het "
                                     "Cliëntportaal van %2.\n\nReden: %3\n\nHeeft u vragen? Bel "
                                     "ons op %4.")
                          .arg(fullName(registration->requester), organisation->name, reason,
                               organisation->phone)}))
        return fail(QStringLiteral("reject-registration: the message could not be written"));
    print(QStringLiteral("rejected\t%1").arg(registration->id));
    return 0;
}

} // namespace

TaskList registrationTasks() {
    return {
        {QStringLiteral("list-registrations"), QStringLiteral("list-registrations"),
         listRegistrations},
        {QStringLiteral("approve-registration"),
         QStringLiteral("approve-registration --id ID --client ID [--rights LIST|none] "
                        "[--staff NAME]"),
         approveRegistration},
        {QStringLiteral("reject-registration"),
         QStringLiteral("reject-registration --id ID --reason TEXT [--staff NAME]"),
         rejectRegistration},
    };
}

} // namespace careportal::server::admin
