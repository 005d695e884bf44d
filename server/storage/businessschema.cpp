// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "businessschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace careportal::server {

bool migrateToBusinessCustomers(QSqlDatabase &db, QString *errorMessage) {
    const QStringList statements{
        // Every existing account is a client-portal account.
        QStringLiteral("ALTER TABLE accounts ADD COLUMN kind TEXT NOT NULL DEFAULT 'client' "
                       "CHECK (kind IN ('client', 'business'))"),
        // "Mijn organisatie": as the organisation's books have it, read-only in the portal.
        QStringLiteral("CREATE TABLE business_customers (id TEXT PRIMARY KEY, name TEXT NOT "
                       "NULL, address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT "
                       "'', city TEXT NOT NULL DEFAULT '', postal_address TEXT NOT NULL DEFAULT "
                       "'', kvk_number TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "email TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '', "
                       "created_utc INTEGER NOT NULL)"),
        // The seed's function list with its codes; data, like the other served lists.
        QStringLiteral("CREATE TABLE business_functions (code TEXT PRIMARY KEY, label_nl TEXT "
                       "NOT NULL, label_en TEXT NOT NULL, position INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO business_functions VALUES ('200', 'Administratief "
                       "medewerker', 'Administrative assistant', 1), ('100', 'Directeur', "
                       "'Director', 2), ('220', 'P&O Adviseur', 'HR adviser', 3), ('210', 'P&O "
                       "Manager', 'HR manager', 4), ('221', 'Planner', 'Planner', 5), ('140', "
                       "'Systeem/applicatiebeheerder', 'System/application administrator', 6)"),
        // A contact person of one customer; with an account when the person may log in.
        // One account may be a contact of several customers ("Selecteer organisatie"),
        // with its own rights at each.
        QStringLiteral("CREATE TABLE business_contacts (id TEXT PRIMARY KEY, customer_id TEXT "
                       "NOT NULL REFERENCES business_customers(id) ON DELETE CASCADE, account_id "
                       "TEXT REFERENCES accounts(id) ON DELETE SET NULL, initials TEXT NOT NULL "
                       "DEFAULT '', first_name TEXT NOT NULL DEFAULT '', prefix TEXT NOT NULL "
                       "DEFAULT '', surname TEXT NOT NULL, nickname TEXT NOT NULL DEFAULT '', "
                       "birth_date TEXT, gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', "
                       "'man', 'vrouw', 'onbekend')), address TEXT NOT NULL DEFAULT '', "
                       "postal_address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                       "mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                       "department TEXT NOT NULL DEFAULT '', function_code TEXT REFERENCES "
                       "business_functions(code), function_on_card TEXT NOT NULL DEFAULT '', "
                       "is_admin INTEGER NOT NULL DEFAULT 0, is_portal_user INTEGER NOT NULL "
                       "DEFAULT 0, email_services INTEGER NOT NULL DEFAULT 0, all_projects "
                       "INTEGER NOT NULL DEFAULT 0, created_utc INTEGER NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX business_contacts_one_per_account ON "
                       "business_contacts(customer_id, account_id) WHERE account_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX business_contacts_by_account ON "
                       "business_contacts(account_id)"),
        QStringLiteral("CREATE INDEX business_contacts_by_customer ON "
                       "business_contacts(customer_id, surname)"),
        // "Projecten" with "Projectleiding": the organisation's internal project leader.
        QStringLiteral("CREATE TABLE business_projects (id TEXT PRIMARY KEY, customer_id TEXT "
                       "NOT NULL REFERENCES business_customers(id) ON DELETE CASCADE, number TEXT "
                       "NOT NULL DEFAULT '', name TEXT NOT NULL, location TEXT NOT NULL DEFAULT "
                       "'', description TEXT NOT NULL DEFAULT '', start_date TEXT, end_date "
                       "TEXT, lead_name TEXT NOT NULL DEFAULT '', lead_phone TEXT NOT NULL "
                       "DEFAULT '', lead_email TEXT NOT NULL DEFAULT '', created_utc INTEGER NOT "
                       "NULL)"),
        QStringLiteral("CREATE INDEX business_projects_by_customer ON "
                       "business_projects(customer_id, name)"),
        QStringLiteral("CREATE TABLE business_project_members (project_id TEXT NOT NULL "
                       "REFERENCES business_projects(id) ON DELETE CASCADE, contact_id TEXT NOT "
                       "NULL REFERENCES business_contacts(id) ON DELETE CASCADE, PRIMARY KEY "
                       "(project_id, contact_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX business_project_members_by_contact ON "
                       "business_project_members(contact_id)"),
        // A question to the project leader; its answer is the contact's correspondence.
        QStringLiteral("CREATE TABLE business_project_questions (id TEXT PRIMARY KEY, "
                       "project_id TEXT NOT NULL REFERENCES business_projects(id) ON DELETE "
                       "CASCADE, contact_id TEXT NOT NULL REFERENCES business_contacts(id) ON "
                       "DELETE CASCADE, question TEXT NOT NULL, asked_utc INTEGER NOT NULL, "
                       "answer TEXT NOT NULL DEFAULT '', answered_utc INTEGER, answered_by TEXT "
                       "NOT NULL DEFAULT '', read_utc INTEGER)"),
        QStringLiteral("CREATE INDEX business_project_questions_by_contact ON "
                       "business_project_questions(contact_id, asked_utc DESC)"),
        // Invoices: amounts in cents per line, the PDF as the books sent it.
        QStringLiteral("CREATE TABLE business_invoices (id TEXT PRIMARY KEY, customer_id TEXT "
                       "NOT NULL REFERENCES business_customers(id) ON DELETE CASCADE, number TEXT "
                       "NOT NULL UNIQUE, invoice_date TEXT NOT NULL, due_date TEXT NOT NULL, "
                       "description TEXT NOT NULL DEFAULT '', paid_on TEXT, pdf BLOB, "
                       "created_utc INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX business_invoices_by_customer ON "
                       "business_invoices(customer_id, invoice_date DESC)"),
        QStringLiteral("CREATE TABLE business_invoice_lines (invoice_id TEXT NOT NULL "
                       "REFERENCES business_invoices(id) ON DELETE CASCADE, position INTEGER NOT "
                       "NULL, description TEXT NOT NULL, quantity REAL NOT NULL, "
                       "unit_price_cents INTEGER NOT NULL, amount_cents INTEGER NOT NULL, "
                       "vat_percent INTEGER NOT NULL, vat_cents INTEGER NOT NULL, PRIMARY KEY "
                       "(invoice_id, position)) WITHOUT ROWID"),
    };
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *errorMessage = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

} // namespace careportal::server
