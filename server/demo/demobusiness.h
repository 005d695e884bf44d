// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "demoseeder.h"

#include <QDate>
#include <QList>

namespace careportal::server {

class AccountStore;
class BusinessInvoiceStore;
class BusinessProjectStore;
class BusinessStore;

/// The demo's business customers (seed 004), invented like everyone in the demo:
/// Woonstichting De Kade with a beheerder and a medewerker, three projects, questions
/// answered as correspondence and a handful of invoices with their PDF; and Gemeente
/// Havenstad, afdeling Wmo, where De Kade's beheerder is also a medewerker (one project, no
/// invoices), so that her login asks "Selecteer organisatie".
class DemoBusiness {
public:
    DemoBusiness(AccountStore &accounts, BusinessStore &business, BusinessProjectStore &projects,
                 BusinessInvoiceStore &invoices);

    /// Seeds the customer unless it exists already (a demo database of an earlier start
    /// or version). Nullopt when a write failed; else whether it was seeded now.
    [[nodiscard]] std::optional<bool> seedIfMissing(const QDate &today);

    /// The logins of the two colleagues.
    [[nodiscard]] static QList<DemoSeeder::Login> logins();
    /// Where a demo login works and as what, for the list of demo logins.
    [[nodiscard]] static QString roles(const QString &username);

private:
    [[nodiscard]] bool seedContacts();
    [[nodiscard]] bool seedProjects(const QDate &today);
    [[nodiscard]] bool seedInvoices(const QDate &today);
    [[nodiscard]] bool seedSecondCustomer(const QDate &today);

    AccountStore &m_accounts;
    BusinessStore &m_business;
    BusinessProjectStore &m_projects;
    BusinessInvoiceStore &m_invoices;
};

} // namespace careportal::server
