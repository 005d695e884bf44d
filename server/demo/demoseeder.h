// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace careportal::server {

class AccountStore;
class ContactRequestStore;
class ContactStore;
class DossierStore;
class OrganisationStore;
class PrivacyStatementStore;
class VisitStore;

/// Fills an empty database with an invented organisation, two clients, their accounts and a
/// year of visits (six months back, six ahead), and a dossier for one of the two clients (the
/// other shows the portal's "no dossier yet" text), so the app has something real-looking to
/// show. Everything here is made up.
class DemoSeeder {
public:
    struct Login {
        QString username;
        QString password;
        bool mustChangePassword = false;
    };

    DemoSeeder(OrganisationStore &organisation, AccountStore &accounts, VisitStore &visits,
               ContactStore &contacts, ContactRequestStore &requests, DossierStore &dossiers,
               PrivacyStatementStore &privacy);

    /// Seeds when no organisation exists yet; returns the demo logins (empty if the database
    /// already had data), or nullopt when a write failed.
    [[nodiscard]] std::optional<QList<Login>> seedIfEmpty(const QDate &today);

    /// A demo database seeded by an earlier version lacks what came later: adds the demo
    /// dossier when the demo client has none. False when a write failed.
    [[nodiscard]] bool addMissing(const QDate &today);

    /// The demo logins, also for a database seeded on an earlier start.
    [[nodiscard]] static QList<Login> logins();

private:
    [[nodiscard]] bool seedRepresentative();
    [[nodiscard]] bool seedPeople();
    [[nodiscard]] bool seedVisits(const QDate &today);
    [[nodiscard]] bool seedContacts();
    [[nodiscard]] bool seedRequests(const QDate &today);

    OrganisationStore &m_organisation;
    AccountStore &m_accounts;
    VisitStore &m_visits;
    ContactStore &m_contacts;
    ContactRequestStore &m_requests;
    DossierStore &m_dossiers;
    PrivacyStatementStore &m_privacy;
};

} // namespace careportal::server
