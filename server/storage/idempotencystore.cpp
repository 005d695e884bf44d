// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "idempotencystore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace careportal::server {

namespace {

QString headersToJson(const QList<QPair<QByteArray, QByteArray>> &headers) {
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QPair<QByteArray, QByteArray>> headersFromJson(const QString &json) {
    QList<QPair<QByteArray, QByteArray>> headers;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &value : array) {
        const QJsonArray pair = value.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

IdempotencyStore::Entry entryFrom(const CachedQuery &query) {
    IdempotencyStore::Entry entry;
    entry.fingerprint = query.value(0).toString().toLatin1();
    entry.claimedBy = query.value(1).toString();
    entry.claimedAt = fromEpoch(query.value(2));
    if (!query.value(3).isNull())
        entry.answer = IdempotencyStore::Answer{
            query.value(3).toInt(), query.value(4).toString().toLatin1(),
            query.value(5).toByteArray(), headersFromJson(query.value(6).toString())};
    return entry;
}

} // namespace

IdempotencyStore::IdempotencyStore(Database &database)
    : m_database(database) {}

std::optional<IdempotencyStore::Entry> IdempotencyStore::entry(const QString &accountId,
                                                               const QString &key) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT fingerprint, claimed_by, claimed_utc, status, content_type, "
                            "body, headers FROM idempotency_keys WHERE account_id = ? AND key = ?"),
             {accountId, key}) ||
        !query.next())
        return std::nullopt;
    return entryFrom(query);
}

IdempotencyStore::Claim
IdempotencyStore::claim(const QString &accountId, const QString &key, const QByteArray &fingerprint,
                        const QString &owner, const QDateTime &now,
                        const std::function<bool(const Entry &)> &mayTakeOver, Entry *existing) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return Claim::Failed;
    CachedQuery query(m_database);
    if (const auto current = entry(accountId, key)) {
        *existing = *current;
        if (current->answer || current->fingerprint != fingerprint || !mayTakeOver(*current))
            return Claim::Taken;
        // The previous writer is gone and its write never committed (its answer would be
        // here): run it again.
        const bool taken = run(query,
                               QStringLiteral("UPDATE idempotency_keys SET claimed_by = ?, "
                                              "claimed_utc = ? WHERE account_id = ? AND key = ? "
                                              "AND status IS NULL"),
                               {owner, epoch(now), accountId, key});
        return taken && transaction.commit() ? Claim::Claimed : Claim::Failed;
    }
    const bool inserted =
        run(query,
            QStringLiteral("INSERT INTO idempotency_keys (account_id, key, fingerprint, "
                           "claimed_by, claimed_utc) VALUES (?, ?, ?, ?, ?)"),
            {accountId, key, QString::fromLatin1(fingerprint), owner, epoch(now)});
    return inserted && transaction.commit() ? Claim::Claimed : Claim::Failed;
}

bool IdempotencyStore::runAndRemember(const QString &accountId, const QString &key,
                                      const QDateTime &now,
                                      const std::function<std::optional<Answer>()> &write) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    const std::optional<Answer> answer = write();
    if (!answer)
        return false;
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE idempotency_keys SET status = ?, content_type = ?, body = "
                              "?, headers = ?, completed_utc = ? WHERE account_id = ? AND key = ?"),
               {answer->status, QString::fromLatin1(answer->contentType), answer->body,
                headersToJson(answer->headers), epoch(now), accountId, key}) &&
           query.numRowsAffected() == 1 && transaction.commit();
}

void IdempotencyStore::release(const QString &accountId, const QString &key, const QString &owner) {
    CachedQuery query(m_database);
    (void)run(query,
              QStringLiteral("DELETE FROM idempotency_keys WHERE account_id = ? AND key = ? AND "
                             "claimed_by = ? AND status IS NULL"),
              {accountId, key, owner});
}

int IdempotencyStore::removeClaimedBefore(const QDateTime &before) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("DELETE FROM idempotency_keys WHERE claimed_utc < ?"),
             {epoch(before)}))
        return 0;
    return query.numRowsAffected();
}

} // namespace careportal::server
