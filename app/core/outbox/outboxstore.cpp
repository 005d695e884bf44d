// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/outboxstore.h"

#include "storage/cachedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace careportal {

namespace {

const QString kColumns = QStringLiteral("SELECT id, state, queued_at, attempts, payload, problem "
                                        "FROM outbox ");
const QStringList kStates{QStringLiteral("waiting"), QStringLiteral("rejected"),
                          QStringLiteral("conflict")};

QJsonObject problemToJson(const ApiError &error) {
    QJsonObject fields;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        fields.insert(it.key(), QJsonArray{it.value().first, it.value().second});
    return {{QLatin1String("kind"), int(error.kind)}, {QLatin1String("status"), error.httpStatus},
            {QLatin1String("code"), error.code},      {QLatin1String("nl"), error.messageNl},
            {QLatin1String("en"), error.messageEn},   {QLatin1String("fields"), fields},
            {QLatin1String("current"), error.current}};
}

ApiError problemFromJson(const QJsonObject &json) {
    ApiError error;
    error.kind = ApiError::Kind(json.value(QLatin1String("kind")).toInt());
    error.httpStatus = json.value(QLatin1String("status")).toInt();
    error.code = json.value(QLatin1String("code")).toString();
    error.messageNl = json.value(QLatin1String("nl")).toString();
    error.messageEn = json.value(QLatin1String("en")).toString();
    const QJsonObject fields = json.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        error.fieldErrors.insert(it.key(), {it.value().toArray().at(0).toString(),
                                            it.value().toArray().at(1).toString()});
    error.current = json.value(QLatin1String("current")).toObject();
    return error;
}

QByteArray compact(const QJsonObject &json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

} // namespace

OutboxStore::OutboxStore(CacheDatabase *database)
    : m_database(database) {}

QByteArray OutboxStore::context(qint64 id) const {
    return QByteArrayLiteral("outbox:") + QByteArray::number(id);
}

std::optional<qint64> OutboxStore::add(const QueuedWrite &write, const QDateTime &now) {
    if (!m_database->isUnlocked() || !write.isValid())
        return std::nullopt;
    QSqlDatabase db = m_database->database();
    db.transaction();
    // The row first (its id is part of the sealing context), then its sealed payload.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO outbox (client_key, kind, state, queued_at, "
                                 "payload) VALUES (?, ?, 'waiting', ?, x'')"));
    query.addBindValue(m_database->cipher().blind(write.clientId));
    query.addBindValue(QueuedWrite::kindName(write.kind));
    query.addBindValue(now.toMSecsSinceEpoch());
    const bool inserted = query.exec();
    const qint64 id = query.lastInsertId().toLongLong();
    if (!inserted || !store(id, write) || !db.commit()) {
        qCWarning(lcDb) << "cannot queue a write" << query.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return id;
}

bool OutboxStore::store(qint64 id, const QueuedWrite &write) {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
    query.addBindValue(m_database->cipher().seal(compact(write.toJson()), context(id)));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

std::optional<OutboxStore::Entry> OutboxStore::read(const QSqlQuery &query) const {
    Entry entry;
    entry.id = query.value(0).toLongLong();
    const auto plain = m_database->cipher().open(query.value(4).toByteArray(), context(entry.id));
    if (!plain)
        return std::nullopt;
    entry.write = QueuedWrite::fromJson(QJsonDocument::fromJson(*plain).object());
    entry.state = State(std::max<qsizetype>(0, kStates.indexOf(query.value(1).toString())));
    entry.queuedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong());
    entry.attempts = query.value(3).toInt();
    if (const auto problem =
            m_database->cipher().open(query.value(5).toByteArray(), context(entry.id) + ":problem"))
        entry.problem = problemFromJson(QJsonDocument::fromJson(*problem).object());
    return entry;
}

QList<OutboxStore::Entry> OutboxStore::entries(const QString &clientId) const {
    QList<Entry> result;
    if (!m_database->isUnlocked())
        return result;
    QSqlQuery query(m_database->database());
    query.prepare(kColumns + (clientId.isEmpty()
                                  ? QStringLiteral("ORDER BY id")
                                  : QStringLiteral("WHERE client_key = ? ORDER BY id")));
    if (!clientId.isEmpty())
        query.addBindValue(m_database->cipher().blind(clientId));
    if (!query.exec())
        return result;
    while (query.next()) {
        if (auto entry = read(query))
            result.append(*entry);
    }
    return result;
}

std::optional<OutboxStore::Entry> OutboxStore::nextWaiting() const {
    if (!m_database->isUnlocked())
        return std::nullopt;
    QSqlQuery query(m_database->database());
    if (!query.exec(kColumns + QStringLiteral("WHERE state = 'waiting' ORDER BY id LIMIT 1")) ||
        !query.next())
        return std::nullopt;
    return read(query);
}

int OutboxStore::waitingCount() const {
    QSqlQuery query(m_database->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = 'waiting'")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

bool OutboxStore::remove(qint64 id) {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool OutboxStore::countAttempt(qint64 id) {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?"));
    query.addBindValue(id);
    return query.exec();
}

bool OutboxStore::setProblem(qint64 id, State state, const ApiError &problem) {
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("UPDATE outbox SET state = ?, problem = ? WHERE id = ?"));
    query.addBindValue(kStates.at(int(state)));
    query.addBindValue(
        m_database->cipher().seal(compact(problemToJson(problem)), context(id) + ":problem"));
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

bool OutboxStore::retryWith(qint64 id, const QJsonObject &fields, const QByteArray &ifMatch) {
    const QList<Entry> all = entries();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [id](const Entry &e) { return e.id == id; });
    if (it == all.cend())
        return false;
    QueuedWrite write = it->write;
    write.fields = fields;
    write.ifMatch = ifMatch;
    write.idempotencyKey = QueuedWrite::newKey();
    QSqlDatabase db = m_database->database();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = 'waiting', problem = NULL WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !store(id, write) || !db.commit()) {
        db.rollback();
        return false;
    }
    return true;
}

} // namespace careportal
