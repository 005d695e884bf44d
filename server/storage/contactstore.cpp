// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactstore.h"

#include "database.h"
#include "sql.h"
#include "transaction.h"

#include <QSqlDatabase>

namespace careportal::server {

namespace {

const QString kDetailColumns = QStringLiteral("id, client_id, kind, value, remark");
const QString kPersonColumns =
    QStringLiteral("id, client_id, name, phone1, phone2, email, type, is_primary, remarks");

ContactDetailRecord readDetail(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString()};
}

ContactPersonRecord readPerson(const QSqlQuery &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toBool(),   q.value(8).toString()};
}

// A null QString binds as SQL NULL; optional text columns are NOT NULL DEFAULT ''.
QString text(const QString &value) {
    return value.isNull() ? QString(QLatin1String("")) : value;
}

bool changedOneRow(CachedQuery &query, const QString &sql, const QVariantList &values) {
    return run(query, sql, values) && query.numRowsAffected() == 1;
}

} // namespace

ContactStore::ContactStore(Database &database)
    : m_database(database) {}

QList<ContactDetailRecord> ContactStore::contactDetails(const QString &clientId) {
    CachedQuery query(m_database);
    QList<ContactDetailRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM contact_details WHERE client_id = ? ORDER BY "
                            "created_utc, id")
                 .arg(kDetailColumns),
             {clientId}))
        return result;
    while (query.next())
        result.append(readDetail(query));
    return result;
}

std::optional<ContactDetailRecord> ContactStore::contactDetail(const QString &clientId,
                                                               const QString &id) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM contact_details WHERE client_id = ? AND id = ?")
                 .arg(kDetailColumns),
             {clientId, id}) ||
        !query.next())
        return std::nullopt;
    return readDetail(query);
}

bool ContactStore::insertContactDetail(const ContactDetailRecord &d) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO contact_details (%1, created_utc) VALUES (?, ?, ?, ?, "
                              "?, ?)")
                   .arg(kDetailColumns),
               {d.id, d.clientId, d.kind, d.value, text(d.remark),
                epoch(QDateTime::currentDateTimeUtc())});
}

bool ContactStore::updateContactDetail(const ContactDetailRecord &d) {
    CachedQuery query(m_database);
    return changedOneRow(query,
                         QStringLiteral("UPDATE contact_details SET kind = ?, value = ?, remark = "
                                        "? WHERE client_id = ? AND id = ?"),
                         {d.kind, d.value, text(d.remark), d.clientId, d.id});
}

bool ContactStore::deleteContactDetail(const QString &clientId, const QString &id) {
    CachedQuery query(m_database);
    return changedOneRow(
        query, QStringLiteral("DELETE FROM contact_details WHERE client_id = ? AND id = ?"),
        {clientId, id});
}

QList<ContactPersonType> ContactStore::contactPersonTypes() {
    CachedQuery query(m_database);
    QList<ContactPersonType> result;
    if (!run(query,
             QStringLiteral("SELECT code, label_nl, label_en FROM contact_person_types ORDER BY "
                            "position, code"),
             {}))
        return result;
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

QList<ContactPersonRecord> ContactStore::contactPersons(const QString &clientId) {
    CachedQuery query(m_database);
    QList<ContactPersonRecord> result;
    if (!run(query,
             QStringLiteral("SELECT %1 FROM contact_persons WHERE client_id = ? ORDER BY "
                            "is_primary DESC, name COLLATE NOCASE, id")
                 .arg(kPersonColumns),
             {clientId}))
        return result;
    while (query.next())
        result.append(readPerson(query));
    return result;
}

std::optional<ContactPersonRecord> ContactStore::contactPerson(const QString &clientId,
                                                               const QString &id) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM contact_persons WHERE client_id = ? AND id = ?")
                 .arg(kPersonColumns),
             {clientId, id}) ||
        !query.next())
        return std::nullopt;
    return readPerson(query);
}

bool ContactStore::saveContactPerson(const ContactPersonRecord &p, bool isNew) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    bool ok = !p.primary ||
              run(query,
                  QStringLiteral("UPDATE contact_persons SET is_primary = 0 WHERE client_id = ? "
                                 "AND is_primary = 1 AND id <> ?"),
                  {p.clientId, p.id});
    if (ok && isNew) {
        ok = run(query,
                 QStringLiteral("INSERT INTO contact_persons (%1, created_utc) VALUES (?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?)")
                     .arg(kPersonColumns),
                 {p.id, p.clientId, p.name, p.phone1, text(p.phone2), text(p.email), p.type,
                  p.primary, text(p.remarks), epoch(QDateTime::currentDateTimeUtc())});
    } else if (ok) {
        ok = changedOneRow(query,
                           QStringLiteral("UPDATE contact_persons SET name = ?, phone1 = ?, phone2 "
                                          "= ?, email = ?, type = ?, is_primary = ?, remarks = ? "
                                          "WHERE client_id = ? AND id = ?"),
                           {p.name, p.phone1, text(p.phone2), text(p.email), p.type, p.primary,
                            text(p.remarks), p.clientId, p.id});
    }
    return ok && transaction.commit();
}

bool ContactStore::deleteContactPerson(const QString &clientId, const QString &id) {
    CachedQuery query(m_database);
    return changedOneRow(
        query, QStringLiteral("DELETE FROM contact_persons WHERE client_id = ? AND id = ?"),
        {clientId, id});
}

} // namespace careportal::server
