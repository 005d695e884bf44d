// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoseeder.h"

#include "auth/passwordhasher.h"
#include "demodossier.h"
#include "demoprivacystatement.h"
#include "storage/accountstore.h"
#include "storage/contactrequeststore.h"
#include "storage/contactstore.h"
#include "storage/dossierstore.h"
#include "storage/organisationstore.h"
#include "storage/visitstore.h"

#include <QTimeZone>

namespace careportal::server {

namespace {

const QString kDemoPassword = QStringLiteral("Welkom!2026");
const QString kClientTest = QStringLiteral("client-c-test");
const QString kClientVoorbeeld = QStringLiteral("client-j-voorbeeld");
const QString kRepresentative = QStringLiteral("r.vertegenwoordiger@example.nl");

// A linden leaf in a circle: small enough to send inline with GET /organisation.
const QByteArray kLogoSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 64 64\" role=\"img\" "
    "aria-label=\"Thuiszorg De Linde\"><circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"#1B6E8A\"/>"
    "<path d=\"M32 12c-9 8-14 16-14 24a14 14 0 0 0 28 0c0-8-5-16-14-24z\" fill=\"#F2A541\"/>"
    "<path d=\"M32 20v34\" stroke=\"#1B6E8A\" stroke-width=\"2\"/></svg>";

struct Schedule {
    QString clientId;
    QList<int> weekdays; // Qt::DayOfWeek values
    QTime start;
    QTime end;
    QString helpType;
    QStringList carers;
    QString standIn; // every fifth visit, so the planning looks like real life
};

} // namespace

DemoSeeder::DemoSeeder(OrganisationStore &organisation, AccountStore &accounts, VisitStore &visits,
                       ContactStore &contacts, ContactRequestStore &requests,
                       DossierStore &dossiers, PrivacyStatementStore &privacy)
    : m_organisation(organisation)
    , m_accounts(accounts)
    , m_visits(visits)
    , m_contacts(contacts)
    , m_requests(requests)
    , m_dossiers(dossiers)
    , m_privacy(privacy) {}

QList<DemoSeeder::Login> DemoSeeder::logins() {
    return {{QStringLiteral("c.test@example.nl"), kDemoPassword, true},
            {QStringLiteral("j.voorbeeld@example.nl"), kDemoPassword, false},
            {kRepresentative, kDemoPassword, false}};
}

std::optional<QList<DemoSeeder::Login>> DemoSeeder::seedIfEmpty(const QDate &today) {
    if (m_organisation.organisation())
        return QList<Login>{};
    const bool ok = m_organisation.insertOrganisation(
                        {QStringLiteral("de-linde"), QStringLiteral("Thuiszorg De Linde"),
                         QStringLiteral("088 123 45 67"), QStringLiteral("#1B6E8A"),
                         QStringLiteral("#F2A541"), QStringLiteral("image/svg+xml"), kLogoSvg}) &&
                    seedPeople() && seedRepresentative() && seedVisits(today) && seedContacts() &&
                    seedRequests(today) && DemoDossier(m_dossiers).seed(kClientVoorbeeld, today);
    if (!ok)
        return std::nullopt;
    return logins();
}

bool DemoSeeder::seedRepresentative() {
    // Someone who acts for both demo clients: legal representative of J. Voorbeeld and
    // authorised contact person of C. Test. Invented, like everyone here.
    if (m_accounts.accountByUsername(kRepresentative))
        return true;
    const AccountRecord account{QStringLiteral("account-r-vertegenwoordiger"),
                                kRepresentative,
                                PasswordHasher::hash(kDemoPassword),
                                QStringLiteral("mevrouw"),
                                QStringLiteral("R."),
                                QStringLiteral("Vertegenwoordiger"),
                                QStringLiteral("mevrouw R. Vertegenwoordiger"),
                                false};
    return !account.passwordHash.isEmpty() && m_accounts.insertAccount(account) &&
           m_accounts.linkAccountToClient(account.id, kClientVoorbeeld,
                                          QStringLiteral("representative")) &&
           m_accounts.linkAccountToClient(account.id, kClientTest, QStringLiteral("contact"));
}

bool DemoSeeder::addMissing(const QDate &today) {
    // Each part that a demo database from an earlier version may lack.
    if (m_accounts.client(kClientTest) && m_accounts.client(kClientVoorbeeld) &&
        !seedRepresentative())
        return false;
    if (!m_privacy.statement() && !m_privacy.setStatement(demoPrivacyStatement(today)))
        return false;
    if (!m_accounts.client(kClientVoorbeeld) || m_dossiers.dossier(kClientVoorbeeld))
        return true;
    return DemoDossier(m_dossiers).seed(kClientVoorbeeld, today);
}

bool DemoSeeder::seedPeople() {
    const QList<Login> demo = logins(); // the clients' own logins come first
    const ClientRecord test{kClientTest, QStringLiteral("mevrouw"), QStringLiteral("C."),
                            QStringLiteral("Test"), QStringLiteral("mevrouw C. Test")};
    const ClientRecord voorbeeld{kClientVoorbeeld, QStringLiteral("de heer"), QStringLiteral("J."),
                                 QStringLiteral("Voorbeeld"),
                                 QStringLiteral("de heer J. Voorbeeld")};
    const QList<ClientRecord> clients{test, voorbeeld};
    const QStringList accountIds{QStringLiteral("account-c-test"),
                                 QStringLiteral("account-j-voorbeeld")};
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const ClientRecord &client = clients.at(i);
        // Each demo client manages their own account (relation "self").
        const AccountRecord account{accountIds.at(i),
                                    demo.at(i).username,
                                    PasswordHasher::hash(demo.at(i).password),
                                    client.salutation,
                                    client.initials,
                                    client.surname,
                                    client.displayName,
                                    demo.at(i).mustChangePassword};
        if (account.passwordHash.isEmpty() || !m_accounts.insertClient(client) ||
            !m_accounts.insertAccount(account) ||
            !m_accounts.linkAccountToClient(account.id, client.id, QStringLiteral("self")))
            return false;
    }
    return true;
}

