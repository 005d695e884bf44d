// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demobusiness.h"

#include "auth/passwordhasher.h"
#include "minimalpdf.h"
#include "storage/accountstore.h"
#include "storage/businessinvoicestore.h"
#include "storage/businessprojectstore.h"
#include "storage/businessstore.h"

#include <QLocale>
#include <QTimeZone>

namespace careportal::server {

namespace {

const QString kPassword = QStringLiteral("Welkom!2026");
const QString kCustomer = QStringLiteral("demo-business-de-kade");
const QString kBeheerder = QStringLiteral("demo-contact-kademaker");
const QString kMedewerker = QStringLiteral("demo-contact-havenaar");
const QString kBeheerderLogin = QStringLiteral("m.kademaker@example.nl");
const QString kMedewerkerLogin = QStringLiteral("t.havenaar@example.nl");
const QString kSecondCustomer = QStringLiteral("demo-business-havenstad");
const QString kBeheerderAtSecond = QStringLiteral("demo-contact-kademaker-havenstad");

struct Line {
    const char *description;
    double quantity;
    qint64 unitPriceCents;
    int vatPercent;
};

QString euros(qint64 cents) {
    return QStringLiteral("EUR %1").arg(
        QLocale(QLocale::Dutch).toString(double(cents) / 100, 'f', 2));
}

BusinessContactRecord contact(const QString &id, const QString &first, const QString &surname,
                              const QString &login, const QString &function,
                              const BusinessRights &rights) {
    BusinessContactRecord c;
    c.id = id;
    c.customerId = kCustomer;
    c.initials = first.left(1) + u'.';
    c.firstName = first;
    c.surname = surname;
    c.email = login;
    c.functionCode = function;
    c.department = QStringLiteral("Wonen en Zorg");
    c.phone = QStringLiteral("010-0000000");
    c.mobile = QStringLiteral("06-00000000");
    c.rights = rights;
    return c;
}

} // namespace

DemoBusiness::DemoBusiness(AccountStore &accounts, BusinessStore &business,
                           BusinessProjectStore &projects, BusinessInvoiceStore &invoices)
    : m_accounts(accounts)
    , m_business(business)
    , m_projects(projects)
    , m_invoices(invoices) {}

QList<DemoSeeder::Login> DemoBusiness::logins() {
    return {{kBeheerderLogin, kPassword, false}, {kMedewerkerLogin, kPassword, false}};
}

QString DemoBusiness::roles(const QString &username) {
    if (username == kBeheerderLogin)
        return QStringLiteral("beheerder at Woonstichting De Kade, medewerker at Gemeente "
                              "Havenstad, afdeling Wmo: chooses the organisation after login");
    return QStringLiteral("medewerker at Woonstichting De Kade");
}

std::optional<bool> DemoBusiness::seedIfMissing(const QDate &today) {
    if (m_business.customer(kCustomer) || m_accounts.accountByUsername(kBeheerderLogin)) {
        // A demo database of a version before the second customer gets it now.
        if (m_business.customer(kSecondCustomer) || !m_business.contact(kCustomer, kBeheerder))
            return false;
        if (!seedSecondCustomer(today))
            return std::nullopt;
        return true;
    }
    const bool ok =
        m_business.insertCustomer(
            {kCustomer, QStringLiteral("Woonstichting De Kade"), QStringLiteral("Kadeweg 12"),
             QStringLiteral("3011 AB"), QStringLiteral("Rotterdam"),
             QStringLiteral("Postbus 1234, 3000 "
                            "AA Rotterdam"),
             QStringLiteral("12345678"), QStringLiteral("010-1234567"),
             QStringLiteral("info@dekade.example"), QStringLiteral("https://dekade.example")}) &&
        seedContacts() && seedProjects(today) && seedInvoices(today) && seedSecondCustomer(today);
    if (!ok)
        return std::nullopt;
    return true;
}

bool DemoBusiness::seedContacts() {
    // Marieke manages the portal of De Kade; Tom plans in two of its projects.
    BusinessContactRecord marieke =
        contact(kBeheerder, QStringLiteral("Marieke"), QStringLiteral("Kademaker"), kBeheerderLogin,
                QStringLiteral("210"), {true, true, true, false});
    marieke.birthDate = QDate(1978, 4, 12);
    marieke.gender = QStringLiteral("vrouw");
    marieke.address = QStringLiteral("Kadeweg 12, 3011 AB Rotterdam");
    BusinessContactRecord tom =
        contact(kMedewerker, QStringLiteral("Tom"), QStringLiteral("Havenaar"), kMedewerkerLogin,
                QStringLiteral("221"), {false, true, true, false});
    tom.birthDate = QDate(1990, 9, 3);
    tom.gender = QStringLiteral("man");
    tom.address = QStringLiteral("Havenstraat 3, 3011 AC Rotterdam");
    // Someone the organisation knows as a contact person, without a login.
    BusinessContactRecord director =
        contact(QStringLiteral("demo-contact-directeur"), QStringLiteral("Ingrid"),
                QStringLiteral("Werfmeester"), {}, QStringLiteral("100"), {});
    director.email = QStringLiteral("directie@dekade.example");
    for (BusinessContactRecord *c : {&marieke, &tom}) {
        AccountRecord account{QStringLiteral("account-") + c->id,
                              c->email,
                              PasswordHasher::hash(kPassword),
                              QStringLiteral(""),
                              c->initials,
                              c->surname,
                              c->displayName(),
                              false};
        c->accountId = account.id;
        if (account.passwordHash.isEmpty() || !m_business.insertBusinessAccount(account, *c))
            return false;
    }
    return m_business.insertContact(director);
}

bool DemoBusiness::seedProjects(const QDate &today) {
    const QList<BusinessProjectRecord> projects{
        {QStringLiteral("demo-project-kade-noord"),
         kCustomer,
         QStringLiteral("P-2024-017"),
         QStringLiteral("Kade Noord – begeleid wonen"),
         QStringLiteral("Kadeweg 20-48, Rotterdam"),
         QStringLiteral("Begeleiding en zorg voor 24 bewoners in de woongroep aan de Kade."),
         QDate(2024, 3, 1),
         {},
         QStringLiteral("Mirjam Zorgmanager"),
         QStringLiteral("088 123 45 80"),
         QStringLiteral("m.zorgmanager@example.nl")},
        {QStringLiteral("demo-project-havenhuis"),
         kCustomer,
         QStringLiteral("P-2025-004"),
         QStringLiteral("Havenhuis – nachtzorg"),
         QStringLiteral("Havenstraat 1, Rotterdam"),
         QStringLiteral("Oproepbare nachtzorg voor de bewoners van het Havenhuis."),
         QDate(2025, 1, 15),
         {},
         QStringLiteral("Jeroen Teamleider"),
         QStringLiteral("088 123 45 81"),
         QStringLiteral("j.teamleider@example.nl")},
        {QStringLiteral("demo-project-de-werf"), kCustomer, QStringLiteral("P-2025-019"),
         QStringLiteral("De Werf – dagbesteding"), QStringLiteral("Werfkade 7, Rotterdam"),
         QStringLiteral("Dagbesteding op werkdagen voor bewoners van De Kade."),
         today.addMonths(-4), today.addMonths(8), QStringLiteral("Mirjam Zorgmanager"),
         QStringLiteral("088 123 45 80"), QStringLiteral("m.zorgmanager@example.nl")},
    };
    for (const BusinessProjectRecord &project : projects)
        if (!m_projects.insertProject(project))
            return false;
    if (!m_projects.addMember(projects.at(0).id, kMedewerker) ||
        !m_projects.addMember(projects.at(1).id, kMedewerker))
        return false;
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    const auto at = [&](int daysAgo, int hour) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, 10), amsterdam).toUTC();
    };
    // Tom's answer is still unread: it shows under "Mijn correspondentie" on Home.
    const QList<BusinessQuestionRecord> questions{
        {QStringLiteral("demo-question-1"),
         projects.at(1).id,
         kMedewerker,
         QStringLiteral("Kan de nachtzorg in het weekend een extra ronde om 03:00 uur lopen?"),
         at(3, 9),
         QStringLiteral("Dat kan vanaf volgend weekend. We plannen de extra ronde in "
                        "en laten het de bewoners weten."),
         at(2, 14),
         QStringLiteral("Jeroen Teamleider"),
         {}},
        {QStringLiteral("demo-question-2"), projects.at(0).id, kMedewerker,
         QStringLiteral("Wie is het aanspreekpunt tijdens de zomervakantie?"), at(30, 11),
         QStringLiteral("Tijdens de zomervakantie kunt u terecht bij Sanne van het zorgteam."),
         at(29, 10), QStringLiteral("Mirjam Zorgmanager"), at(28, 8)},
    };
    for (const BusinessQuestionRecord &question : questions)
        if (!m_projects.insertQuestion(question))
            return false;
    return true;
}

