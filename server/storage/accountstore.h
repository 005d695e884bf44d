// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <QDate>
#include <QList>
#include <optional>

namespace careportal::server {

class Database;

/// Clients, accounts and the links between them: who may see which client and as what,
/// passwords, login failures and whether an account is disabled. Reads that fail are
/// logged and answer "nothing"; writes report failure as false.
class AccountStore {
public:
    explicit AccountStore(Database &database);

    // Clients
    [[nodiscard]] bool insertClient(const ClientRecord &client);
    [[nodiscard]] std::optional<ClientRecord> client(const QString &clientId);
    /// Every client, by surname then display name (staff listings).
    [[nodiscard]] QList<ClientRecord> clients();
    /// Staff: the last day of the client's care; an invalid date clears it. False when the
    /// client is unknown.
    [[nodiscard]] bool setCareEnded(const QString &clientId, const QDate &endedOn);
    static constexpr int kAccessDaysAfterCareEnds = 14;

    // Accounts and their links to clients
    /// The accounts linked to the client, by username.
    [[nodiscard]] QList<LinkedAccount> accountsOfClient(const QString &clientId);
    /// Client, account and link in one transaction, so a username taken meanwhile (the
    /// UNIQUE constraint) leaves no client without an account behind.
    [[nodiscard]] bool insertClientWithAccount(const ClientRecord &client,
                                               const AccountRecord &account,
                                               const QString &relation);
    [[nodiscard]] bool insertAccount(const AccountRecord &account);
    /// Links with LinkRights::defaultFor(relation); `rights` counts only for a "contact"
    /// link (the client's own account and a legal representative have every part).
    [[nodiscard]] bool linkAccountToClient(const QString &accountId, const QString &clientId,
                                           const QString &relation,
                                           const std::optional<LinkRights> &rights = {});
    /// Staff: what an existing "contact" link opens. False when there is no such link (or
    /// it is a "self" or "representative" one, whose parts are not chosen).
    [[nodiscard]] bool setLinkRights(const QString &accountId, const QString &clientId,
                                     const LinkRights &rights);
    /// Case-insensitive; the caller trims.
    [[nodiscard]] std::optional<AccountRecord> accountByUsername(const QString &username);
    [[nodiscard]] std::optional<AccountRecord> accountById(const QString &accountId);
    /// The clients the account may see today (see accountMaySeeClient), by name.
    [[nodiscard]] QList<ClientLink> clientsOfAccount(const QString &accountId);
    /// The account's e-mail address; empty when it has none.
    [[nodiscard]] QString accountEmail(const QString &accountId);
    /// Whether, and as what, the account may see the client. Access ends
    /// kAccessDaysAfterCareEnds days after the client's care ended (seed 002), for everyone.
    [[nodiscard]] bool accountMaySeeClient(const QString &accountId, const QString &clientId);
    /// How the account relates to the client ("self", "representative", "contact"); nullopt
    /// when it may not see the client (anymore).
    [[nodiscard]] std::optional<QString> relationToClient(const QString &accountId,
                                                          const QString &clientId);
    /// The relation and the parts of the portal the link opens, in one query; nullopt when
    /// the account may not see the client (anymore).
    [[nodiscard]] std::optional<ClientAccess> accessToClient(const QString &accountId,
                                                             const QString &clientId);
    /// The account's change counter (schema 19's triggers count every change to its tokens,
    /// sessions, links and the account itself): 0 before the first change, nullopt when the
    /// read failed. SessionCache trusts what it keeps only while this stays the same.
    [[nodiscard]] std::optional<qint64> authEpoch(const QString &accountId);
    /// Stores the new hash and clears the forced-change flag in one statement.
    [[nodiscard]] bool updatePassword(const QString &accountId, const QString &passwordHash);
    /// Staff: a disabled account cannot log in and loses every session in the same
    /// transaction (SessionStore::endEverySession); false when the account is unknown.
    [[nodiscard]] bool setAccountDisabled(const QString &accountId, bool disabled);

    // Login throttling
    [[nodiscard]] LoginFailureState loginFailures(const QString &accountId);
    [[nodiscard]] bool setLoginFailures(const QString &accountId, const LoginFailureState &state);

private:
    Database &m_database;
};

} // namespace careportal::server
