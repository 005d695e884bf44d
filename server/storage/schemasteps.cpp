// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "schemasteps.h"

#include "businessschema.h"
#include "changecounterschema.h"
#include "linkrights.h"
#include "oidcschema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace careportal::server {

namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString *errorMessage) {
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *errorMessage = query.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

// Version 1: the data the first API version serves.
bool migrateTo1(QSqlDatabase &db, QString *errorMessage) {
    return execAll(db,
                   {QStringLiteral("CREATE TABLE organisation (id TEXT PRIMARY KEY, name TEXT NOT "
                                   "NULL, phone TEXT NOT NULL, primary_color TEXT NOT NULL, "
                                   "accent_color TEXT NOT NULL, logo_media_type TEXT NOT NULL, "
                                   "logo_data BLOB NOT NULL)"),
                    QStringLiteral("CREATE TABLE clients (id TEXT PRIMARY KEY, salutation TEXT NOT "
                                   "NULL, initials TEXT NOT NULL, surname TEXT NOT NULL, "
                                   "display_name TEXT NOT NULL)"),
                    QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, username TEXT NOT "
                                   "NULL UNIQUE COLLATE NOCASE, password_hash TEXT NOT NULL, "
                                   "salutation TEXT NOT NULL, initials TEXT NOT NULL, surname "
                                   "TEXT NOT NULL, display_name TEXT NOT NULL, "
                                   "must_change_password INTEGER NOT NULL DEFAULT 0)"),
                    QStringLiteral("CREATE TABLE account_clients (account_id TEXT NOT NULL "
                                   "REFERENCES accounts(id) ON DELETE CASCADE, client_id TEXT NOT "
                                   "NULL REFERENCES clients(id) ON DELETE CASCADE, relation TEXT "
                                   "NOT NULL, PRIMARY KEY (account_id, client_id))"),
                    QStringLiteral("CREATE TABLE appointments (id TEXT PRIMARY KEY, client_id TEXT "
                                   "NOT NULL REFERENCES clients(id) ON DELETE CASCADE, start_utc "
                                   "INTEGER NOT NULL, end_utc INTEGER NOT NULL, help_type TEXT NOT "
                                   "NULL, carer_name TEXT NOT NULL)"),
                    QStringLiteral("CREATE INDEX appointments_by_client_start ON "
                                   "appointments(client_id, start_utc)")},
                   errorMessage);
}

// Version 2: sessions and login throttling, kept in the database so a restart neither
// logs everyone out nor forgives a brute-force attempt.
bool migrateTo2(QSqlDatabase &db, QString *errorMessage) {
    return execAll(db,
                   {QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY, account_id "
                                   "TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, "
                                   "created_utc INTEGER NOT NULL, expires_utc INTEGER NOT NULL, "
                                   "revoked INTEGER NOT NULL DEFAULT 0)"),
                    QStringLiteral("CREATE INDEX tokens_by_account ON tokens(account_id)"),
                    QStringLiteral("ALTER TABLE accounts ADD COLUMN failed_count INTEGER NOT NULL "
                                   "DEFAULT 0"),
                    QStringLiteral("ALTER TABLE accounts ADD COLUMN first_failed_utc INTEGER"),
                    QStringLiteral("ALTER TABLE accounts ADD COLUMN locked_until_utc INTEGER")},
                   errorMessage);
}

// Version 3: wrong current passwords per session in changePassword; five revoke the token.
bool migrateTo3(QSqlDatabase &db, QString *errorMessage) {
    return execAll(db,
                   {QStringLiteral("ALTER TABLE tokens ADD COLUMN wrong_current_count INTEGER NOT "
                                   "NULL DEFAULT 0")},
                   errorMessage);
}

