#pragma once

#include <QDateTime>
#include <QMutex>
#include <QString>

namespace careportal::server {

class Store;

/// Per-account lockout: `threshold` consecutive failures within `minutes` lock the account
/// for `minutes`. Counted per account (not per IP) because the threat is guessing one
/// person's password; state lives in the database so a restart forgives nothing.
class LoginThrottle {
public:
    LoginThrottle(Store &store, int threshold, int minutes);

    /// Seconds until the lock ends, or 0 when the account may try.
    [[nodiscard]] qint64 lockedForSeconds(const QString &accountId) const;
    /// Records a failure; returns true when this failure locked the account.
    bool recordFailure(const QString &accountId);
    void recordSuccess(const QString &accountId);

    [[nodiscard]] int minutes() const { return m_minutes; }

private:
    Store &m_store;
    int m_threshold;
    int m_minutes;
    // Read-modify-write of the counter; two parallel wrong guesses must both count.
    QMutex m_mutex;
};

} // namespace careportal::server