bool DemoBusiness::seedInvoices(const QDate &today) {
    // Monthly invoices: the last two open (one of them overdue), the ones before paid.
    const QList<Line> lines{{"Begeleid wonen Kade Noord (uren)", 120, 6250, 0},
                            {"Nachtzorg Havenhuis (nachten)", 30, 18500, 0},
                            {"Training medewerkers 'Veilig werken'", 1, 75000, 21}};
    const QDate firstOfMonth(today.year(), today.month(), 1);
    for (int i = 0; i < 5; ++i) {
        const QDate date = firstOfMonth.addMonths(-i).addDays(-1);
        BusinessInvoiceRecord invoice;
        invoice.id = QStringLiteral("demo-invoice-%1").arg(i + 1);
        invoice.customerId = kCustomer;
        invoice.number = QStringLiteral("F%1-%2").arg(date.year()).arg(500 - i, 4, 10, QChar(u'0'));
        invoice.invoiceDate = date;
        invoice.dueDate = date.addDays(30);
        invoice.description =
            QStringLiteral("Zorg en begeleiding %1")
                .arg(QLocale(QLocale::Dutch).toString(date, QStringLiteral("MMMM yyyy")));
        if (i >= 2)
            invoice.paidOn = invoice.dueDate.addDays(-5);
        QStringList text{
            QStringLiteral("Thuiszorg De Linde (demo)"),
            QStringLiteral("Aan: Woonstichting De Kade, Postbus 1234, 3000 AA Rotterdam"),
            QString(),
            QStringLiteral("Factuurnummer: %1").arg(invoice.number),
            QStringLiteral("Factuurdatum: %1").arg(date.toString(QStringLiteral("dd-MM-yyyy"))),
            QStringLiteral("Vervaldatum: %1")
                .arg(invoice.dueDate.toString(QStringLiteral("dd-MM-yyyy"))),
            invoice.description,
            QString()};
        qint64 amount = 0;
        qint64 vat = 0;
        for (qsizetype l = 0; l < lines.size(); ++l) {
            if (l == 2 && i % 2 == 1)
                continue; // a training every other month
            const Line &line = lines.at(l);
            BusinessInvoiceLine stored{QString::fromUtf8(line.description),
                                       line.quantity,
                                       line.unitPriceCents,
                                       qRound64(line.quantity * double(line.unitPriceCents)),
                                       line.vatPercent,
                                       0};
            stored.vatCents = qRound64(double(stored.amountCents * line.vatPercent) / 100.0);
            amount += stored.amountCents;
            vat += stored.vatCents;
            invoice.lines.append(stored);
            text.append(QStringLiteral("%1: %2 x %3 = %4 (btw %5%)")
                            .arg(stored.description)
                            .arg(stored.quantity)
                            .arg(euros(stored.unitPriceCents), euros(stored.amountCents))
                            .arg(stored.vatPercent));
        }
        text << QString() << QStringLiteral("Totaal excl. btw: %1").arg(euros(amount))
             << QStringLiteral("Btw: %1").arg(euros(vat))
             << QStringLiteral("Totaal: %1").arg(euros(amount + vat));
        if (!m_invoices.insertInvoice(
                invoice, MinimalPdf::page(QStringLiteral("Factuur %1").arg(invoice.number), text)))
            return false;
    }
    return true;
}