// Version 4: the client's own contact details and contact persons (seed 000/001). The
// partial unique index makes "at most one primary contact person" a database fact, not
// only a rule in the code. The type list is data so an organisation can adapt it.
bool migrateTo4(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE contact_details (id TEXT PRIMARY KEY, client_id TEXT NOT "
                        "NULL REFERENCES clients(id) ON DELETE CASCADE, kind TEXT NOT NULL, "
                        "value TEXT NOT NULL, remark TEXT NOT NULL DEFAULT '', created_utc "
                        "INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX contact_details_by_client ON contact_details(client_id)"),
         QStringLiteral("CREATE TABLE contact_person_types (code TEXT PRIMARY KEY, label_nl TEXT "
                        "NOT NULL, label_en TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO contact_person_types VALUES ('apotheek', 'Apotheek', "
                        "'Pharmacy', 1), ('dietist', 'Diëtist', 'Dietitian', 2), ('familie', "
                        "'Familie', 'Family', 3), ('fysiotherapeut', 'Fysiotherapeut', "
                        "'Physiotherapist', 4), ('huisarts', 'Huisarts', 'General practitioner', "
                        "5), ('kennis', 'Kennis', 'Acquaintance', 6), ('buur', 'Buur', "
                        "'Neighbour', 7), ('mantelzorger', 'Mantelzorger', 'Informal carer', 8), "
                        "('wettelijk-vertegenwoordiger', 'Wettelijk vertegenwoordiger', 'Legal "
                        "representative', 9), ('overig', 'Overig', 'Other', 10)"),
         QStringLiteral("CREATE TABLE contact_persons (id TEXT PRIMARY KEY, client_id TEXT NOT "
                        "NULL REFERENCES clients(id) ON DELETE CASCADE, name TEXT NOT NULL, "
                        "phone1 TEXT NOT NULL, phone2 TEXT NOT NULL DEFAULT '', email TEXT NOT "
                        "NULL DEFAULT '', type TEXT NOT NULL REFERENCES "
                        "contact_person_types(code), is_primary INTEGER NOT NULL DEFAULT 0, "
                        "remarks TEXT NOT NULL DEFAULT '', created_utc INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX contact_persons_by_client ON contact_persons(client_id)"),
         QStringLiteral("CREATE UNIQUE INDEX contact_persons_one_primary ON "
                        "contact_persons(client_id) WHERE is_primary = 1")},
        errorMessage);
}

// Version 5: contact requests ("Contact zorgorganisatie") and their subjects (seed 001).
// Listed newest first per client, so the index serves the cursor paging directly.
bool migrateTo5(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE contact_request_subjects (code TEXT PRIMARY KEY, label_nl "
                        "TEXT NOT NULL, label_en TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral(
             "INSERT INTO contact_request_subjects VALUES ('planning', 'Ik heb een "
             "vraag over mijn planning', 'I have a question about my planning', 1), "
             "('indicatie', 'Ik heb een vraag over mijn indicatie', 'I have a question "
             "about my care assessment', 2), ('klantportaal', 'Ik heb een vraag over het "
             "klantportaal', 'I have a question about the client portal', 3), "
             "('anders', 'Ik heb een andere vraag', 'I have another question', 4)"),
         QStringLiteral("CREATE TABLE contact_requests (id TEXT PRIMARY KEY, client_id TEXT NOT "
                        "NULL REFERENCES clients(id) ON DELETE CASCADE, account_id TEXT NOT NULL, "
                        "subject TEXT NOT NULL REFERENCES contact_request_subjects(code), message "
                        "TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0, created_utc INTEGER NOT "
                        "NULL, answered_utc INTEGER, answer TEXT NOT NULL DEFAULT '', answered_by "
                        "TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX contact_requests_by_client ON contact_requests(client_id, "
                        "created_utc DESC, id DESC)")},
        errorMessage);
}

// Version 6: absence reports ("Afwezigheid", seed 000) and their types; the notice period
// per organisation; visits cancelled by a processed report keep its id instead of vanishing.
bool migrateTo6(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE organisation ADD COLUMN absence_notice_days INTEGER NOT NULL "
                        "DEFAULT 3"),
         QStringLiteral("ALTER TABLE appointments ADD COLUMN cancelled_by TEXT"),
         QStringLiteral("CREATE TABLE absence_types (code TEXT PRIMARY KEY, label_nl TEXT NOT "
                        "NULL, label_en TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO absence_types VALUES ('vakantie', 'Vakantie', 'Holiday', 1), "
                        "('opname', 'Opname (ziekenhuis, dagverblijf, etc.)', 'Admission "
                        "(hospital, day care, etc.)', 2), ('ander-onderkomen', 'Tijdelijk ander "
                        "onderkomen', 'Temporarily staying elsewhere', 3), "
                        "('gezondheidsrisico', 'I.v.m. actuele gezondheidsrisico''s', 'Because of "
                        "current health risks', 4)"),
         QStringLiteral("CREATE TABLE absence_reports (id TEXT PRIMARY KEY, client_id TEXT NOT "
                        "NULL REFERENCES clients(id) ON DELETE CASCADE, account_id TEXT NOT NULL, "
                        "type TEXT NOT NULL REFERENCES absence_types(code), start_date TEXT NOT "
                        "NULL, end_date TEXT, whole_day INTEGER NOT NULL, start_time TEXT, "
                        "end_time TEXT, late INTEGER NOT NULL, processed INTEGER NOT NULL DEFAULT "
                        "0, created_utc INTEGER NOT NULL, processed_utc INTEGER, processed_by "
                        "TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX absence_reports_by_client ON absence_reports(client_id, "
                        "created_utc DESC)")},
        errorMessage);
}