bool DemoSeeder::seedVisits(const QDate &today) {
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const QList<Schedule> schedules{
        {kClientTest,
         {Qt::Wednesday},
         QTime(9, 0),
         QTime(11, 0),
         QStringLiteral("HV 1"),
         {QStringLiteral("Sanne"), QStringLiteral("Joris"), QStringLiteral("Fleur")},
         QStringLiteral("Lotte")},
        {kClientVoorbeeld,
         {Qt::Monday, Qt::Thursday},
         QTime(13, 30),
         QTime(15, 30),
         QStringLiteral("HV 2"),
         {QStringLiteral("Eva"), QStringLiteral("Mo")},
         QStringLiteral("Daan")},
    };
    QList<AppointmentRecord> visits;
    for (const Schedule &schedule : schedules) {
        int index = 0;
        for (QDate day = today.addMonths(-6); day <= today.addMonths(6); day = day.addDays(1)) {
            if (!schedule.weekdays.contains(day.dayOfWeek()))
                continue;
            const QString carer = index % 5 == 4
                                      ? schedule.standIn
                                      : schedule.carers.at(index % schedule.carers.size());
            visits.append({QStringLiteral("%1-%2").arg(schedule.clientId,
                                                       day.toString(QStringLiteral("yyyyMMdd"))),
                           schedule.clientId, QDateTime(day, schedule.start, amsterdam).toUTC(),
                           QDateTime(day, schedule.end, amsterdam).toUTC(), schedule.helpType,
                           carer});
            ++index;
        }
    }
    return m_visits.insertAppointments(visits);
}

