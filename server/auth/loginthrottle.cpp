// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loginthrottle.h"

#include "logging/logcategories.h"
#include "storage/accountstore.h"

#include <QScopeGuard>
#include <QThread>
#include <algorithm>

namespace careportal::server {

namespace {

// The turns of slowed addresses are forgotten once past; this many before a sweep.
constexpr qsizetype kMaxSlowedAddresses = 10000;

} // namespace

LoginThrottle::LoginThrottle(AccountStore &accounts, Settings settings)
    : m_accounts(accounts)
    , m_turnWaitMs(settings.turnWaitMs)
    , m_accountPolicy(settings.account)
    , m_addressPolicy({settings.addressHourlyLimit, 60, settings.addressHourlyLimit})
    , m_unknownNames(m_accountPolicy)
    , m_addresses(m_addressPolicy)
    , m_addressSpacingMs(
          1000 * std::clamp<qint64>(3600 / std::max(1, settings.addressHourlyLimit), 1, 60)) {}

QString LoginThrottle::normalise(const QString &username) {
    return username.trimmed().toCaseFolded();
}

LoginThrottle::Attempt LoginThrottle::attempt(const QString &username, const QString &accountId,
                                              const QString &address, const Verifier &verify,
                                              OnMatch onMatch) {
    const QDateTime started = QDateTime::currentDateTimeUtc();
    if (m_addressPolicy.lockedForSeconds(m_addresses.state(address), started) > 0) {
        if (const qint64 seconds = takeAddressTurn(address); seconds > 0)
            return {Attempt::Result::Locked, seconds};
    }
    return attemptInTurn(username, accountId, address, verify, onMatch);
}

LoginThrottle::Attempt LoginThrottle::attemptInTurn(const QString &username,
                                                    const QString &accountId,
                                                    const QString &address, const Verifier &verify,
                                                    OnMatch onMatch) {
    const QString name = normalise(username);
    // Known accounts are keyed by id, so every spelling of the name shares one turn.
    const QString key = accountId.isEmpty() ? QStringLiteral("name:") + name
                                            : QStringLiteral("account:") + accountId;
    if (!m_gate.enter(key, m_turnWaitMs))
        return {Attempt::Result::Busy, 0};
    const auto leave = qScopeGuard([&] { m_gate.leave(key); });

    // Read under the turn: nobody else can change this name's state until we leave, so the
    // state we check is the state we update, and a lock set by the attempt before us holds.
    if (const qint64 seconds = lockedForSeconds(name, accountId); seconds > 0)
        return {Attempt::Result::Locked, seconds};
    switch (verify()) {
    case PasswordHasher::Verdict::Busy:
        return {Attempt::Result::Busy, 0};
    case PasswordHasher::Verdict::Mismatch:
        recordFailure(name, accountId, address);
        return {Attempt::Result::Rejected, 0};
    case PasswordHasher::Verdict::Match:
        break;
    }
    // Re-check after the verify (a lock may have been set by hand or by a clock jump while
    // Argon2id ran): a locked account is not let in, even with the right password.
    if (const qint64 seconds = lockedForSeconds(name, accountId); seconds > 0)
        return {Attempt::Result::Locked, seconds};
    if (onMatch == OnMatch::Clear)
        recordSuccess(name, accountId);
    return {Attempt::Result::Accepted, 0};
}

LoginThrottle::Attempt LoginThrottle::attemptSecondFactor(const QString &accountId,
                                                          const QString &address,
                                                          const Verifier &verify) {
    // The account's key, so codes and passwords of one account take turns with each other.
    // No address turn: the password already took one, and a Locked answer here ends the
    // waiting attempt, which must not happen to a care home's resident for a busy address.
    return attemptInTurn(QString(), accountId, address, verify, OnMatch::Clear);
}

void LoginThrottle::succeeded(const QString &accountId) {
    const QString key = QStringLiteral("account:") + accountId;
    // In the account's turn, so only failures that came before this success are cleared.
    if (!m_gate.enter(key, m_turnWaitMs))
        return; // the run stays; it expires by itself, and a lock is never lifted early
    recordSuccess(QString(), accountId);
    m_gate.leave(key);
}

qint64 LoginThrottle::takeAddressTurn(const QString &address) {
    qint64 waitMs = 0;
    {
        const QMutexLocker lock(&m_turnsMutex);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (m_nextAddressTurnMs.size() > kMaxSlowedAddresses)
            m_nextAddressTurnMs.removeIf([now](const auto &item) { return item.value() <= now; });
        qint64 &next = m_nextAddressTurnMs[address];
        waitMs = std::max<qint64>(0, next - now);
        // Further away than a request may wait: tell when to come back instead of holding a
        // request thread (a 429 of seconds, not the old hour).
        if (waitMs > m_turnWaitMs)
            return (waitMs + 999) / 1000;
        next = std::max(next, now) + m_addressSpacingMs; // the turn after this one
    }
    if (waitMs > 0)
        QThread::msleep(static_cast<unsigned long>(waitMs));
    return 0;
}

LoginFailureState LoginThrottle::load(const QString &name, const QString &accountId) {
    return accountId.isEmpty() ? m_unknownNames.state(name) : m_accounts.loginFailures(accountId);
}

void LoginThrottle::save(const QString &name, const QString &accountId,
                         const LoginFailureState &state) {
    if (accountId.isEmpty())
        m_unknownNames.setState(name, state);
    else if (!m_accounts.setLoginFailures(accountId, state))
        qCWarning(lcAuth) << "Could not record login failures for" << accountId;
}

qint64 LoginThrottle::lockedForSeconds(const QString &name, const QString &accountId) {
    return m_accountPolicy.lockedForSeconds(load(name, accountId), QDateTime::currentDateTimeUtc());
}

void LoginThrottle::recordFailure(const QString &name, const QString &accountId,
                                  const QString &address) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const LoginFailureState state = m_accountPolicy.afterFailure(load(name, accountId), now);
    if (state.lockedUntil.isValid() && state.lockedUntil > now) {
        // Unknown names are not logged by name: the log should not collect typos of passwords.
        if (accountId.isEmpty())
            qCWarning(lcAuth) << "Unknown user name locked for"
                              << m_accountPolicy.lockedForSeconds(state, now) << "s";
        else
            qCWarning(lcAuth) << "Account" << accountId << "locked for"
                              << m_accountPolicy.lockedForSeconds(state, now) << "s";
    }
    save(name, accountId, state);
    m_addresses.setState(address, m_addressPolicy.afterFailure(m_addresses.state(address), now));
}

void LoginThrottle::recordSuccess(const QString &name, const QString &accountId) {
    // Attempts on this name are serialised, so every failure this clears came before this
    // success: none of a concurrent attempt's failures can be wiped.
    const LoginFailureState state = load(name, accountId);
    if (state.failedCount != 0 || state.lockCount != 0 || state.hourFailedCount != 0)
        save(name, accountId, {});
}

} // namespace careportal::server
