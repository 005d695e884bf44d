// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absencestore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QSqlDatabase>

namespace careportal::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, client_id, account_id, type, start_date, end_date, whole_day, start_time, end_time, "
    "late, processed, created_utc, processed_utc, processed_by");

QVariant isoOrNull(const QDate &date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant isoOrNull(const QTime &time) {
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

AbsenceRecord read(const QSqlQuery &q) {
    AbsenceRecord r;
    r.id = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.accountId = q.value(2).toString();
    r.type = q.value(3).toString();
    r.startDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.endDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.wholeDay = q.value(6).toBool();
    r.startTime = QTime::fromString(q.value(7).toString(), QStringLiteral("HH:mm"));
    r.endTime = QTime::fromString(q.value(8).toString(), QStringLiteral("HH:mm"));
    r.late = q.value(9).toBool();
    r.processed = q.value(10).toBool();
    r.createdAt = fromEpoch(q.value(11));
    r.processedAt = fromEpoch(q.value(12));
    r.processedBy = q.value(13).toString();
    return r;
}

} // namespace

AbsenceStore::AbsenceStore(Database &database)
    : m_database(database) {}

QList<LabelledOption> AbsenceStore::types() {
    CachedQuery query(m_database);
    QList<LabelledOption> result;
    if (!run(query,
             QStringLiteral("SELECT code, label_nl, label_en FROM absence_types ORDER BY position"),
             {}))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QList<AbsenceRecord> AbsenceStore::reports(const QString &clientId, int limit) {
    CachedQuery query(m_database);
    QList<AbsenceRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM absence_reports WHERE client_id = ? ORDER BY "
                            "created_utc DESC, id DESC LIMIT ?")
                 .arg(kColumns),
             {clientId, limit}))
        return result;
    while (query.next())
        result.append(read(query));
    return result;
}

std::optional<AbsenceRecord> AbsenceStore::reportById(const QString &id) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM absence_reports WHERE id = ?").arg(kColumns),
             {id}) ||
        !query.next())
        return std::nullopt;
    return read(query);
}

AbsenceStore::Insert AbsenceStore::insert(const AbsenceRecord &r, int maxUnprocessed) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("INSERT INTO absence_reports (%1) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ? WHERE (SELECT COUNT(*) FROM absence_reports WHERE "
                            "client_id = ? AND processed = 0) < ?")
                 .arg(kColumns),
             {r.id, r.clientId, r.accountId, r.type, isoOrNull(r.startDate), isoOrNull(r.endDate),
              r.wholeDay, isoOrNull(r.startTime), isoOrNull(r.endTime), r.late, r.processed,
              epoch(r.createdAt), epoch(r.processedAt),
              r.processedBy.isNull() ? QStringLiteral("") : r.processedBy, r.clientId,
              maxUnprocessed}))
        return Insert::Failed;
    return query.numRowsAffected() == 1 ? Insert::Stored : Insert::LimitReached;
}

std::optional<int> AbsenceStore::process(const QString &id, const QString &staffName,
                                         const QDateTime &fromUtc, const QDateTime &toUtc) {
    const auto report = reportById(id);
    if (!report || report->processed)
        return std::nullopt;
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return std::nullopt;
    CachedQuery query(m_database);
    const bool marked =
        run(query,
            QStringLiteral("UPDATE absence_reports SET processed = 1, processed_utc = ?, "
                           "processed_by = ? WHERE id = ? AND processed = 0"),
            {epoch(QDateTime::currentDateTimeUtc()), staffName, id}) &&
        query.numRowsAffected() == 1;
    const bool cancelled =
        marked && run(query,
                      QStringLiteral("UPDATE appointments SET cancelled_by = ? WHERE client_id = ? "
                                     "AND start_utc >= ? AND start_utc < ? AND cancelled_by IS "
                                     "NULL"),
                      {id, report->clientId, epoch(fromUtc), epoch(toUtc)});
    const int count = cancelled ? query.numRowsAffected() : 0;
    if (!cancelled || !transaction.commit())
        return std::nullopt;
    return count;
}

} // namespace careportal::server
