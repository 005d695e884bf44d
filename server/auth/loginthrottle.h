// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "attemptgate.h"
#include "failureledger.h"
#include "lockoutpolicy.h"
#include "passwordhasher.h"
#include "storage/records.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

namespace careportal::server {

class AccountStore;

/// Login lockout per account and per client address, by the rules of LockoutPolicy.
/// Accounts' state lives in the database so a restart forgives nothing; names without an
/// account are counted the same way in memory, so a 429 proves nothing. The address rule
/// stops one machine spraying guesses over many names; it is generous and a success never
/// clears it. An address over its limit is slowed down, not shut out (a care home's
/// residents share one address, and one person guessing must not lock them all out): its
/// attempts go one at a time, one per 3600 / limit seconds (1 to 60), each waiting for its
/// turn up to the turn wait, else 429 with the seconds to its turn.
///
/// attempt() serialises all attempts on one user name (AttemptGate): the lock check, the
/// Argon2id verify and the bookkeeping of its outcome are one unit, so N parallel guesses
/// get at most `threshold` verifies, never N.
///
/// A second factor is guessed the same way: attemptSecondFactor() counts a wrong code as a
/// failure of the account, in the same run as wrong passwords. When a code is still to
/// follow, the right password therefore clears nothing (else every new login would reset
/// the count of wrong codes); only a complete login does.
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

    LoginThrottle(AccountStore &accounts, Settings settings);

    /// What a right password means for the failures counted so far.
    enum class OnMatch { Clear, Keep };

    /// Runs `verify` in this user name's turn unless the name or the address is locked.
    /// `accountId` is empty for unknown names. Busy when the turn did not come within the
    /// wait or `verify` was Busy; neither counts as a failure. `onMatch` is Keep when a
    /// second factor still has to follow the password.
    [[nodiscard]] Attempt attempt(const QString &username, const QString &accountId,
                                  const QString &address, const Verifier &verify,
                                  OnMatch onMatch = OnMatch::Clear);
    /// Runs a second-factor check in the account's turn, as attempt() runs a password: a
    /// locked account gets no check, a wrong code (Mismatch) is a failure, a right one ends
    /// the run. It takes no address turn: the password before it took one.
    [[nodiscard]] Attempt attemptSecondFactor(const QString &accountId, const QString &address,
                                              const Verifier &verify);
    /// A login completed without a code (a remembered device): clears the account's run.
    void succeeded(const QString &accountId);

    /// Trimmed and case-folded: the key every attempt on one name shares.
    [[nodiscard]] static QString normalise(const QString &username);

private:
    /// attempt() after the address's turn: the account's (or name's) turn, lock, verify.
    [[nodiscard]] Attempt attemptInTurn(const QString &username, const QString &accountId,
                                        const QString &address, const Verifier &verify,
                                        OnMatch onMatch);
    /// For an address over its limit: 0 when this attempt may go (it may have waited for its
    /// turn), else the seconds until the address's next turn.
    [[nodiscard]] qint64 takeAddressTurn(const QString &address);
    [[nodiscard]] LoginFailureState load(const QString &name, const QString &accountId);
    void save(const QString &name, const QString &accountId, const LoginFailureState &state);
    [[nodiscard]] qint64 lockedForSeconds(const QString &name, const QString &accountId);
    void recordFailure(const QString &name, const QString &accountId, const QString &address);
    void recordSuccess(const QString &name, const QString &accountId);

    AccountStore &m_accounts;
    int m_turnWaitMs;
    LockoutPolicy m_accountPolicy;
    LockoutPolicy m_addressPolicy;
    AttemptGate m_gate;
    FailureLedger m_unknownNames;
    FailureLedger m_addresses;
    qint64 m_addressSpacingMs;
    QMutex m_turnsMutex;
    QHash<QString, qint64> m_nextAddressTurnMs; // addresses over their limit only
};

} // namespace careportal::server
