#pragma once

#include "attemptgate.h"
#include "failureledger.h"
#include "lockoutpolicy.h"
#include "passwordhasher.h"
#include "storage/records.h"

#include <QString>
#include <functional>

namespace careportal::server {

class Store;

/// Login lockout per account and per client address, by the rules of LockoutPolicy.
/// Accounts' state lives in the database so a restart forgives nothing; names without an
/// account are counted the same way in memory, so a 429 proves nothing. The address rule
/// stops one machine spraying guesses over many names; it is generous (a care home's
/// residents share one address) and a success never clears it.
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

    struct Settings {
        LockoutPolicy::Settings account;
        /// Failures from one address within an hour that lock the address for an hour.
        int addressHourlyLimit = 300;
        int turnWaitMs = 2000;
    };

    LoginThrottle(Store &store, Settings settings);

    /// Runs `verify` in this user name's turn unless the name or the address is locked.
    /// `accountId` is empty for unknown names. Busy when the turn did not come within the
    /// wait or `verify` was Busy; neither counts as a failure.
    [[nodiscard]] Attempt attempt(const QString &username, const QString &accountId,
                                  const QString &address, const Verifier &verify);

    /// Trimmed and case-folded: the key every attempt on one name shares.
    [[nodiscard]] static QString normalise(const QString &username);

private:
    [[nodiscard]] LoginFailureState load(const QString &name, const QString &accountId);
    void save(const QString &name, const QString &accountId, const LoginFailureState &state);
    [[nodiscard]] qint64 lockedForSeconds(const QString &name, const QString &accountId);
    void recordFailure(const QString &name, const QString &accountId, const QString &address);
    void recordSuccess(const QString &name, const QString &accountId);

    Store &m_store;
    int m_turnWaitMs;
    LockoutPolicy m_accountPolicy;
    LockoutPolicy m_addressPolicy;
    AttemptGate m_gate;
    FailureLedger m_unknownNames;
    FailureLedger m_addresses;
};

} // namespace careportal::server
