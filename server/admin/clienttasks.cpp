#include "clienttasks.h"

#include "absencetasks.h"
#include "adminoutput.h"
#include "api/dutchtime.h"
#include "auth/passwordhasher.h"
#include "dossiertasks.h"
#include "passwordpolicy.h"
#include "requesttasks.h"
#include "storage/absencestore.h"
#include "storage/contactrequeststore.h"
#include "storage/contactstore.h"
#include "storage/store.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 100;
constexpr qsizetype kInitialsMax = 20;
constexpr qsizetype kNameMax = 100; // surname, carer, staff member
constexpr qsizetype kUsernameMin = 3;
constexpr qsizetype kUsernameMax = 254; // the longest e-mail address, a common user name
constexpr qsizetype kHelpTypeMax = 40;
constexpr qsizetype kPasswordLength = 14; // ~80 bits from the alphabet below
constexpr qint64 kMaxVisitSeconds = qint64{24} * 60 * 60;
constexpr qint64 kMaxListDays = 400; // as the planning API
constexpr qint64 kDefaultDaysBack = 7;
constexpr qint64 kDefaultDaysAhead = 28;

const QString kSelf = QStringLiteral("self");
const QString kStaffMarker = QStringLiteral("staff:"); // cancelled_by of cancel-visit

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QDate todayInAmsterdam() {
    return QDateTime::currentDateTimeUtc().toTimeZone(amsterdam()).date();
}

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
    Store store(database);
    const auto organisation = store.organisation();
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

// ---- visits -----------------------------------------------------------------------------

/// Staff plan in Dutch local days: a visit ends after it starts, on the same day.
void checkVisitTimes(TaskOptions &options, const QDateTime &startUtc, const QDateTime &endUtc) {
    if (!startUtc.isValid() || !endUtc.isValid())
        return; // already reported
    if (endUtc <= startUtc)
        options.refuse(QStringLiteral("the end must be after the start"));
    else if (startUtc.toTimeZone(amsterdam()).date() != endUtc.toTimeZone(amsterdam()).date())
        options.refuse(QStringLiteral("a visit must end on the day it starts"));
    else if (startUtc.secsTo(endUtc) > kMaxVisitSeconds)
        options.refuse(QStringLiteral("a visit lasts at most 24 hours"));
}

/// Unknown and cancelled visits cannot be changed or cancelled; records why.
std::optional<StaffVisitRecord> plannedVisit(TaskOptions &options, Store &store,
                                             const QString &id) {
    if (id.isEmpty())
        return std::nullopt;
    auto visit = store.visit(id);
    if (!visit) {
        options.refuse(QStringLiteral("no visit %1").arg(id));
        return std::nullopt;
    }
    if (!visit->cancelledBy.isEmpty()) {
        options.refuse(QStringLiteral("visit %1 is cancelled (%2)").arg(id, visit->cancelledBy));
        return std::nullopt;
    }
    return visit;
}

int addVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-visit"));
    AppointmentRecord visit{newId(),
                            options.required(QStringLiteral("client"), kIdMax),
                            options.localTime(QStringLiteral("start")),
                            options.localTime(QStringLiteral("end")),
                            options.required(QStringLiteral("help-type"), kHelpTypeMax),
                            options.required(QStringLiteral("carer"), kNameMax)};
    checkVisitTimes(options, visit.start, visit.end);
    Store store(database);
    if (!visit.clientId.isEmpty() && !store.client(visit.clientId))
        options.refuse(QStringLiteral("no client %1").arg(visit.clientId));
    if (!options.ok())
        return options.fail();
    if (!store.insertAppointments({visit}))
        return fail(QStringLiteral("add-visit: could not store the visit"));
    print(QStringLiteral("added %1").arg(visit.id));
    return 0;
}

int changeVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("change-visit"));
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    const QStringList changeable{QStringLiteral("start"), QStringLiteral("end"),
                                 QStringLiteral("help-type"), QStringLiteral("carer")};
    if (std::none_of(changeable.cbegin(), changeable.cend(),
                     [&](const QString &option) { return options.isSet(option); }))
        options.refuse(QStringLiteral("give at least one of --start, --end, --help-type, --carer"));
    Store store(database);
    const auto existing = plannedVisit(options, store, id);
    AppointmentRecord visit = existing ? existing->visit : AppointmentRecord{};
    if (options.isSet(QStringLiteral("start")))
        visit.start = options.localTime(QStringLiteral("start"));
    if (options.isSet(QStringLiteral("end")))
        visit.end = options.localTime(QStringLiteral("end"));
    if (options.isSet(QStringLiteral("help-type")))
        visit.helpType = options.optional(QStringLiteral("help-type"), kHelpTypeMax);
    if (options.isSet(QStringLiteral("carer")))
        visit.carerName = options.optional(QStringLiteral("carer"), kNameMax);
    if (existing)
        checkVisitTimes(options, visit.start, visit.end);
    if (!options.ok())
        return options.fail();
    if (!store.updateVisit(visit))
        return fail(QStringLiteral("change-visit: could not change %1").arg(id));
    print(QStringLiteral("changed %1").arg(id));
    return 0;
}

int cancelVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("cancel-visit"));
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    const QString staff = options.required(QStringLiteral("staff"), kNameMax);
    Store store(database);
    plannedVisit(options, store, id);
    if (!options.ok())
        return options.fail();
    // Like a processed absence, the marker in cancelled_by takes the visit out of the
    // planning and keeps who did it.
    if (!store.cancelVisit(id, kStaffMarker + staff))
        return fail(QStringLiteral("cancel-visit: could not cancel %1").arg(id));
    print(QStringLiteral("cancelled %1").arg(id));
    return 0;
}

// ---- list-client / list-clients ---------------------------------------------------------

/// What list-client shows: one client, and the days of visits to include.
struct Listing {
    ClientRecord client;
    QDate from;
    QDate to;
};

/// Rows indented under their heading, fields tab-separated; empty fields are left out so
/// the rows stay readable.
void printRows(const QList<QStringList> &rows) {
    if (rows.isEmpty())
        print(QStringLiteral("  (none)"));
    for (QStringList fields : rows) {
        fields.removeAll(QString());
        print(QStringLiteral("  ") + fields.join(QLatin1Char('\t')));
    }
}

void printClientSection(Database & /*database*/, const Listing &listing) {
    printHeading(QStringLiteral("Client"));
    printRows({{QStringLiteral("id"), listing.client.id},
               {QStringLiteral("name"), listing.client.displayName}});
}

void printAccountsSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Accounts"));
    QList<QStringList> rows;
    for (const LinkedAccount &a : Store(database).accountsOfClient(listing.client.id))
        rows.append({a.username, a.relation,
                     a.mustChangePassword ? QStringLiteral("password change pending")
                                          : QStringLiteral("own password chosen")});
    printRows(rows);
}

QString visitLine(const AppointmentRecord &visit) {
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    const QDateTime start = visit.start.toTimeZone(amsterdam());
    const QDateTime end = visit.end.toTimeZone(amsterdam());
    return QStringLiteral("%1 %2 %3-%4")
        .arg(start.date().toString(Qt::ISODate),
             dutch.dayName(start.date().dayOfWeek(), QLocale::ShortFormat),
             start.time().toString(QStringLiteral("HH:mm")),
             end.time().toString(QStringLiteral("HH:mm")));
}

void printVisitsSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Visits %1 to %2 (Europe/Amsterdam)")
                     .arg(listing.from.toString(Qt::ISODate), listing.to.toString(Qt::ISODate)));
    const QDateTime fromUtc = QDateTime(listing.from, QTime(0, 0), amsterdam()).toUTC();
    const QDateTime toUtc = QDateTime(listing.to.addDays(1), QTime(0, 0), amsterdam()).toUTC();
    QList<QStringList> rows;
    for (const StaffVisitRecord &v : Store(database).visits(listing.client.id, fromUtc, toUtc))
        rows.append({visitLine(v.visit), v.visit.helpType, v.visit.carerName, v.visit.id,
                     v.cancelledBy.isEmpty()
                         ? QString()
                         : QStringLiteral("cancelled (%1)").arg(v.cancelledBy)});
    printRows(rows);
}

void printContactDetailsSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Contact details"));
    QList<QStringList> rows;
    for (const ContactDetailRecord &d : ContactStore(database).contactDetails(listing.client.id))
        rows.append({d.kind, d.value, d.remark});
    printRows(rows);
}

void printContactPersonsSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Contact persons"));
    ContactStore store(database);
    QHash<QString, QString> typeLabels;
    for (const ContactPersonType &type : store.contactPersonTypes())
        typeLabels.insert(type.code, type.labelNl);
    QList<QStringList> rows;
    for (const ContactPersonRecord &p : store.contactPersons(listing.client.id))
        rows.append({p.name, typeLabels.value(p.type, p.type),
                     p.primary ? QStringLiteral("primary") : QString(), p.phone1, p.phone2, p.email,
                     p.remarks});
    printRows(rows);
}

void printContactRequestsSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Contact requests"));
    QList<QStringList> rows;
    for (const ContactRequestRecord &r :
         ContactRequestStore(database).page(listing.client.id, std::nullopt, 1000))
        rows.append({requestLine(r)});
    printRows(rows);
}

void printAbsencesSection(Database &database, const Listing &listing) {
    printHeading(QStringLiteral("Absence reports"));
    QList<QStringList> rows;
    for (const AbsenceRecord &r : AbsenceStore(database).reports(listing.client.id))
        rows.append({absenceLine(r)});
    printRows(rows);
}

void printDossier(Database &database, const Listing &listing) {
    printDossierSection(database, listing.client.id);
}

using SectionPrinter = void (*)(Database &, const Listing &);

const QList<SectionPrinter> &sections() {
    static const QList<SectionPrinter> all{
        printClientSection,         printAccountsSection,
        printVisitsSection,         printContactDetailsSection,
        printContactPersonsSection, printContactRequestsSection,
        printAbsencesSection,       printDossier,
    };
    return all;
}

/// --from/--to, each defaulting to a window around today; records what is wrong.
std::pair<QDate, QDate> readListRange(TaskOptions &options) {
    const QDate today = todayInAmsterdam();
    const QDate from = options.isSet(QStringLiteral("from")) ? options.date(QStringLiteral("from"))
                                                             : today.addDays(-kDefaultDaysBack);
    const QDate to = options.isSet(QStringLiteral("to")) ? options.date(QStringLiteral("to"))
                                                         : today.addDays(kDefaultDaysAhead);
    if (from.isValid() && to.isValid() && (to < from || from.daysTo(to) > kMaxListDays))
        options.refuse(QStringLiteral("--to must be on or after --from and at most %1 days later")
                           .arg(kMaxListDays));
    return {from, to};
}

int listClient(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("list-client"));
    const QString id = options.required(QStringLiteral("client"), kIdMax);
    const auto [from, to] = readListRange(options);
    const auto client = id.isEmpty() ? std::nullopt : Store(database).client(id);
    if (!id.isEmpty() && !client)
        options.refuse(QStringLiteral("no client %1").arg(id));
    if (!client || !options.ok())
        return options.fail();
    const Listing listing{*client, from, to};
    bool first = true;
    for (SectionPrinter printSection : sections()) {
        if (!std::exchange(first, false))
            print(QString());
        printSection(database, listing);
    }
    return 0;
}

int listClients(Database &database, const QCommandLineParser & /*parser*/) {
    Store store(database);
    for (const ClientRecord &client : store.clients()) {
        QStringList usernames;
        for (const LinkedAccount &account : store.accountsOfClient(client.id))
            usernames.append(account.username);
        print(QStringLiteral("%1\t%2\t%3")
                  .arg(client.id, client.displayName, usernames.join(QStringLiteral(", "))));
    }
    return 0;
}

} // namespace

TaskList clientTasks() {
    return {
        {QStringLiteral("list-clients"), QStringLiteral("list-clients"), listClients},
        {QStringLiteral("list-client"),
         QStringLiteral("list-client --client ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
         listClient},
        {QStringLiteral("create-client"),
         QStringLiteral("create-client --salutation \"mevrouw\"|\"de heer\" --initials X. "
                        "--surname NAME --username USER [--relation self]"),
         createClient},
        {QStringLiteral("add-visit"),
         QStringLiteral("add-visit --client ID --start YYYY-MM-DDTHH:MM --end "
                        "YYYY-MM-DDTHH:MM --help-type TEXT --carer NAME"),
         addVisit},
        {QStringLiteral("change-visit"),
         QStringLiteral("change-visit --id ID [--start ..] [--end ..] [--help-type ..] "
                        "[--carer ..]"),
         changeVisit},
        {QStringLiteral("cancel-visit"), QStringLiteral("cancel-visit --id ID --staff NAME"),
         cancelVisit},
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
