// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessioncache.h"

#include "dutchtime.h"
#include "storage/accountstore.h"

namespace careportal::server {

namespace {

qint64 nextDutchMidnightMs(qint64 nowMs) {
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toTimeZone(amsterdam()).date();
    return QDateTime(today.addDays(1), QTime(0, 0), amsterdam()).toMSecsSinceEpoch();
}

} // namespace

SessionCache::SessionCache(AccountStore &accounts, TokenService &tokens)
    : m_accounts(accounts)
    , m_tokens(tokens) {}

std::optional<SessionCache::Caller> SessionCache::resolve(const QString &token) {
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    std::shared_ptr<Entry> entry = find(TokenService::hashOf(token));
    if (!entry || !isCurrent(*entry))
        entry = load(token);
    if (!entry)
        return std::nullopt;
    auto session = m_tokens.resolve(entry->snapshot);
    if (!session)
        return std::nullopt;
    return Caller{*std::move(session), entry->account};
}

std::optional<ClientAccess> SessionCache::accessToClient(const QByteArray &tokenHash,
                                                         const QString &accountId,
                                                         const QString &clientId) {
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    std::shared_ptr<Entry> entry = find(tokenHash);
    if (entry) {
        std::lock_guard lock(m_mutex);
        const auto kept = entry->clients.constFind(clientId);
        if (kept != entry->clients.cend() && nowMs < kept->validUntilMs)
            return kept->access;
    }
    // The day is fixed before the read: an answer read just after midnight is kept only
    // until that midnight, never into the next day.
    KeptAccess fresh{std::nullopt, nextDutchMidnightMs(nowMs)};
    fresh.access = m_accounts.accessToClient(accountId, clientId);
    if (entry && entry->snapshot.token.accountId == accountId) {
        std::lock_guard lock(m_mutex);
        entry->clients.insert(clientId, fresh);
    }
    return fresh.access;
}

std::shared_ptr<SessionCache::Entry> SessionCache::find(const QByteArray &tokenHash) {
    std::lock_guard lock(m_mutex);
    return m_entries.value(tokenHash);
}

bool SessionCache::isCurrent(const Entry &entry) {
    const auto epoch = m_accounts.authEpoch(entry.snapshot.token.accountId);
    return epoch && *epoch == entry.epoch;
}

std::shared_ptr<SessionCache::Entry> SessionCache::load(const QString &token) {
    const auto first = m_tokens.load(token);
    if (!first)
        return nullptr; // unknown tokens are not kept: guessing must not fill the cache
    const auto epoch = m_accounts.authEpoch(first->token.accountId);
    // The rows are read again after the counter: a change committed in between leaves the
    // counter ahead of what is kept, so the next request reads them once more.
    auto snapshot = m_tokens.load(token);
    if (!snapshot)
        return nullptr;
    auto entry = std::make_shared<Entry>();
    entry->snapshot = *std::move(snapshot);
    entry->account = m_accounts.accountById(entry->snapshot.token.accountId);
    entry->epoch = epoch.value_or(-1);
    if (epoch && entry->snapshot.token.accountId == first->token.accountId)
        keep(entry);
    return entry;
}

void SessionCache::keep(const std::shared_ptr<Entry> &entry) {
    std::lock_guard lock(m_mutex);
    // Ended and expired tokens stay until the cache is full; then it starts again, which
    // costs every active session one reload and keeps memory bounded without bookkeeping.
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear();
    m_entries.insert(entry->snapshot.tokenHash, entry);
}

} // namespace careportal::server
