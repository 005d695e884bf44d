// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/tokenservice.h"
#include "storage/records.h"

#include <QHash>
#include <memory>
#include <mutex>
#include <optional>

namespace careportal::server {

class AccountStore;

/// What SessionGuard reads for every request — the token, its session, the session limits,
/// the account and its link to the client — kept in memory per token, so that a request
/// costs one read of the account's change counter instead of five queries (they were a
/// quarter of the authenticated month GET's time).
///
/// Revocation stays immediate: the triggers of schema 19 count every change to those rows
/// in auth_epochs, whichever process makes it (the admin tool too), and a kept entry is
/// used only while its account's counter is the one it was read under. Expiry, the idle
/// and absolute limits and the end of care are judged again at each request.
class SessionCache {
public:
    SessionCache(AccountStore &accounts, TokenService &tokens);

    struct Caller {
        TokenService::Session session;
        std::optional<AccountRecord> account; // nullopt: the account is gone
    };
    /// TokenService::resolve() and the account; nullopt when the token opens nothing.
    [[nodiscard]] std::optional<Caller> resolve(const QString &token);
    /// AccountStore::accessToClient() for the session resolve() just returned for the
    /// token of `tokenHash`.
    [[nodiscard]] std::optional<ClientAccess>
    accessToClient(const QByteArray &tokenHash, const QString &accountId, const QString &clientId);

    /// Entries kept at most; beyond it the cache starts again (about 1 KiB each).
    static constexpr qsizetype kMaxEntries = 4096;

private:
    struct KeptAccess {
        std::optional<ClientAccess> access;
        qint64 validUntilMs = 0; // the next Dutch midnight: care that ended closes by day
    };
    struct Entry {
        TokenService::Snapshot snapshot;
        std::optional<AccountRecord> account;
        qint64 epoch = 0;
        QHash<QString, KeptAccess> clients;
    };

    [[nodiscard]] std::shared_ptr<Entry> find(const QByteArray &tokenHash);
    [[nodiscard]] bool isCurrent(const Entry &entry);
    [[nodiscard]] std::shared_ptr<Entry> load(const QString &token);
    void keep(const std::shared_ptr<Entry> &entry);

    AccountStore &m_accounts;
    TokenService &m_tokens;
    std::mutex m_mutex; // guards m_entries and every entry's clients
    QHash<QByteArray, std::shared_ptr<Entry>> m_entries;
};

} // namespace careportal::server
