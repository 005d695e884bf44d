// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningcache.h"

#include "storage/cachedatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace careportal {

namespace {

const QLatin1String kVisits("visits");
const QLatin1String kChanged("changed");

QByteArray encode(const QList<Appointment> &appointments, const QSet<QString> &changed) {
    QJsonArray visits;
    for (const Appointment &appointment : appointments)
        visits.append(appointment.toJson());
    QJsonArray changedIds;
    for (const QString &id : changed)
        changedIds.append(id);
    return QJsonDocument(QJsonObject{{kVisits, visits}, {kChanged, changedIds}})
        .toJson(QJsonDocument::Compact);
}

QSet<QString> changedSince(const QList<Appointment> &before, const QList<Appointment> &after) {
    QSet<QString> changed;
    for (const Appointment &visit : after) {
        const auto previous = std::find_if(before.cbegin(), before.cend(),
                                           [&](const Appointment &a) { return a.id == visit.id; });
        if (previous == before.cend() || !(*previous == visit))
            changed.insert(visit.id);
    }
    return changed;
}

} // namespace

PlanningCache::PlanningCache(CacheDatabase *database)
    : m_database(database) {}

QString PlanningCache::monthKey(QDate month) {
    return month.toString(QStringLiteral("yyyy-MM"));
}

QByteArray PlanningCache::context(const QByteArray &clientKey, const QString &month) const {
    return QByteArrayLiteral("planning:") + clientKey.toHex() + ':' + month.toLatin1();
}

std::optional<PlanningCache::Month> PlanningCache::decode(const QByteArray &clientKey,
                                                          const QString &month,
                                                          const QByteArray &payload) const {
    const auto plain = m_database->cipher().open(payload, context(clientKey, month));
    if (!plain)
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*plain).object();
    Month result;
    for (const auto &value : json.value(kVisits).toArray()) {
        const Appointment appointment = Appointment::fromJson(value.toObject());
        if (appointment.isValid())
            result.appointments.append(appointment);
    }
    for (const auto &id : json.value(kChanged).toArray())
        result.changedIds.insert(id.toString());
    return result;
}

PlanningCache::Month PlanningCache::load(const QString &clientId, QDate month) const {
    if (!m_database->isUnlocked())
        return {};
    const QByteArray clientKey = m_database->cipher().blind(clientId);
    const QString key = monthKey(month);
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT etag, fetched_at, payload FROM planning_months WHERE "
                                 "client_key = ? AND month = ?"));
    query.addBindValue(clientKey);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    auto result = decode(clientKey, key, query.value(2).toByteArray());
    if (!result)
        return {}; // unreadable: as if never fetched, so the next refresh replaces it
    result->etag = query.value(0).toByteArray();
    result->fetchedAt = QDateTime::fromSecsSinceEpoch(query.value(1).toLongLong());
    return *result;
}

bool PlanningCache::replace(const QString &clientId, QDate month,
                            const QList<Appointment> &appointments, const QByteArray &etag,
                            const QDateTime &fetchedAt) {
    if (!m_database->isUnlocked())
        return false;
    QList<Appointment> sorted = appointments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Appointment &a, const Appointment &b) { return a.start < b.start; });
    const Month previous = load(clientId, month);
    const QSet<QString> changed = previous.fetchedAt.isValid()
                                      ? changedSince(previous.appointments, sorted)
                                      : QSet<QString>();
    const QByteArray clientKey = m_database->cipher().blind(clientId);
    const QString key = monthKey(month);
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO planning_months (client_key, month, "
                                 "etag, fetched_at, payload) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(clientKey);
    query.addBindValue(key);
    query.addBindValue(etag);
    query.addBindValue(fetchedAt.toSecsSinceEpoch());
    query.addBindValue(m_database->cipher().seal(encode(sorted, changed), context(clientKey, key)));
    if (!query.exec()) {
        qCWarning(lcDb) << "cannot cache planning" << query.lastError().text();
        return false;
    }
    return true;
}

bool PlanningCache::touch(const QString &clientId, QDate month, const QDateTime &fetchedAt) {
    if (!m_database->isUnlocked())
        return false;
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral(
        "UPDATE planning_months SET fetched_at = ? WHERE client_key = ? AND month = ?"));
    query.addBindValue(fetchedAt.toSecsSinceEpoch());
    query.addBindValue(m_database->cipher().blind(clientId));
    query.addBindValue(monthKey(month));
    return query.exec();
}

std::optional<Appointment> PlanningCache::nextVisit(const QString &clientId,
                                                    const QDateTime &after) const {
    if (!m_database->isUnlocked())
        return std::nullopt;
    const QByteArray clientKey = m_database->cipher().blind(clientId);
    QSqlQuery query(m_database->database());
    query.prepare(QStringLiteral("SELECT month, payload FROM planning_months WHERE client_key = ? "
                                 "AND month >= ? ORDER BY month"));
    query.addBindValue(clientKey);
    query.addBindValue(monthKey(after.date()));
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        const auto month =
            decode(clientKey, query.value(0).toString(), query.value(1).toByteArray());
        if (!month)
            continue;
        for (const Appointment &visit : month->appointments) {
            if (visit.start >= after)
                return visit;
        }
    }
    return std::nullopt;
}

} // namespace careportal
