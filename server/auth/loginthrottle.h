#pragma once

#include "attemptgate.h"
#include "passwordhasher.h"
#include "storage/records.h"
#include "unknownnamefailures.h"

#include <QString>
#include <functional>

namespace careportal::server {

class Store;

/// Per-account lockout: `threshold` consecutive failures within `minutes` lock the account
/// for `minutes`. Counted per account (not per IP) because the threat is guessing one
/// person's password; state lives in the database so a restart forgives nothing. Names
/// without an account are counted the same way in memory, so a 429 proves nothing.
///
/// attempt() serialises all attempts on one user name (AttemptGate): the lock check, the
/// Argon2id verify and the bookkeeping of its outcome are one unit, so N parallel guesses
/// get at most `threshold` verifies, never N.
class LoginThrottle {
public:
    struct Attempt {
        enum class Result { Accepted, Rejected, Locked, Busy };
        Result result = Result::Busy;
        qint64 retryAfterSeconds = 0; // for Locked
    };
    using Verifier = std::function<PasswordHasher::Verdict()>;

    LoginThrottle(Store &store, int threshold, int minutes, int turnWaitMs = 2000);

    /// Runs `verify` in this user name's turn unless the name is locked. `accountId` is empty
    /// for unknown names. Busy when the turn did not come within the wait or `verify` was
    /// Busy; neither counts as a failure.
    [[nodiscard]] Attempt attempt(const QString &username, const QString &accountId,
                                  const Verifier &verify);

    /// Trimmed and case-folded: the key every attempt on one name shares.
    [[nodiscard]] static QString normalise(const QString &username);
    [[nodiscard]] int minutes() const { return m_minutes; }

private:
    [[nodiscard]] LoginFailureState load(const QString &name, const QString &accountId);
    void save(const QString &name, const QString &accountId, const LoginFailureState &state);
    [[nodiscard]] qint64 lockedForSeconds(const LoginFailureState &state) const;
    void recordFailure(const QString &name, const QString &accountId);
    void recordSuccess(const QString &name, const QString &accountId);

    Store &m_store;
    int m_threshold;
    int m_minutes;
    int m_turnWaitMs;
    AttemptGate m_gate;
    UnknownNameFailures m_unknownNames;
};

} // namespace careportal::server
