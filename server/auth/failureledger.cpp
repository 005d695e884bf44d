// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "failureledger.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>

namespace careportal::server {

namespace {

qint64 monotonicMs() {
    static QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock.elapsed();
}

} // namespace

FailureLedger::FailureLedger(const LockoutPolicy &policy, qsizetype capacity)
    : m_policy(policy)
    , m_capacity(std::max<qsizetype>(1, capacity)) {}

bool FailureLedger::expired(const Entry &entry, const QDateTime &now) const {
    return m_policy.isSpent(entry.state, now);
}

LoginFailureState FailureLedger::state(const QString &name) {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return {};
    it->lastUsedMs = monotonicMs();
    return it->state;
}

void FailureLedger::setState(const QString &name, const LoginFailureState &state) {
    const QMutexLocker lock(&m_mutex);
    if (m_policy.isSpent(state, QDateTime::currentDateTimeUtc())) {
        m_entries.remove(name);
        return;
    }
    if (!m_entries.contains(name))
        makeRoom(QDateTime::currentDateTimeUtc());
    m_entries.insert(name, {state, monotonicMs()});
}

void FailureLedger::makeRoom(const QDateTime &now) {
    if (m_entries.size() < m_capacity)
        return;
    m_entries.removeIf([&](const auto &item) { return expired(item.value(), now); });
    if (m_entries.size() < m_capacity)
        return;
    // Full of live entries: forget the one used longest ago (one O(n) scan, only when full;
    // each login already costs an Argon2id verify, which dwarfs it).
    auto oldest = m_entries.begin();
    qint64 oldestMs = std::numeric_limits<qint64>::max();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->lastUsedMs < oldestMs) {
            oldestMs = it->lastUsedMs;
            oldest = it;
        }
    }
    m_entries.erase(oldest);
}

qsizetype FailureLedger::size() {
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace careportal::server
