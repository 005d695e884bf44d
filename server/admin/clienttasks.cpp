// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "clienttasks.h"

#include "adminoutput.h"
#include "auth/passwordhasher.h"
#include "passwordpolicy.h"
#include "storage/accountstore.h"
#include "storage/organisationstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kInitialsMax = 20;
constexpr qsizetype kNameMax = 100; // surname
constexpr qsizetype kUsernameMin = 3;
constexpr qsizetype kUsernameMax = 254;   // the longest e-mail address, a common user name
constexpr qsizetype kPasswordLength = 14; // ~80 bits from the alphabet below

const QString kSelf = QStringLiteral("self");

// ---- create-client ----------------------------------------------------------------------

struct NewClient {
    ClientRecord client;
    QString username;
};

QString readSalutation(TaskOptions &options) {
    QString salutation = options.required(QStringLiteral("salutation"), 20).toLower();
    if (!salutation.isEmpty() && salutation != QLatin1String("mevrouw") &&
        salutation != QLatin1String("de heer"))
        options.refuse(QStringLiteral("--salutation must be \"mevrouw\" or \"de heer\""));
    return salutation;
}

QString readInitials(TaskOptions &options) {
    // Letters each followed by a dot ("J.", "J.P.", "Th."): the portal shows "mevrouw C. Test".
    static const QRegularExpression shape(QStringLiteral("^(\\p{L}{1,3}\\.[ -]?)+$"));
    QString initials = options.required(QStringLiteral("initials"), kInitialsMax);
    if (!initials.isEmpty() && !shape.match(initials).hasMatch())
        options.refuse(QStringLiteral("--initials must be initials with dots, such as \"J.\" or "
                                      "\"J.P.\""));
    return initials;
}

QString readSurname(TaskOptions &options) {
    QString surname = options.required(QStringLiteral("surname"), kNameMax);
    if (!surname.isEmpty() &&
        std::none_of(surname.cbegin(), surname.cend(), [](QChar c) { return c.isLetter(); }))
        options.refuse(QStringLiteral("--surname must contain letters"));
    return surname;
}

QString readUsername(TaskOptions &options) {
    QString username = options.required(QStringLiteral("username"), kUsernameMax);
    if (username.isEmpty())
        return username;
    if (username.size() < kUsernameMin)
        options.refuse(QStringLiteral("--username needs at least %1 characters").arg(kUsernameMin));
    if (std::any_of(username.cbegin(), username.cend(), [](QChar c) { return c.isSpace(); }))
        options.refuse(QStringLiteral("--username must not contain spaces"));
    return username;
}

void checkRelation(TaskOptions &options) {
    // Only the client's own account for now: an account for a representative needs that
    // person's own name (the letter and "Welkom ..." address them), which is not modelled.
    const QString relation = options.optional(QStringLiteral("relation"), 20);
    if (!relation.isEmpty() && relation != kSelf)
        options.refuse(QStringLiteral("--relation: only \"self\" is supported (an account for "
                                      "the client themselves)"));
}

NewClient readNewClient(TaskOptions &options) {
    NewClient result;
    ClientRecord &c = result.client;
    c.id = newId();
    c.salutation = readSalutation(options);
    c.initials = readInitials(options);
    c.surname = readSurname(options);
    c.displayName = QStringLiteral("%1 %2 %3").arg(c.salutation, c.initials, c.surname);
    result.username = readUsername(options);
    checkRelation(options);
    return result;
}

/// "Geachte mevrouw Test," / "Geachte heer Van der Berg,": Dutch letters drop "de" from
/// "de heer" and, without initials before it, capitalise the surname's first prefix.
QString salutationLine(const ClientRecord &client) {
    const QString title =
        client.salutation == QLatin1String("de heer") ? QStringLiteral("heer") : client.salutation;
    QString surname = client.surname;
    surname[0] = surname.at(0).toUpper();
    return QStringLiteral("Geachte %1 %2,").arg(title, surname);
}

/// The letter staff print and post: one line per paragraph, so it can also be pasted into
/// the organisation's own letter template.
void printLetter(const OrganisationRecord &organisation, const ClientRecord &client,
                 const QString &username, const QString &password) {
    const QStringList lines{
        organisation.name,
        QString(),
        QStringLiteral("Betreft: uw inloggegevens voor het Cliëntportaal"),
        QString(),
        salutationLine(client),
        QString(),
        QStringLiteral("Vanaf nu kunt u het Cliëntportaal van %1 gebruiken in de app "
                       "CarePortal. Daarin ziet u onder andere uw planning en uw "
                       "contactgegevens, en kunt u contact met ons opnemen of afwezigheid "
                       "doorgeven.")
            .arg(organisation.name),
        QString(),
        QStringLiteral("U logt in met:"),
        QString(),
        QStringLiteral("    Gebruikersnaam:       %1").arg(username),
        QStringLiteral("    Eenmalig wachtwoord:  %1").arg(password),
        QString(),
        QStringLiteral("Bij de eerste keer inloggen kiest u zelf een nieuw wachtwoord. Daarna "
                       "werkt het eenmalige wachtwoord niet meer."),
        QString(),
        QStringLiteral("Bewaar deze brief op een veilige plek en deel uw inloggegevens met "
                       "niemand. Onze medewerkers vragen nooit naar uw wachtwoord."),
        QString(),
        QStringLiteral("Heeft u vragen? Bel ons gerust op %1.").arg(organisation.phone),
        QString(),
        QStringLiteral("Met vriendelijke groet,"),
        QString(),
        organisation.name,
    };
    for (const QString &line : lines)
        print(line);
}

