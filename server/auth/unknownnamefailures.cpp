#include "unknownnamefailures.h"

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

UnknownNameFailures::UnknownNameFailures(qint64 windowSeconds, qsizetype capacity)
    : m_windowSeconds(windowSeconds)
    , m_capacity(std::max<qsizetype>(1, capacity)) {}

bool UnknownNameFailures::expired(const Entry &entry, const QDateTime &now) const {
    // Nothing left to remember once the run's window and any lock are both over.
    const LoginFailureState &s = entry.state;
    const bool runOver =
        !s.firstFailedAt.isValid() || s.firstFailedAt.secsTo(now) > m_windowSeconds;
    const bool lockOver = !s.lockedUntil.isValid() || s.lockedUntil <= now;
    return runOver && lockOver;
}

LoginFailureState UnknownNameFailures::state(const QString &name) {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return {};
    it->lastUsedMs = monotonicMs();
    return it->state;
}

void UnknownNameFailures::setState(const QString &name, const LoginFailureState &state) {
    const QMutexLocker lock(&m_mutex);
    if (state.failedCount == 0 && !state.lockedUntil.isValid()) {
        m_entries.remove(name);
        return;
    }
    if (!m_entries.contains(name))
        makeRoom(QDateTime::currentDateTimeUtc());
    m_entries.insert(name, {state, monotonicMs()});
}

void UnknownNameFailures::makeRoom(const QDateTime &now) {
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

qsizetype UnknownNameFailures::size() {
    const QMutexLocker lock(&m_mutex);
    return m_entries.size();
}

} // namespace careportal::server
