// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lockoutpolicy.h"

#include <algorithm>

namespace careportal::server {

LockoutPolicy::LockoutPolicy(Settings settings)
    : m_settings(settings) {}

qint64 LockoutPolicy::lockSeconds(int lockCount) const {
    const qint64 base = qint64(m_settings.minutes) * 60;
    // 2^20 × a minute is far past a day already; the cap keeps the shift defined.
    const int doublings = std::clamp(lockCount - 1, 0, 20);
    return std::min(base << doublings, std::max(base, kLongestLockSeconds));
}

bool LockoutPolicy::runExpired(const LoginFailureState &state, const QDateTime &now) const {
    const qint64 window = qint64(m_settings.minutes) * 60;
    // A lock ends its run (afterFailure), so a run never outlives its lock.
    return !state.firstFailedAt.isValid() || state.firstFailedAt.secsTo(now) > window;
}

LoginFailureState LockoutPolicy::afterFailure(LoginFailureState state, const QDateTime &now) const {
    if (state.lockedUntil.isValid() && state.lockedUntil.secsTo(now) > kLongestLockSeconds)
        state.lockCount = 0;
    // A run older than the window starts over; the lock count stays, so the next lock is
    // longer.
    if (runExpired(state, now)) {
        state.failedCount = 0;
        state.firstFailedAt = now;
    }
    if (!state.hourStartedAt.isValid() || state.hourStartedAt.secsTo(now) >= kHourSeconds) {
        state.hourFailedCount = 0;
        state.hourStartedAt = now;
    }
    ++state.failedCount;
    ++state.hourFailedCount;
    if (state.failedCount >= m_settings.threshold) {
        ++state.lockCount;
        state.lockedUntil = now.addSecs(lockSeconds(state.lockCount));
        state.failedCount = 0;
        state.firstFailedAt = {};
    }
    if (state.hourFailedCount >= m_settings.hourlyLimit) {
        const QDateTime hourEnds = state.hourStartedAt.addSecs(kHourSeconds);
        if (!state.lockedUntil.isValid() || state.lockedUntil < hourEnds)
            state.lockedUntil = hourEnds;
    }
    return state;
}

qint64 LockoutPolicy::lockedForSeconds(const LoginFailureState &state, const QDateTime &now) const {
    if (!state.lockedUntil.isValid() || state.lockedUntil <= now)
        return 0;
    // Round up so Retry-After never invites a retry that is still refused.
    return (now.msecsTo(state.lockedUntil) + 999) / 1000;
}

bool LockoutPolicy::isSpent(const LoginFailureState &state, const QDateTime &now) const {
    const bool runOver = runExpired(state, now) || state.failedCount == 0;
    const bool hourOver =
        !state.hourStartedAt.isValid() || state.hourStartedAt.secsTo(now) >= kHourSeconds;
    const bool locksForgiven =
        state.lockCount == 0 ||
        (state.lockedUntil.isValid() && state.lockedUntil.secsTo(now) > kLongestLockSeconds);
    const bool lockOver = !state.lockedUntil.isValid() || state.lockedUntil <= now;
    return runOver && hourOver && locksForgiven && lockOver;
}

} // namespace careportal::server
