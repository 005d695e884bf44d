#include "migrations.h"

#include "logging/logcategories.h"

#include <QSqlError>
#include <QSqlQuery>
#include <functional>
#include <vector>

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

const std::vector<std::function<bool(QSqlDatabase &, QString *)>> &steps() {
    static const std::vector<std::function<bool(QSqlDatabase &, QString *)>> all{
        migrateTo1, migrateTo2, migrateTo3, migrateTo4, migrateTo5, migrateTo6};
    return all;
}

int userVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(steps().size());
}

bool Migrations::run(QSqlDatabase &db, QString *errorMessage) {
    const int current = userVersion(db);
    if (current < 0) {
        *errorMessage =
            QStringLiteral("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        *errorMessage = QStringLiteral("Database schema %1 is newer than this server (%2); "
                                       "refusing to touch it")
                            .arg(current)
                            .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= latestVersion(); ++version) {
        if (!db.transaction()) {
            *errorMessage = db.lastError().text();
            return false;
        }
        QSqlQuery setVersion(db);
        const bool ok = steps()[static_cast<size_t>(version - 1)](db, errorMessage) &&
                        setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!ok || !db.commit()) {
            if (ok)
                *errorMessage = db.lastError().text();
            db.rollback();
            qCWarning(lcDb) << "Migration to schema" << version << "failed:" << *errorMessage;
            return false;
        }
        qCInfo(lcDb) << "Database migrated to schema" << version;
    }
    return true;
}

} // namespace careportal::server