// Version 7: the client dossier (seed 003): general data, reports by kind and discipline,
// and the care plan's goals with their actions. A row in `dossiers` is what tells the
// portal that the organisation keeps a dossier for the client at all (seed 000 shows a
// text when it does not). Kinds and disciplines are data, like the other served lists.
bool migrateTo7(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE dossiers (client_id TEXT PRIMARY KEY REFERENCES clients(id) "
                        "ON DELETE CASCADE, address TEXT NOT NULL DEFAULT '', postcode TEXT NOT "
                        "NULL DEFAULT '', city TEXT NOT NULL DEFAULT '', birth_date TEXT, gp_name "
                        "TEXT NOT NULL DEFAULT '', gp_phone TEXT NOT NULL DEFAULT '', "
                        "pharmacy_name TEXT NOT NULL DEFAULT '', pharmacy_phone TEXT NOT NULL "
                        "DEFAULT '', reports_visible_from TEXT)"),
         QStringLiteral("CREATE TABLE report_kinds (code TEXT PRIMARY KEY, label_nl TEXT NOT NULL, "
                        "label_en TEXT NOT NULL, explanation_nl TEXT NOT NULL, explanation_en "
                        "TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral(
             "INSERT INTO report_kinds VALUES ('zorgplanrapportage', 'Zorgplanrapportage', "
             "'Care plan report', 'Het doel van de zorgplanrapportage is om aan de hand van de "
             "gestelde doelen in het zorgplan de voortgang van de zorg/revalidatie in kaart te "
             "kunnen brengen.', 'Follows the progress of care or rehabilitation against the goals "
             "of the care plan.', 1), ('incidentenrapportage', 'Incidentenrapportage', 'Incident "
             "report', 'Rapportage over de cliënt die gaat over onderwerpen die niet in het "
             "actuele zorgplan benoemd zijn, zoals een nieuwe situatie of een calamiteit.', "
             "'About matters the current care plan does not name, such as a new situation or an "
             "emergency.', 2), ('zorgkaart', 'Zorgkaart', 'Care card', 'Op de zorgkaart wordt "
             "vastgelegd hoe dagelijkse zorg, verpleging en behandeling aan de cliënt wordt "
             "verleend.', 'Records how daily care, nursing and treatment are given to the "
             "client.', 3)"),
         QStringLiteral("CREATE TABLE disciplines (code TEXT PRIMARY KEY, label_nl TEXT NOT NULL, "
                        "label_en TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral(
             "INSERT INTO disciplines VALUES ('SO', 'Specialist Ouderengeneeskunde', 'Elderly "
             "care physician', 1), ('FT', 'Fysiotherapie', 'Physiotherapy', 2), ('VP', "
             "'Verpleging/Zorgteam', 'Nursing/care team', 3), ('ET', 'Ergotherapie', "
             "'Occupational therapy', 4), ('DT', 'Diëtist', 'Dietitian', 5), ('PSY', "
             "'Psycholoog', 'Psychologist', 6), ('LO', 'Logopedie', 'Speech therapy', 7), ('MW', "
             "'Maatschappelijk werk', 'Social work', 8), ('ZB', 'Zorgbemiddelaar', 'Care "
             "coordinator', 9), ('VT', 'Vaktherapeut', 'Arts therapist', 10)"),
         QStringLiteral("CREATE TABLE dossier_reports (id TEXT PRIMARY KEY, client_id TEXT NOT "
                        "NULL REFERENCES dossiers(client_id) ON DELETE CASCADE, kind TEXT NOT NULL "
                        "REFERENCES report_kinds(code), discipline TEXT NOT NULL REFERENCES "
                        "disciplines(code), author TEXT NOT NULL, written_utc INTEGER NOT NULL, "
                        "title TEXT NOT NULL, body TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX dossier_reports_by_client ON dossier_reports(client_id, "
                        "written_utc DESC, id DESC)"),
         QStringLiteral("CREATE TABLE care_goals (id TEXT PRIMARY KEY, client_id TEXT NOT NULL "
                        "REFERENCES dossiers(client_id) ON DELETE CASCADE, title TEXT NOT NULL, "
                        "care_question TEXT NOT NULL, position INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX care_goals_by_client ON care_goals(client_id, position)"),
         QStringLiteral("CREATE TABLE care_actions (id TEXT PRIMARY KEY, goal_id TEXT NOT NULL "
                        "REFERENCES care_goals(id) ON DELETE CASCADE, description TEXT NOT NULL, "
                        "frequency TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX care_actions_by_goal ON care_actions(goal_id, position)")},
        errorMessage);
}

