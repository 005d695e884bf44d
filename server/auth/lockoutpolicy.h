// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/records.h"

#include <QDateTime>

namespace careportal::server {

/// How failed logins lock a name, as pure functions of the state and the time, so the
/// exponential growth and the hourly ceiling are tested without waiting (OWASP ASVS 5.0
/// V6.3: throttling per account, at most 100 failures an hour).
///
/// - `threshold` failures in a run (within `minutes` of its first) lock for `minutes`; each
///   further lock before a success doubles, up to a day. A lock that ended a day ago is
///   forgiven, so an old mistake does not make tomorrow's lock longer.
/// - Independently, `hourlyLimit` failures within an hour lock until that hour is over,
///   whatever the threshold an organisation chose.
class LockoutPolicy {
public:
    struct Settings {
        int threshold = 5;
        int minutes = 15;
        int hourlyLimit = 100;
    };

    explicit LockoutPolicy(Settings settings);

    [[nodiscard]] LoginFailureState afterFailure(LoginFailureState state,
                                                 const QDateTime &now) const;
    /// Seconds until the lock ends (rounded up), 0 when not locked.
    [[nodiscard]] qint64 lockedForSeconds(const LoginFailureState &state,
                                          const QDateTime &now) const;
    /// Nothing in the state can still lock or lengthen a lock: it may be forgotten.
    [[nodiscard]] bool isSpent(const LoginFailureState &state, const QDateTime &now) const;
    /// The length of the n-th lock in a row (n ≥ 1).
    [[nodiscard]] qint64 lockSeconds(int lockCount) const;
    [[nodiscard]] const Settings &settings() const { return m_settings; }

    static constexpr qint64 kHourSeconds = 3600;
    static constexpr qint64 kLongestLockSeconds = 24 * kHourSeconds;

private:
    [[nodiscard]] bool runExpired(const LoginFailureState &state, const QDateTime &now) const;

    Settings m_settings;
};

} // namespace careportal::server
