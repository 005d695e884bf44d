#include "loginthrottle.h"

#include "logging/logcategories.h"
#include "storage/store.h"

namespace careportal::server {

LoginThrottle::LoginThrottle(Store &store, int threshold, int minutes)
    : m_store(store)
    , m_threshold(threshold)
    , m_minutes(minutes) {}

qint64 LoginThrottle::lockedForSeconds(const QString &accountId) const {
    const LoginFailureState state = m_store.loginFailures(accountId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!state.lockedUntil.isValid() || state.lockedUntil <= now)
        return 0;
    // Round up so Retry-After never invites a retry that is still refused.
    return (now.msecsTo(state.lockedUntil) + 999) / 1000;
}

bool LoginThrottle::recordFailure(const QString &accountId) {
    const QMutexLocker lock(&m_mutex);
    LoginFailureState state = m_store.loginFailures(accountId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 window = qint64(m_minutes) * 60;
    // A run of failures older than the window, or one that already served its lock, starts over.
    const bool expiredRun = !state.firstFailedAt.isValid() ||
                            state.firstFailedAt.secsTo(now) > window ||
                            (state.lockedUntil.isValid() && state.lockedUntil <= now);
    if (expiredRun)
        state = {0, now, {}};
    ++state.failedCount;
    const bool locks = state.failedCount >= m_threshold;
    if (locks) {
        state.lockedUntil = now.addSecs(window);
        qCWarning(lcAuth) << "Account" << accountId << "locked after" << state.failedCount
                          << "failed logins";
    }
    if (!m_store.setLoginFailures(accountId, state))
        qCWarning(lcAuth) << "Could not record a failed login for" << accountId;
    return locks;
}

void LoginThrottle::recordSuccess(const QString &accountId) {
    const QMutexLocker lock(&m_mutex);
    if (m_store.loginFailures(accountId).failedCount != 0 &&
        !m_store.setLoginFailures(accountId, {}))
        qCWarning(lcAuth) << "Could not reset failed logins for" << accountId;
}

} // namespace careportal::server