// Version 8: the NEN 7513 access log. Append-only is a fact of the database, not a promise
// of the code: triggers refuse every UPDATE and DELETE. No foreign keys, so the log
// outlives the accounts and clients it names.
bool migrateTo8(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE access_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at_utc "
                        "INTEGER NOT NULL, event TEXT NOT NULL CHECK (event IN ('read', "
                        "'search', 'change', 'export', 'print')), client_id TEXT NOT NULL, "
                        "account_id TEXT NOT NULL, user_name TEXT NOT NULL, on_behalf_of TEXT NOT "
                        "NULL, role TEXT NOT NULL, device TEXT NOT NULL, address TEXT NOT NULL, "
                        "object TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX access_log_by_client ON access_log(client_id, at_utc DESC, "
                        "id DESC)"),
         QStringLiteral("CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log BEGIN "
                        "SELECT RAISE(ABORT, 'access_log is append-only'); END"),
         QStringLiteral("CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log BEGIN "
                        "SELECT RAISE(ABORT, 'access_log is append-only'); END")},
        errorMessage);
}

// Version 9: password reset ("Wachtwoord vergeten?", seeds 003/004). Accounts get an
// e-mail address, filled from user names that are one; reset codes are kept only as
// SHA-256, single use, with an expiry and a count of wrong tries.
bool migrateTo9(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE accounts ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE accounts SET email = username WHERE username LIKE '%_@_%'"),
         QStringLiteral("CREATE TABLE password_resets (id TEXT PRIMARY KEY, account_id TEXT NOT "
                        "NULL REFERENCES accounts(id) ON DELETE CASCADE, code_hash TEXT NOT NULL, "
                        "created_utc INTEGER NOT NULL, expires_utc INTEGER NOT NULL, used_utc "
                        "INTEGER, wrong_tries INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX password_resets_by_account ON password_resets(account_id, "
                        "created_utc DESC)")},
        errorMessage);
}

// Version 10: exponential lockout and the hourly ceiling on failed logins (LockoutPolicy).
bool migrateTo10(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE accounts ADD COLUMN lock_count INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral(
             "ALTER TABLE accounts ADD COLUMN hour_failed_count INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN hour_started_utc INTEGER")},
        errorMessage);
}

// Version 11: sessions with rotating refresh tokens (OWASP ASVS V7). A session is one
// login and every refresh from it; a refresh token used twice ends its whole session.
// Idle and absolute limits are the organisation's. Staff can disable an account.
bool migrateTo11(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                        "REFERENCES accounts(id) ON DELETE CASCADE, created_utc INTEGER NOT NULL, "
                        "last_active_utc INTEGER NOT NULL, ended_utc INTEGER, end_reason TEXT)"),
         QStringLiteral("CREATE INDEX sessions_by_account ON sessions(account_id)"),
         QStringLiteral("CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, session_id "
                        "TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, created_utc "
                        "INTEGER NOT NULL, used_utc INTEGER)"),
         QStringLiteral("CREATE INDEX refresh_tokens_by_session ON refresh_tokens(session_id)"),
         QStringLiteral("ALTER TABLE tokens ADD COLUMN session_id TEXT"),
         QStringLiteral("CREATE INDEX tokens_by_session ON tokens(session_id)"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE organisation ADD COLUMN session_idle_minutes INTEGER NOT "
                        "NULL DEFAULT 30"),
         QStringLiteral("ALTER TABLE organisation ADD COLUMN session_absolute_minutes INTEGER "
                        "NOT NULL DEFAULT 720")},
        errorMessage);
}

