// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountstore.h"

#include "database.h"
#include "sessionstore.h"
#include "sql.h"
#include "transaction.h"

#include <QTimeZone>
#include <QVariant>

namespace careportal::server {

namespace {

const QString kAccountColumns =
    QStringLiteral("id, username, password_hash, salutation, initials, surname, display_name, "
                   "must_change_password");

// Read with the columns insertAccount does not write.
const QString kAccountReadColumns = kAccountColumns + QStringLiteral(", disabled");

const QString kClientColumns = QStringLiteral("id, salutation, initials, surname, display_name");

ClientRecord readClient(const CachedQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString()};
}

AccountRecord readAccount(const CachedQuery &query) {
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(), query.value(7).toBool(),   query.value(8).toBool()};
}

} // namespace

AccountStore::AccountStore(Database &database)
    : m_database(database) {}

bool AccountStore::insertClient(const ClientRecord &c) {
    CachedQuery query(m_database);
    return run(
        query,
        QStringLiteral("INSERT INTO clients (%1) VALUES (?, ?, ?, ?, ?)").arg(kClientColumns),
        {c.id, c.salutation, c.initials, c.surname, c.displayName});
}

std::optional<ClientRecord> AccountStore::client(const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM clients WHERE id = ?").arg(kClientColumns),
             {clientId}) ||
        !query.next())
        return std::nullopt;
    return readClient(query);
}

QList<ClientRecord> AccountStore::clients() {
    CachedQuery query(m_database);
    QList<ClientRecord> result;
    if (!run(query,
             QStringLiteral(
                 "SELECT %1 FROM clients ORDER BY surname COLLATE NOCASE, display_name, id")
                 .arg(kClientColumns),
             {}))
        return result;
    while (query.next())
        result.append(readClient(query));
    return result;
}

QList<LinkedAccount> AccountStore::accountsOfClient(const QString &clientId) {
    CachedQuery query(m_database);
    QList<LinkedAccount> result;
    if (!run(query,
             QStringLiteral("SELECT a.id, a.username, ac.relation, a.must_change_password, "
                            "ac.rights FROM account_clients ac JOIN accounts a ON a.id = "
                            "ac.account_id WHERE ac.client_id = ? ORDER BY a.username"),
             {clientId}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toBool(),
                       LinkRights::fromStored(query.value(4).toString())});
    return result;
}

bool AccountStore::insertClientWithAccount(const ClientRecord &client, const AccountRecord &account,
                                           const QString &relation) {
    Transaction transaction(m_database);
    return transaction.isActive() && insertClient(client) && insertAccount(account) &&
           linkAccountToClient(account.id, client.id, relation) && transaction.commit();
}

bool AccountStore::insertAccount(const AccountRecord &a) {
    CachedQuery query(m_database);
    return run(query,
               // Until accounts get an e-mail field of their own, a user name that is an
               // e-mail address is the account's address (as migration 9 did for old ones).
               QStringLiteral("INSERT INTO accounts (%1, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                              "CASE WHEN ? LIKE '%_@_%' THEN ? ELSE '' END)")
                   .arg(kAccountColumns),
               {a.id, a.username, a.passwordHash, a.salutation, a.initials, a.surname,
                a.displayName, a.mustChangePassword ? 1 : 0, a.username, a.username});
}

bool AccountStore::linkAccountToClient(const QString &accountId, const QString &clientId,
                                       const QString &relation,
                                       const std::optional<LinkRights> &rights) {
    const LinkRights stored =
        rights && LinkRights::isChoosable(relation) ? *rights : LinkRights::defaultFor(relation);
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO account_clients (account_id, client_id, relation, "
                              "rights) VALUES (?, ?, ?, ?)"),
               {accountId, clientId, relation, stored.toStored()});
}

bool AccountStore::setLinkRights(const QString &accountId, const QString &clientId,
                                 const LinkRights &rights) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE account_clients SET rights = ? WHERE account_id = ? AND "
                              "client_id = ? AND relation = 'contact'"),
               {rights.toStored(), accountId, clientId}) &&
           query.numRowsAffected() == 1;
}

std::optional<AccountRecord> AccountStore::accountByUsername(const QString &username) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT %1 FROM accounts WHERE username = ? COLLATE NOCASE")
                 .arg(kAccountReadColumns),
             {username}) ||
        !query.next())
        return std::nullopt;
    return readAccount(query);
}

std::optional<AccountRecord> AccountStore::accountById(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT %1 FROM accounts WHERE id = ?").arg(kAccountReadColumns),
             {accountId}) ||
        !query.next())
        return std::nullopt;
    return readAccount(query);
}

