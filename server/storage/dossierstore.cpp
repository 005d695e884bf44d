// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossierstore.h"

#include "database.h"
#include "sql.h"

#include <QHash>

namespace careportal::server {

namespace {

const QString kReportColumns =
    QStringLiteral("r.id, r.client_id, r.kind, r.discipline, r.author, r.written_utc, r.title, "
                   "r.body");

DossierReportRecord readReport(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), fromEpoch(q.value(5)),
            q.value(6).toString(), q.value(7).toString()};
}

QVariant isoDate(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Reports written on or after the visible-from day (from its UTC midnight: the date is a
// policy boundary set by staff, an hour either way does not matter) and, when asked, of
// one kind.
QString reportFilter(bool byKind, bool paged) {
    QString sql = QStringLiteral(
        "FROM dossier_reports r JOIN dossiers d ON d.client_id = r.client_id WHERE r.client_id = "
        "? AND (d.reports_visible_from IS NULL OR r.written_utc >= "
        "CAST(strftime('%s', d.reports_visible_from) AS INTEGER))");
    if (byKind)
        sql += QStringLiteral(" AND r.kind = ?");
    if (paged)
        sql += QStringLiteral(" AND (r.written_utc < ? OR (r.written_utc = ? AND r.id < ?))");
    return sql;
}

} // namespace

DossierStore::DossierStore(Database &database)
    : m_database(database) {}

QList<ReportKind> DossierStore::reportKinds() {
    CachedQuery query(m_database);
    QList<ReportKind> result;
    if (!run(query,
             QStringLiteral("SELECT code, label_nl, label_en, explanation_nl, explanation_en FROM "
                            "report_kinds ORDER BY position, code"),
             {}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toString()});
    return result;
}

QList<LabelledOption> DossierStore::disciplines() {
    CachedQuery query(m_database);
    QList<LabelledOption> result;
    if (!run(query,
             QStringLiteral(
                 "SELECT code, label_nl, label_en FROM disciplines ORDER BY position, code"),
             {}))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

std::optional<DossierRecord> DossierStore::dossier(const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT client_id, address, postcode, city, birth_date, gp_name, "
                            "gp_phone, pharmacy_name, pharmacy_phone, reports_visible_from FROM "
                            "dossiers WHERE client_id = ?"),
             {clientId}) ||
        !query.next())
        return std::nullopt;
    return DossierRecord{query.value(0).toString(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         QDate::fromString(query.value(4).toString(), Qt::ISODate),
                         query.value(5).toString(),
                         query.value(6).toString(),
                         query.value(7).toString(),
                         query.value(8).toString(),
                         QDate::fromString(query.value(9).toString(), Qt::ISODate)};
}

bool DossierStore::saveDossier(const DossierRecord &d) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral(
                   "INSERT INTO dossiers (client_id, address, postcode, city, birth_date, gp_name, "
                   "gp_phone, pharmacy_name, pharmacy_phone, reports_visible_from) VALUES (?, ?, "
                   "?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(client_id) DO UPDATE SET address = "
                   "excluded.address, postcode = excluded.postcode, city = excluded.city, "
                   "birth_date = excluded.birth_date, gp_name = excluded.gp_name, gp_phone = "
                   "excluded.gp_phone, pharmacy_name = excluded.pharmacy_name, pharmacy_phone = "
                   "excluded.pharmacy_phone, reports_visible_from = "
                   "excluded.reports_visible_from"),
               {d.clientId, notNull(d.address), notNull(d.postcode), notNull(d.city),
                isoDate(d.birthDate), notNull(d.gpName), notNull(d.gpPhone),
                notNull(d.pharmacyName), notNull(d.pharmacyPhone), isoDate(d.reportsVisibleFrom)});
}

QList<DossierReportRecord> DossierStore::reports(const QString &clientId, const QString &kind,
                                                 const std::optional<PageCursor> &before,
                                                 int limit) {
    QVariantList values{clientId};
    if (!kind.isEmpty())
        values.append(kind);
    if (before)
        values << before->utc << before->utc << before->id;
    values.append(limit);
    CachedQuery query(m_database);
    QList<DossierReportRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 %2 ORDER BY r.written_utc DESC, r.id DESC LIMIT ?")
                 .arg(kReportColumns, reportFilter(!kind.isEmpty(), before.has_value())),
             values))
        return result;
    while (query.next())
        result.append(readReport(query));
    return result;
}

QList<DossierReportRecord> DossierStore::allReports(const QString &clientId) {
    CachedQuery query(m_database);
    QList<DossierReportRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM dossier_reports r WHERE r.client_id = ? ORDER BY "
                            "r.written_utc DESC, r.id DESC")
                 .arg(kReportColumns),
             {clientId}))
        return result;
    while (query.next())
        result.append(readReport(query));
    return result;
}

bool DossierStore::insertReport(const DossierReportRecord &r) {
    CachedQuery query(m_database);
    return run(
        query,
        QStringLiteral("INSERT INTO dossier_reports (id, client_id, kind, discipline, "
                       "author, written_utc, title, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.clientId, r.kind, r.discipline, r.author, epoch(r.writtenAt), r.title, r.body});
}

QList<CareGoalRecord> DossierStore::carePlan(const QString &clientId) {
    CachedQuery query(m_database);
    QList<CareGoalRecord> goals;
    if (!run(query,
             QStringLiteral("SELECT id, client_id, title, care_question FROM care_goals WHERE "
                            "client_id = ? ORDER BY position, id"),
             {clientId}))
        return goals;
    QHash<QString, qsizetype> indexOf;
    while (query.next()) {
        indexOf.insert(query.value(0).toString(), goals.size());
        goals.append({query.value(0).toString(),
                      query.value(1).toString(),
                      query.value(2).toString(),
                      query.value(3).toString(),
                      {}});
    }
    for (const CareActionRecord &action : actionsOfClient(clientId))
        goals[indexOf.value(action.goalId)].actions.append(action);
    return goals;
}

QList<CareActionRecord> DossierStore::actionsOfClient(const QString &clientId) {
    CachedQuery query(m_database);
    QList<CareActionRecord> actions;
    if (!run(query,
             QStringLiteral("SELECT a.id, a.goal_id, a.description, a.frequency FROM care_actions "
                            "a JOIN care_goals g ON g.id = a.goal_id WHERE g.client_id = ? ORDER "
                            "BY a.position, a.id"),
             {clientId}))
        return actions;
    while (query.next())
        actions.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString()});
    return actions;
}

bool DossierStore::insertGoal(const CareGoalRecord &goal) {
    CachedQuery query(m_database);
    // New goals go last; the position keeps the order staff gave them.
    return run(query,
               QStringLiteral("INSERT INTO care_goals (id, client_id, title, care_question, "
                              "position) VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) "
                              "+ 1 FROM care_goals WHERE client_id = ?))"),
               {goal.id, goal.clientId, goal.title, goal.careQuestion, goal.clientId});
}

std::optional<QString> DossierStore::clientOfGoal(const QString &goalId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT client_id FROM care_goals WHERE id = ?"), {goalId}) ||
        !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool DossierStore::insertAction(const CareActionRecord &action) {
    CachedQuery query(m_database);
    return run(
        query,
        QStringLiteral("INSERT INTO care_actions (id, goal_id, description, frequency, "
                       "position) VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + "
                       "1 FROM care_actions WHERE goal_id = ?))"),
        {action.id, action.goalId, action.description, notNull(action.frequency), action.goalId});
}

} // namespace careportal::server