// Version 12: the organisation's privacy statement, readable from the login screen. One
// row (id 1); plain text in Dutch and English.
bool migrateTo12(QSqlDatabase &db, QString *errorMessage) {
    return execAll(db,
                   {QStringLiteral("CREATE TABLE privacy_statement (id INTEGER PRIMARY KEY CHECK "
                                   "(id = 1), body_nl TEXT NOT NULL, body_en TEXT NOT NULL, "
                                   "updated_on TEXT NOT NULL)")},
                   errorMessage);
}

// Version 13: the last day of a client's care. Portal access (the client's own and every
// representative's) ends two weeks later (seed 002).
bool migrateTo13(QSqlDatabase &db, QString *errorMessage) {
    return execAll(db, {QStringLiteral("ALTER TABLE clients ADD COLUMN care_ended_on TEXT")},
                   errorMessage);
}

// Version 14: the second factor (seeds 002-004). The organisation decides whether it is
// required; an account uses its authenticator app when it has enrolled one, else a text
// message to its phone. A session waits in factor_pending until the factor is given; an
// SMS code (only its hash) is bound to that one session. Remembered devices skip the
// factor for 90 days; only the SHA-256 of their token is kept.
bool migrateTo14(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE organisation ADD COLUMN second_factor_required INTEGER NOT "
                        "NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN totp_secret TEXT"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN totp_pending_secret TEXT"),
         QStringLiteral("ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER NOT NULL "
                        "DEFAULT 0"),
         QStringLiteral("ALTER TABLE sessions ADD COLUMN factor_pending TEXT"),
         QStringLiteral("ALTER TABLE sessions ADD COLUMN device_id TEXT"),
         QStringLiteral("CREATE TABLE factor_codes (session_id TEXT NOT NULL REFERENCES "
                        "sessions(id) ON DELETE CASCADE, purpose TEXT NOT NULL, code_hash TEXT "
                        "NOT NULL, expires_utc INTEGER NOT NULL, wrong_tries INTEGER NOT NULL "
                        "DEFAULT 0, sends INTEGER NOT NULL DEFAULT 1, last_sent_utc INTEGER NOT "
                        "NULL, PRIMARY KEY (session_id, purpose))"),
         QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, account_id TEXT NOT NULL "
                        "REFERENCES accounts(id) ON DELETE CASCADE, token_hash TEXT NOT NULL "
                        "UNIQUE, name TEXT NOT NULL, first_used_utc INTEGER NOT NULL, "
                        "last_used_utc INTEGER NOT NULL, expires_utc INTEGER NOT NULL, "
                        "revoked_utc INTEGER)"),
         QStringLiteral("CREATE INDEX devices_by_account ON devices(account_id)")},
        errorMessage);
}

// Version 15: "Aanmelden cliëntportaal" (seed 002). A request names the requester, the
// relation and the client; staff approve it (an account is made and linked) or reject it.
bool migrateTo15(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE registrations (id TEXT PRIMARY KEY, created_utc INTEGER NOT "
                        "NULL, address TEXT NOT NULL, requester_first_name TEXT NOT NULL, "
                        "requester_surname TEXT NOT NULL, requester_phone TEXT NOT NULL, "
                        "requester_email TEXT NOT NULL, relation TEXT NOT NULL CHECK (relation IN "
                        "('self', 'representative', 'contact')), client_first_name TEXT NOT "
                        "NULL, client_surname TEXT NOT NULL, client_phone TEXT NOT NULL, "
                        "client_email TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'open' CHECK "
                        "(status IN ('open', 'approved', 'rejected')), decided_utc INTEGER, "
                        "decided_by TEXT, reason TEXT, account_id TEXT)"),
         QStringLiteral("CREATE INDEX registrations_by_status ON registrations(status, "
                        "created_utc)"),
         QStringLiteral("CREATE INDEX registrations_by_address ON registrations(address, "
                        "created_utc)")},
        errorMessage);
}

