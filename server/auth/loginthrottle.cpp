#include "loginthrottle.h"

#include "logging/logcategories.h"
#include "storage/store.h"

#include <QScopeGuard>

namespace careportal::server {

LoginThrottle::LoginThrottle(Store &store, int threshold, int minutes, int turnWaitMs)
    : m_store(store)
    , m_threshold(threshold)
    , m_minutes(minutes)
    , m_turnWaitMs(turnWaitMs)
    , m_unknownNames(qint64(minutes) * 60) {}

QString LoginThrottle::normalise(const QString &username) {
    return username.trimmed().toCaseFolded();
}

LoginThrottle::Attempt LoginThrottle::attempt(const QString &username, const QString &accountId,
                                              const Verifier &verify) {
    const QString name = normalise(username);
    // Known accounts are keyed by id, so every spelling of the name shares one turn.
    const QString key = accountId.isEmpty() ? QStringLiteral("name:") + name
                                            : QStringLiteral("account:") + accountId;
    if (!m_gate.enter(key, m_turnWaitMs))
        return {Attempt::Result::Busy, 0};
    const auto leave = qScopeGuard([&] { m_gate.leave(key); });

    // Read under the turn: nobody else can change this name's state until we leave, so the
    // state we check is the state we update, and a lock set by the attempt before us holds.
    if (const qint64 seconds = lockedForSeconds(load(name, accountId)); seconds > 0)
        return {Attempt::Result::Locked, seconds};
    switch (verify()) {
    case PasswordHasher::Verdict::Busy:
        return {Attempt::Result::Busy, 0};
    case PasswordHasher::Verdict::Mismatch:
        recordFailure(name, accountId);
        return {Attempt::Result::Rejected, 0};
    case PasswordHasher::Verdict::Match:
        break;
    }
    // Re-check after the verify (a lock may have been set by hand or by a clock jump while
    // Argon2id ran): a locked account is not let in, even with the right password.
    if (const qint64 seconds = lockedForSeconds(load(name, accountId)); seconds > 0)
        return {Attempt::Result::Locked, seconds};
    recordSuccess(name, accountId);
    return {Attempt::Result::Accepted, 0};
}

LoginFailureState LoginThrottle::load(const QString &name, const QString &accountId) {
    return accountId.isEmpty() ? m_unknownNames.state(name) : m_store.loginFailures(accountId);
}

void LoginThrottle::save(const QString &name, const QString &accountId,
                         const LoginFailureState &state) {
    if (accountId.isEmpty())
        m_unknownNames.setState(name, state);
    else if (!m_store.setLoginFailures(accountId, state))
        qCWarning(lcAuth) << "Could not record login failures for" << accountId;
}

qint64 LoginThrottle::lockedForSeconds(const LoginFailureState &state) const {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!state.lockedUntil.isValid() || state.lockedUntil <= now)
        return 0;
    // Round up so Retry-After never invites a retry that is still refused.
    return (now.msecsTo(state.lockedUntil) + 999) / 1000;
}

void LoginThrottle::recordFailure(const QString &name, const QString &accountId) {
    LoginFailureState state = load(name, accountId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 window = qint64(m_minutes) * 60;
    // A run of failures older than the window, or one that already served its lock, starts over.
    const bool expiredRun = !state.firstFailedAt.isValid() ||
                            state.firstFailedAt.secsTo(now) > window ||
                            (state.lockedUntil.isValid() && state.lockedUntil <= now);
    if (expiredRun)
        state = {0, now, {}};
    ++state.failedCount;
    if (state.failedCount >= m_threshold) {
        state.lockedUntil = now.addSecs(window);
        // Unknown names are not logged by name: the log should not collect typos of passwords.
        if (accountId.isEmpty())
            qCWarning(lcAuth) << "Unknown user name locked after" << state.failedCount
                              << "failed logins";
        else
            qCWarning(lcAuth) << "Account" << accountId << "locked after" << state.failedCount
                              << "failed logins";
    }
    save(name, accountId, state);
}

void LoginThrottle::recordSuccess(const QString &name, const QString &accountId) {
    // Attempts on this name are serialised, so every failure this clears came before this
    // success: none of a concurrent attempt's failures can be wiped.
    if (load(name, accountId).failedCount != 0)
        save(name, accountId, {});
}

} // namespace careportal::server
