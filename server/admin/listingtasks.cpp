// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "listingtasks.h"

#include "absencetasks.h"
#include "adminoutput.h"
#include "api/dutchtime.h"
#include "dossiertasks.h"
#include "oidctasks.h"
#include "requesttasks.h"
#include "staffaccess.h"
#include "storage/absencestore.h"
#include "storage/accesslogstore.h"
#include "storage/accountstore.h"
#include "storage/contactrequeststore.h"
#include "storage/contactstore.h"
#include "storage/visitstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QHash>
#include <utility>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 100;
constexpr qint64 kMaxListDays = 400; // as the planning API
constexpr qint64 kDefaultDaysBack = 7;
constexpr qint64 kDefaultDaysAhead = 28;

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
    for (const LinkedAccount &a : AccountStore(database).accountsOfClient(listing.client.id))
        rows.append({a.username, a.relation, QStringLiteral("sees: ") + a.rights.display(),
                     a.mustChangePassword ? QStringLiteral("password change pending")
                                          : QStringLiteral("own password chosen"),
                     oidcLinksText(database, a.accountId)});
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
    for (const StaffVisitRecord &v : VisitStore(database).visits(listing.client.id, fromUtc, toUtc))
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
    const auto client = id.isEmpty() ? std::nullopt : AccountStore(database).client(id);
    if (!id.isEmpty() && !client)
        options.refuse(QStringLiteral("no client %1").arg(id));
    if (!client || !options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, client->id, QStringLiteral("read"),
                        QStringLiteral("overview")))
        return refuseWithoutLog(QStringLiteral("list-client"));
    const Listing listing{*client, from, to};
    bool first = true;
    for (SectionPrinter printSection : sections()) {
        if (!std::exchange(first, false))
            print(QString());
        printSection(database, listing);
    }
    return 0;
}

// ---- list-security-events ---------------------------------------------------------------

constexpr qint64 kDefaultEventDays = 30;
constexpr int kMaxEvents = 10000;

/// For the security officer (NEN 7513): refused attempts at clients' data, oldest first.
int listSecurityEvents(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("list-security-events"));
    const QDate from = options.isSet(QStringLiteral("from"))
                           ? options.date(QStringLiteral("from"))
                           : todayInAmsterdam().addDays(-kDefaultEventDays);
    if (!options.ok())
        return options.fail();
    const QDateTime fromUtc = QDateTime(from, QTime(0, 0), amsterdam()).toUTC();
    for (const SecurityEventRecord &e :
         AccessLogStore(database).securityEvents(fromUtc, kMaxEvents))
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                  .arg(e.at.toString(Qt::ISODate), e.event, e.userName, e.address, e.device,
                       e.object));
    return 0;
}

int listClients(Database &database, const QCommandLineParser & /*parser*/) {
    AccountStore store(database);
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

TaskList listingTasks() {
    return {
        {QStringLiteral("list-clients"), QStringLiteral("list-clients"), listClients},
        {QStringLiteral("list-client"),
         QStringLiteral("list-client --client ID [--from YYYY-MM-DD] [--to YYYY-MM-DD]"),
         listClient},
        {QStringLiteral("list-security-events"),
         QStringLiteral("list-security-events [--from YYYY-MM-DD]"), listSecurityEvents},
    };
}

} // namespace careportal::server::admin
