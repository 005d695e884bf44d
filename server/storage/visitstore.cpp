// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "visitstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QVariant>

namespace careportal::server {

namespace {

const QString kVisitColumns =
    QStringLiteral("id, client_id, start_utc, end_utc, help_type, carer_name, cancelled_by");

StaffVisitRecord readVisit(const CachedQuery &query) {
    return {{query.value(0).toString(), query.value(1).toString(), fromEpoch(query.value(2)),
             fromEpoch(query.value(3)), query.value(4).toString(), query.value(5).toString()},
            query.value(6).toString()};
}

} // namespace

VisitStore::VisitStore(Database &database)
    : m_database(database) {}

bool VisitStore::insertAppointments(const QList<AppointmentRecord> &appointments) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    for (const AppointmentRecord &a : appointments) {
        if (!run(query,
                 QStringLiteral("INSERT INTO appointments (id, client_id, start_utc, end_utc, "
                                "help_type, carer_name) VALUES (?, ?, ?, ?, ?, ?)"),
                 {a.id, a.clientId, epoch(a.start), epoch(a.end), a.helpType, a.carerName}))
            return false;
    }
    return transaction.commit();
}

QList<AppointmentRecord> VisitStore::appointments(const QString &clientId, const QDateTime &fromUtc,
                                                  const QDateTime &toUtc) {
    CachedQuery query(m_database);
    QList<AppointmentRecord> result;
    if (!run(query, appointmentsStatement(), {clientId, epoch(fromUtc), epoch(toUtc)}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       fromEpoch(query.value(2)), fromEpoch(query.value(3)),
                       query.value(4).toString(), query.value(5).toString()});
    return result;
}

QString VisitStore::appointmentsStatement() {
    return QStringLiteral("SELECT id, client_id, start_utc, end_utc, help_type, carer_name FROM "
                          "appointments WHERE client_id = ? AND start_utc >= ? AND start_utc < "
                          "? AND cancelled_by IS NULL ORDER BY start_utc, id");
}

std::optional<qint64> VisitStore::planningEpoch(const QString &clientId) {
    return readInteger(m_database, "SELECT epoch FROM planning_epochs WHERE client_id = ?",
                       clientId);
}

std::optional<StaffVisitRecord> VisitStore::visit(const QString &id) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM appointments WHERE id = ?").arg(kVisitColumns),
             {id}) ||
        !query.next())
        return std::nullopt;
    return readVisit(query);
}

QList<StaffVisitRecord> VisitStore::visits(const QString &clientId, const QDateTime &fromUtc,
                                           const QDateTime &toUtc) {
    CachedQuery query(m_database);
    QList<StaffVisitRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM appointments WHERE client_id = ? AND start_utc >= ? "
                            "AND start_utc < ? ORDER BY start_utc, id")
                 .arg(kVisitColumns),
             {clientId, epoch(fromUtc), epoch(toUtc)}))
        return result;
    while (query.next())
        result.append(readVisit(query));
    return result;
}

bool VisitStore::updateVisit(const AppointmentRecord &v) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE appointments SET start_utc = ?, end_utc = ?, help_type = ?, "
                              "carer_name = ? WHERE id = ? AND cancelled_by IS NULL"),
               {epoch(v.start), epoch(v.end), v.helpType, v.carerName, v.id}) &&
           query.numRowsAffected() == 1;
}

bool VisitStore::cancelVisit(const QString &id, const QString &cancelledBy) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE appointments SET cancelled_by = ? WHERE id = ? AND "
                              "cancelled_by IS NULL"),
               {cancelledBy, id}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