bool DemoBusiness::seedSecondCustomer(const QDate &today) {
    // Marieke works for the municipality too, as a medewerker there: one project, no
    // invoices, and her login asks which organisation she works for now.
    const auto marieke = m_business.contact(kCustomer, kBeheerder);
    if (!marieke || marieke->accountId.isEmpty())
        return false;
    BusinessContactRecord atSecond =
        contact(kBeheerderAtSecond, QStringLiteral("Marieke"), QStringLiteral("Kademaker"),
                kBeheerderLogin, QStringLiteral("200"), {false, true, false, false});
    atSecond.customerId = kSecondCustomer;
    atSecond.accountId = marieke->accountId;
    atSecond.department = QStringLiteral("Wmo-loket");
    atSecond.phone = QStringLiteral("014-0000000");
    const BusinessProjectRecord project{
        QStringLiteral("demo-project-havenstad-wijkteam"),
        kSecondCustomer,
        QStringLiteral("P-2025-031"),
        QStringLiteral("Wijkteam Havenstad – huishoudelijke hulp"),
        QStringLiteral("Stadhuisplein 1, Havenstad"),
        QStringLiteral("Huishoudelijke hulp voor inwoners met een Wmo-indicatie."),
        today.addMonths(-2),
        {},
        QStringLiteral("Jeroen Teamleider"),
        QStringLiteral("088 123 45 81"),
        QStringLiteral("j.teamleider@example.nl")};
    return m_business.insertCustomer(
               {kSecondCustomer, QStringLiteral("Gemeente Havenstad, afdeling Wmo"),
                QStringLiteral("Stadhuisplein 1"), QStringLiteral("4000 HS"),
                QStringLiteral("Havenstad"), QStringLiteral("Postbus 100, 4000 HA Havenstad"),
                QStringLiteral("87654321"), QStringLiteral("14 040"),
                QStringLiteral("wmo@havenstad.example"),
                QStringLiteral("https://havenstad.example")}) &&
           m_business.insertContact(atSecond) && m_projects.insertProject(project) &&
           m_projects.addMember(project.id, kBeheerderAtSecond);
}

} // namespace careportal::server
