// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "registrationstore.h"

#include "database.h"
#include "sql.h"

namespace careportal::server {

namespace {

const QString kColumns = QStringLiteral(
    "id, created_utc, address, requester_first_name, requester_surname, requester_phone, "
    "requester_email, relation, client_first_name, client_surname, client_phone, client_email, "
    "status, reason");

RegistrationStore::Registration registrationFrom(const CachedQuery &query) {
    const auto text = [&](int column) {
        return query.value(column).toString();
    };
    return {text(0),  fromEpoch(query.value(1)),
            text(2),  {text(3), text(4), text(5), text(6)},
            text(7),  {text(8), text(9), text(10), text(11)},
            text(12), text(13)};
}

} // namespace

RegistrationStore::RegistrationStore(Database &database)
    : m_database(database) {}

bool RegistrationStore::insert(const Registration &r) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO registrations (id, created_utc, address, "
                              "requester_first_name, requester_surname, requester_phone, "
                              "requester_email, relation, client_first_name, client_surname, "
                              "client_phone, client_email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?)"),
               {r.id, epoch(r.createdAt), notNull(r.address), r.requester.firstName,
                r.requester.surname, r.requester.phone, r.requester.email, r.relation,
                r.client.firstName, r.client.surname, notNull(r.client.phone),
                notNull(r.client.email)});
}

int RegistrationStore::countFromAddressSince(const QString &address, const QDateTime &since) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM registrations WHERE address = ? AND "
                            "created_utc >= ?"),
             {notNull(address), epoch(since)}) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<RegistrationStore::Registration> RegistrationStore::open() {
    CachedQuery query(m_database);
    QList<Registration> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM registrations WHERE status = 'open' ORDER BY "
                            "created_utc, id")
                 .arg(kColumns),
             {}))
        return result;
    while (query.next())
        result.append(registrationFrom(query));
    return result;
}

std::optional<RegistrationStore::Registration> RegistrationStore::registration(const QString &id) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM registrations WHERE id = ?").arg(kColumns),
             {id}) ||
        !query.next())
        return std::nullopt;
    return registrationFrom(query);
}

bool RegistrationStore::decide(const QString &id, const QString &status, const QString &staff,
                               const QString &reason, const QString &accountId) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE registrations SET status = ?, decided_utc = ?, decided_by "
                              "= ?, reason = ?, account_id = ? WHERE id = ? AND status = 'open'"),
               {status, QDateTime::currentSecsSinceEpoch(), notNull(staff), notNull(reason),
                notNull(accountId), id}) &&
           query.numRowsAffected() == 1;
}

} // namespace careportal::server