int createClient(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("create-client"));
    const NewClient created = readNewClient(options);
    AccountStore store(database);
    const auto organisation = OrganisationStore(database).organisation();
    if (!organisation)
        options.refuse(QStringLiteral("the database has no organisation yet"));
    if (!created.username.isEmpty() && store.accountByUsername(created.username))
        options.refuse(QStringLiteral("username %1 is already taken").arg(created.username));
    if (!organisation || !options.ok())
        return options.fail();

    const ClientRecord &client = created.client;
    const QString password = oneTimePassword();
    // The account is the client's own: same name, and the password must be replaced at the
    // first login (the API allows nothing else until then).
    const AccountRecord account{newId(),
                                created.username,
                                PasswordHasher::hash(password),
                                client.salutation,
                                client.initials,
                                client.surname,
                                client.displayName,
                                true};
    if (account.passwordHash.isEmpty())
        return fail(QStringLiteral("create-client: could not hash the password"));
    if (!store.insertClientWithAccount(client, account, kSelf))
        return fail(QStringLiteral("create-client: could not store the client (was the username "
                                   "taken meanwhile?)"));
    print(QStringLiteral("client-id\t%1").arg(client.id));
    printLetter(*organisation, client, account.username, password);
    return 0;
}

int setCareEnd(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-care-end"));
    const QString clientId = options.required(QStringLiteral("client"), 64);
    // "none" clears it: the care goes on after all.
    const bool clear = parser.value(QStringLiteral("ended")) == QLatin1String("none");
    const QDate ended = clear ? QDate() : options.date(QStringLiteral("ended"));
    AccountStore store(database);
    if (!clientId.isEmpty() && !store.client(clientId))
        options.refuse(QStringLiteral("no client %1").arg(clientId));
    if (!options.ok())
        return options.fail();
    if (!store.setCareEnded(clientId, ended))
        return fail(QStringLiteral("set-care-end: could not store the date"));
    if (clear)
        print(QStringLiteral("care-end\t%1\tnone").arg(clientId));
    else
        print(
            QStringLiteral("care-end\t%1\t%2\tportal access until %3")
                .arg(clientId, ended.toString(Qt::ISODate),
                     ended.addDays(AccountStore::kAccessDaysAfterCareEnds).toString(Qt::ISODate)));
    return 0;
}

} // namespace

TaskList clientTasks() {
    return {
        {QStringLiteral("create-client"),
         QStringLiteral("create-client --salutation \"mevrouw\"|\"de heer\" --initials X. "
                        "--surname NAME --username USER [--relation self]"),
         createClient},
        {QStringLiteral("set-care-end"),
         QStringLiteral("set-care-end --client ID --ended YYYY-MM-DD|none"), setCareEnd},
    };
}

QString oneTimePassword() {
    const PasswordPolicy policy = PasswordPolicy::portalDefault();
    // Read from paper and typed in: no 0/O/o, 1/l/I. Special characters as the policy's
    // examples (! * #), never one the policy forbids.
    const auto allowed = [&](QString characters) {
        characters.removeIf([&](QChar c) { return policy.forbiddenCharacters.contains(c); });
        return characters;
    };
    const QStringList classes{allowed(QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ")),
                              allowed(QStringLiteral("abcdefghijkmnpqrstuvwxyz")),
                              allowed(QStringLiteral("23456789")),
                              allowed(QStringLiteral("!#*+=%@"))};
    const QString everything = classes.join(QString());
    QRandomGenerator *random = QRandomGenerator::system();
    const auto pick = [random](const QString &from) {
        return from.at(random->bounded(static_cast<int>(from.size())));
    };
    // One of every class, so every rule is met, the rest from all of them; then shuffled
    // (Fisher-Yates with the same generator) so the classes are not at fixed places.
    QString password;
    for (const QString &characters : classes)
        password.append(pick(characters));
    const qsizetype length = std::max<qsizetype>(kPasswordLength, policy.minLength);
    while (password.size() < length)
        password.append(pick(everything));
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(static_cast<int>(i) + 1)]);
    return password;
}

} // namespace careportal::server::admin