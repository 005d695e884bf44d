// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// The rows of the business-customer side (seed 004), as the business stores hand them out.
namespace careportal::server {

/// A business customer of the care organisation: "Mijn organisatie".
struct BusinessCustomerRecord {
    QString id;
    QString name;
    QString address; // street and number
    QString postcode;
    QString city;
    QString postalAddress; // postadres, when it differs; one line
    QString kvkNumber;     // the Chamber of Commerce number
    QString phone;
    QString email;
    QString website;
};

/// What a contact may do in the portal of one customer (seed 004's switches).
struct BusinessRights {
    bool administrator = false; // beheerder klantportaal: colleagues, rights, invoices
    bool portalUser = false;    // medewerker klantportaal: off means no login at all
    bool emailServices = false; // e-mail diensten: service confirmations by e-mail
    bool allProjects = false;   // contactpersoon voor alle projecten
};

/// A contact person of one customer ("Mijn contactgegevens", "Mijn contactpersonen").
struct BusinessContactRecord {
    QString id;
    QString customerId;
    QString accountId; // empty: a contact without a login
    QString initials;  // voorletters
    QString firstName;
    QString prefix; // voorvoegsel: "van", "de"
    QString surname;
    QString nickname; // bijnaam
    QDate birthDate;
    QString gender; // '', man, vrouw, onbekend
    QString address;
    QString postalAddress;
    QString phone;
    QString mobile;
    QString email;
    QString department;
    QString functionCode;   // a code of the function list, or empty
    QString functionOnCard; // functie op visitekaart, free text
    BusinessRights rights;

    /// "Anne de Vries": first name (else initials), prefix and surname.
    [[nodiscard]] QString displayName() const;
};

/// A project of a customer with its internal project leader ("Projectleiding").
struct BusinessProjectRecord {
    QString id;
    QString customerId;
    QString number;
    QString name;
    QString location;
    QString description;
    QDate startDate;
    QDate endDate;    // invalid: open-ended
    QString leadName; // Interne projectleider
    QString leadPhone;
    QString leadEmail;
};

/// A contact's question about a project and the project leader's answer: once answered,
/// the contact's correspondence ("Mijn correspondentie").
struct BusinessQuestionRecord {
    QString id;
    QString projectId;
    QString contactId;
    QString question;
    QDateTime askedAt; // UTC
    QString answer;
    QDateTime answeredAt; // invalid while open
    QString answeredBy;
    QDateTime readAt; // when the contact opened the answer; invalid: unread
};

struct BusinessInvoiceLine {
    QString description;
    double quantity = 1;
    qint64 unitPriceCents = 0;
    qint64 amountCents = 0; // excluding VAT
    int vatPercent = 21;
    qint64 vatCents = 0;
};

/// An invoice to a customer; totals are the sums of its lines.
struct BusinessInvoiceRecord {
    QString id;
    QString customerId;
    QString number;
    QDate invoiceDate;
    QDate dueDate;
    QString description;
    QDate paidOn; // invalid: open
    QList<BusinessInvoiceLine> lines;
    qint64 amountCents = 0; // excluding VAT
    qint64 vatCents = 0;
    bool hasPdf = false;

    [[nodiscard]] qint64 totalCents() const { return amountCents + vatCents; }
    [[nodiscard]] bool paid() const { return paidOn.isValid(); }
};

} // namespace careportal::server