bool DemoSeeder::seedContacts() {
    // Invented numbers in the style of the seeds' examples, and example.nl addresses.
    const QList<ContactDetailRecord> details{
        {QStringLiteral("demo-cd-1"),
         kClientTest,
         QStringLiteral("mobile-phone"),
         QStringLiteral("06-12345678"),
         {}},
        {QStringLiteral("demo-cd-2"),
         kClientTest,
         QStringLiteral("email"),
         QStringLiteral("c.test@example.nl"),
         {}},
        {QStringLiteral("demo-cd-3"), kClientTest, QStringLiteral("home-phone-private"),
         QStringLiteral("020-1234567"), QStringLiteral("Liefst 's ochtends bellen")},
        {QStringLiteral("demo-cd-4"),
         kClientVoorbeeld,
         QStringLiteral("home-phone"),
         QStringLiteral("030-7654321"),
         {}},
    };
    const QList<ContactPersonRecord> persons{
        {QStringLiteral("demo-cp-1"),
         kClientTest,
         QStringLiteral("D. Test"),
         QStringLiteral("06-21212121"),
         {},
         QStringLiteral("d.test@example.nl"),
         QStringLiteral("familie"),
         true,
         QStringLiteral("Zoon, heeft een sleutel")},
        {QStringLiteral("demo-cp-2"),
         kClientTest,
         QStringLiteral("Huisartsenpraktijk De Brug"),
         QStringLiteral("020-9876543"),
         {},
         {},
         QStringLiteral("huisarts"),
         false,
         {}},
        {QStringLiteral("demo-cp-3"),
         kClientVoorbeeld,
         QStringLiteral("A. Voorbeeld"),
         QStringLiteral("06-87654321"),
         QStringLiteral("030-1112233"),
         {},
         QStringLiteral("familie"),
         true,
         {}},
    };
    for (const ContactDetailRecord &detail : details) {
        if (!m_contacts.insertContactDetail(detail))
            return false;
    }
    for (const ContactPersonRecord &person : persons) {
        if (!m_contacts.saveContactPerson(person, true))
            return false;
    }
    return true;
}

bool DemoSeeder::seedRequests(const QDate &today) {
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const auto at = [&](int daysAgo, int hour) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, 15), amsterdam).toUTC();
    };
    QList<ContactRequestRecord> requests{
        {QStringLiteral("demo-cr-1"), kClientTest, QStringLiteral("account-c-test"),
         QStringLiteral("planning"),
         QStringLiteral("Kan de hulp volgende week op donderdag komen in plaats van woensdag?"),
         true, at(12, 10), at(11, 14),
         QStringLiteral("Dat is geregeld: volgende week komt Sanne op donderdag om 09:00 uur."),
         QStringLiteral("Marloes (planning)")},
        {QStringLiteral("demo-cr-2"),
         kClientTest,
         QStringLiteral("account-c-test"),
         QStringLiteral("klantportaal"),
         QStringLiteral("Waar kan ik mijn contactgegevens wijzigen?"),
         false,
         at(2, 16),
         {},
         {},
         {}},
    };
    // Enough history for J. Voorbeeld that the list pages ("Laad meer contactverzoeken").
    for (int i = 0; i < 12; ++i) {
        const int daysAgo = 20 + 9 * i;
        requests.append({QStringLiteral("demo-cr-jv-%1").arg(i + 1), kClientVoorbeeld,
                         QStringLiteral("account-j-voorbeeld"),
                         i % 2 == 0 ? QStringLiteral("planning") : QStringLiteral("anders"),
                         QStringLiteral("Vraag %1: kan de hulp een keer later komen?").arg(12 - i),
                         true, at(daysAgo, 9), at(daysAgo - 1, 11),
                         QStringLiteral("Ja, dat kan. We hebben het aangepast in uw planning."),
                         QStringLiteral("Kees (klantenservice)")});
    }
    return std::all_of(requests.cbegin(), requests.cend(),
                       [this](const ContactRequestRecord &r) { return m_requests.insert(r); });
}

} // namespace careportal::server
