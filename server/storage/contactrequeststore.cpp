// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactrequeststore.h"

#include "database.h"
#include "sql.h"

namespace careportal::server {

namespace {

const QString kColumns = QStringLiteral("id, client_id, account_id, subject, message, done, "
                                        "created_utc, answered_utc, answer, answered_by");

ContactRequestRecord read(const QSqlQuery &q) {
    ContactRequestRecord r;
    r.id = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.accountId = q.value(2).toString();
    r.subject = q.value(3).toString();
    r.message = q.value(4).toString();
    r.done = q.value(5).toBool();
    r.createdAt = fromEpoch(q.value(6));
    r.answeredAt = fromEpoch(q.value(7));
    r.answer = q.value(8).toString();
    r.answeredBy = q.value(9).toString();
    return r;
}

} // namespace

ContactRequestStore::ContactRequestStore(Database &database)
    : m_database(database) {}

QList<LabelledOption> ContactRequestStore::subjects() {
    CachedQuery query(m_database);
    QList<LabelledOption> result;
    if (!run(query,
             QStringLiteral("SELECT code, label_nl, label_en FROM contact_request_subjects ORDER "
                            "BY position, code"),
             {}))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QList<ContactRequestRecord>
ContactRequestStore::page(const QString &clientId, const std::optional<Cursor> &before, int limit) {
    CachedQuery query(m_database);
    QList<ContactRequestRecord> result;
    const bool ok =
        before ? run(query,
                     QStringLiteral("SELECT %1 FROM contact_requests WHERE client_id = ? AND "
                                    "(created_utc < ? OR (created_utc = ? AND id < ?)) ORDER BY "
                                    "created_utc DESC, id DESC LIMIT ?")
                         .arg(kColumns),
                     {clientId, before->utc, before->utc, before->id, limit})
               : run(query,
                     QStringLiteral("SELECT %1 FROM contact_requests WHERE client_id = ? ORDER BY "
                                    "created_utc DESC, id DESC LIMIT ?")
                         .arg(kColumns),
                     {clientId, limit});
    if (!ok)
        return result;
    while (query.next())
        result.append(read(query));
    return result;
}

std::optional<ContactRequestRecord> ContactRequestStore::request(const QString &clientId,
                                                                 const QString &id) {
    auto found = requestById(id);
    if (!found || found->clientId != clientId)
        return std::nullopt;
    return found;
}

std::optional<ContactRequestRecord> ContactRequestStore::requestById(const QString &id) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM contact_requests WHERE id = ?").arg(kColumns),
             {id}) ||
        !query.next())
        return std::nullopt;
    return read(query);
}

int ContactRequestStore::openCount(const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral(
                 "SELECT COUNT(*) FROM contact_requests WHERE client_id = ? AND done = 0"),
             {clientId}) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool ContactRequestStore::insert(const ContactRequestRecord &r) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO contact_requests (id, client_id, account_id, subject, "
                              "message, done, created_utc, answered_utc, answer, answered_by) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {r.id, r.clientId, r.accountId, r.subject, r.message, r.done, epoch(r.createdAt),
                epoch(r.answeredAt), notNull(r.answer), notNull(r.answeredBy)});
}

bool ContactRequestStore::updateOpen(const ContactRequestRecord &r) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE contact_requests SET subject = ?, message = ? WHERE "
                              "client_id = ? AND id = ? AND done = 0"),
               {r.subject, r.message, r.clientId, r.id}) &&
           query.numRowsAffected() == 1;
}

bool ContactRequestStore::deleteOpen(const QString &clientId, const QString &id) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral(
                   "DELETE FROM contact_requests WHERE client_id = ? AND id = ? AND done = 0"),
               {clientId, id}) &&
           query.numRowsAffected() == 1;
}

bool ContactRequestStore::markRead(const QString &requestId, const QString &accountId,
                                   const QDateTime &at) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT OR IGNORE INTO contact_request_reads (account_id, "
                              "request_id, read_utc) VALUES (?, ?, ?)"),
               {accountId, requestId, epoch(at)});
}

QHash<QString, QDateTime> ContactRequestStore::readTimes(const QString &accountId,
                                                         const QString &clientId) {
    CachedQuery query(m_database);
    QHash<QString, QDateTime> result;
    if (!run(query,
             QStringLiteral("SELECT r.request_id, r.read_utc FROM contact_request_reads r JOIN "
                            "contact_requests c ON c.id = r.request_id WHERE r.account_id = ? "
                            "AND c.client_id = ?"),
             {accountId, clientId}))
        return result;
    while (query.next())
        result.insert(query.value(0).toString(), fromEpoch(query.value(1)));
    return result;
}

bool ContactRequestStore::answer(const QString &id, const QString &answer, const QString &staffName,
                                 const QDateTime &at) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE contact_requests SET done = 1, answer = ?, answered_by = ?, "
                              "answered_utc = ? WHERE id = ? AND done = 0"),
               {answer, staffName, epoch(at), id}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