// Version 16: idempotent writes. The app's outbox sends every write with an
// Idempotency-Key made when the user queued it; the answer is stored with the write in one
// transaction, so a retry after a lost answer gets the same answer and no second write.
// A row without a status is a claim: the write is running (or its process died, see
// claimed_by).
bool migrateTo16(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE idempotency_keys (account_id TEXT NOT NULL REFERENCES "
                        "accounts(id) ON DELETE CASCADE, key TEXT NOT NULL, fingerprint TEXT NOT "
                        "NULL, claimed_by TEXT NOT NULL, claimed_utc INTEGER NOT NULL, status "
                        "INTEGER, content_type TEXT, body BLOB, headers TEXT, completed_utc "
                        "INTEGER, PRIMARY KEY (account_id, key))"),
         QStringLiteral("CREATE INDEX idempotency_keys_by_age ON idempotency_keys(claimed_utc)")},
        errorMessage);
}

// Version 17: security events for the organisation's security officer (NEN 7513), such as
// attempts at another client's data. Append-only like the access log, and apart from it:
// the client reads the access log, the officer this table (admin list-security-events).
bool migrateTo17(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE security_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        "at_utc INTEGER NOT NULL, event TEXT NOT NULL, account_id TEXT NOT NULL, "
                        "user_name TEXT NOT NULL, object TEXT NOT NULL, device TEXT NOT NULL, "
                        "address TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX security_events_by_time ON security_events(at_utc, id)"),
         QStringLiteral("CREATE TRIGGER security_events_no_update BEFORE UPDATE ON "
                        "security_events BEGIN SELECT RAISE(ABORT, 'security_events is "
                        "append-only'); END"),
         QStringLiteral("CREATE TRIGGER security_events_no_delete BEFORE DELETE ON "
                        "security_events BEGIN SELECT RAISE(ABORT, 'security_events is "
                        "append-only'); END")},
        errorMessage);
}

// Version 18: what each account-client link opens (seed 002 tells legal representatives
// from authorised contact persons). The default is the safe one: a "contact" link, old or
// new, sees neither the medical dossier nor the access log until staff allow it; the
// client's own link and a legal representative's keep every part.
bool migrateTo18(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("ALTER TABLE account_clients ADD COLUMN rights TEXT NOT NULL DEFAULT '%1'")
             .arg(LinkRights::contactDefault().toStored()),
         QStringLiteral("UPDATE account_clients SET rights = '%1' WHERE relation IN ('self', "
                        "'representative')")
             .arg(LinkRights::all().toStored())},
        errorMessage);
}

// Version 20: which account opened which answer to a contact request, and when. Per
// account, not per client: a representative reading an answer does not make it read for
// the client. On the server rather than the app's cache, which a logout wipes and a kiosk
// never keeps: what was read stays read on every device and after every login.
bool migrateTo20(QSqlDatabase &db, QString *errorMessage) {
    return execAll(
        db,
        {QStringLiteral("CREATE TABLE contact_request_reads (request_id TEXT NOT NULL "
                        "REFERENCES contact_requests(id) ON DELETE CASCADE, account_id TEXT NOT "
                        "NULL REFERENCES accounts(id) ON DELETE CASCADE, read_utc INTEGER NOT "
                        "NULL, PRIMARY KEY (account_id, request_id)) WITHOUT ROWID")},
        errorMessage);
}

} // namespace

const std::vector<SchemaStep> &schemaSteps() {
    static const std::vector<SchemaStep> all{migrateTo1,
                                             migrateTo2,
                                             migrateTo3,
                                             migrateTo4,
                                             migrateTo5,
                                             migrateTo6,
                                             migrateTo7,
                                             migrateTo8,
                                             migrateTo9,
                                             migrateTo10,
                                             migrateTo11,
                                             migrateTo12,
                                             migrateTo13,
                                             migrateTo14,
                                             migrateTo15,
                                             migrateTo16,
                                             migrateTo17,
                                             migrateTo18,
                                             migrateToChangeCounters,
                                             migrateTo20,
                                             migrateToBusinessCustomers,
                                             migrateToOidcLinks,
                                             migrateToSessionLoginMethod};
    return all;
}

} // namespace careportal::server
