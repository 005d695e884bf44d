#include "planningcache.h"

#include "cachedatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace careportal {

namespace {

Appointment readAppointment(const QSqlQuery &query) {
    Appointment appointment;
    appointment.id = query.value(0).toString();
    appointment.start = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    appointment.end = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    appointment.helpType = query.value(3).toString();
    appointment.carerName = query.value(4).toString();
    return appointment;
}

const QString selectColumns =
    QStringLiteral("SELECT id, start, end, help_type, carer_name FROM appointments ");

} // namespace

PlanningCache::PlanningCache(CacheDatabase *database)
    : m_database(database) {}

QString PlanningCache::monthKey(QDate month) {
    return month.toString(QStringLiteral("yyyy-MM"));
}

PlanningCache::Month PlanningCache::load(const QString &clientId, QDate month) const {
    Month result;
    QSqlQuery meta(m_database->database());
    meta.prepare(QStringLiteral(
        "SELECT etag, fetched_at FROM planning_months WHERE client_id = ? AND month = ?"));
    meta.addBindValue(clientId);
    meta.addBindValue(monthKey(month));
    if (!meta.exec() || !meta.next())
        return result;
    result.etag = meta.value(0).toByteArray();
    result.fetchedAt = QDateTime::fromSecsSinceEpoch(meta.value(1).toLongLong());

    QSqlQuery query(m_database->database());
    query.prepare(selectColumns +
                  QStringLiteral("WHERE client_id = ? AND month = ? ORDER BY start_utc"));
    query.addBindValue(clientId);
    query.addBindValue(monthKey(month));
    if (query.exec()) {
        while (query.next())
            result.appointments.append(readAppointment(query));
    }
    return result;
}

bool PlanningCache::replace(const QString &clientId, QDate month,
                            const QList<Appointment> &appointments, const QByteArray &etag,
                            const QDateTime &fetchedAt) {
    QSqlDatabase db = m_database->database();
    if (!db.transaction())
        return false;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM appointments WHERE client_id = ? AND month = ?"));
    remove.addBindValue(clientId);
    remove.addBindValue(monthKey(month));
    bool ok = remove.exec();

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT OR REPLACE INTO appointments"
                       " (client_id, month, id, start, end, start_utc, help_type, carer_name)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const auto &appointment : appointments) {
        if (!ok)
            break;
        insert.addBindValue(clientId);
        insert.addBindValue(monthKey(month));
        insert.addBindValue(appointment.id);
        insert.addBindValue(appointment.start.toString(Qt::ISODate));
        insert.addBindValue(appointment.end.toString(Qt::ISODate));
        insert.addBindValue(appointment.start.toSecsSinceEpoch());
        insert.addBindValue(appointment.helpType);
        insert.addBindValue(appointment.carerName);
        ok = insert.exec();
    }
    QSqlQuery meta(db);
    meta.prepare(
        QStringLiteral("INSERT OR REPLACE INTO planning_months (client_id, month, etag, fetched_at)"
                       " VALUES (?, ?, ?, ?)"));
    meta.addBindValue(clientId);
    meta.addBindValue(monthKey(month));
    meta.addBindValue(etag);
    meta.addBindValue(fetchedAt.toSecsSinceEpoch());
    ok = ok && meta.exec();
    if (!ok || !db.commit()) {
        qCWarning(lcDb) << "cannot cache planning" << db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool PlanningCache::touch(const QString &clientId, QDate month, const QDateTime &fetchedAt) {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral(
        "UPDATE planning_months SET fetched_at = ? WHERE client_id = ? AND month = ?"));
    query.addBindValue(fetchedAt.toSecsSinceEpoch());
    query.addBindValue(clientId);
    query.addBindValue(monthKey(month));
    return query.exec();
}

std::optional<Appointment> PlanningCache::nextVisit(const QString &clientId,
                                                    const QDateTime &after) const {
    QSqlQuery query(m_database->database());
    query.prepare(
        selectColumns +
        QStringLiteral("WHERE client_id = ? AND start_utc >= ? ORDER BY start_utc LIMIT 1"));
    query.addBindValue(clientId);
    query.addBindValue(after.toSecsSinceEpoch());
    if (query.exec() && query.next())
        return readAppointment(query);
    return std::nullopt;
}

} // namespace careportal