namespace {

// Seed 002: "Het cliëntportaal blijft nog 2 weken na overlijden of verhuizen beschikbaar.
// Daarna wordt het afgesloten." Care that ended on this day or later still gives access.
QString accessCutoff() {
    const QDate today =
        QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    return today.addDays(-AccountStore::kAccessDaysAfterCareEnds).toString(Qt::ISODate);
}

} // namespace

QList<ClientLink> AccountStore::clientsOfAccount(const QString &accountId) {
    CachedQuery query(m_database);
    QList<ClientLink> result;
    if (!run(query,
             QStringLiteral("SELECT c.id, c.display_name, ac.relation, ac.rights FROM "
                            "account_clients ac JOIN clients c ON c.id = ac.client_id WHERE "
                            "ac.account_id = ? AND (c.care_ended_on IS NULL OR c.care_ended_on "
                            ">= ?) ORDER BY c.display_name"),
             {accountId, accessCutoff()}))
        return result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(),
                       query.value(2).toString(),
                       LinkRights::fromStored(query.value(3).toString())});
    return result;
}

bool AccountStore::accountMaySeeClient(const QString &accountId, const QString &clientId) {
    return relationToClient(accountId, clientId).has_value();
}

QString AccountStore::accountEmail(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query, QStringLiteral("SELECT email FROM accounts WHERE id = ?"), {accountId}) ||
        !query.next())
        return {};
    return query.value(0).toString();
}

bool AccountStore::setAccountDisabled(const QString &accountId, bool disabled) {
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return false;
    CachedQuery query(m_database);
    const bool updated = run(query, QStringLiteral("UPDATE accounts SET disabled = ? WHERE id = ?"),
                             {disabled ? 1 : 0, accountId}) &&
                         query.numRowsAffected() == 1;
    // The sessions end in the same transaction (a savepoint inside this one).
    const bool ended =
        updated &&
        (!disabled ||
         SessionStore(m_database).endEverySession(accountId, QStringLiteral("disabled")));
    return ended && transaction.commit();
}

std::optional<QString> AccountStore::relationToClient(const QString &accountId,
                                                      const QString &clientId) {
    const auto access = accessToClient(accountId, clientId);
    if (!access)
        return std::nullopt;
    return access->relation;
}

std::optional<ClientAccess> AccountStore::accessToClient(const QString &accountId,
                                                         const QString &clientId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT ac.relation, ac.rights FROM account_clients ac JOIN clients "
                            "c ON c.id = ac.client_id WHERE ac.account_id = ? AND ac.client_id "
                            "= ? AND (c.care_ended_on IS NULL OR c.care_ended_on >= ?)"),
             {accountId, clientId, accessCutoff()}) ||
        !query.next())
        return std::nullopt;
    return ClientAccess{query.value(0).toString(),
                        LinkRights::fromStored(query.value(1).toString())};
}

std::optional<qint64> AccountStore::authEpoch(const QString &accountId) {
    return readInteger(m_database, "SELECT epoch FROM auth_epochs WHERE account_id = ?", accountId);
}

bool AccountStore::setCareEnded(const QString &clientId, const QDate &endedOn) {
    CachedQuery query(m_database);
    return run(query, QStringLiteral("UPDATE clients SET care_ended_on = ? WHERE id = ?"),
               {endedOn.isValid() ? QVariant(endedOn.toString(Qt::ISODate)) : QVariant(),
                clientId}) &&
           query.numRowsAffected() == 1;
}

bool AccountStore::updatePassword(const QString &accountId, const QString &passwordHash) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET password_hash = ?, must_change_password = 0 "
                              "WHERE id = ?"),
               {passwordHash, accountId}) &&
           query.numRowsAffected() == 1;
}

LoginFailureState AccountStore::loginFailures(const QString &accountId) {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT failed_count, first_failed_utc, locked_until_utc, lock_count, "
                            "hour_failed_count, hour_started_utc FROM accounts WHERE id = ?"),
             {accountId}) ||
        !query.next())
        return {};
    return {query.value(0).toInt(), fromEpoch(query.value(1)), fromEpoch(query.value(2)),
            query.value(3).toInt(), query.value(4).toInt(),    fromEpoch(query.value(5))};
}

bool AccountStore::setLoginFailures(const QString &accountId, const LoginFailureState &state) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE accounts SET failed_count = ?, first_failed_utc = ?, "
                              "locked_until_utc = ?, lock_count = ?, hour_failed_count = ?, "
                              "hour_started_utc = ? WHERE id = ?"),
               {state.failedCount, epoch(state.firstFailedAt), epoch(state.lockedUntil),
                state.lockCount, state.hourFailedCount, epoch(state.hourStartedAt), accountId});
}

} // namespace careportal::server
