// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QWaitCondition>

namespace careportal::server {

/// One attempt at a time per key (an account, a user name, a session token): a password
/// guess and the bookkeeping of its outcome run as one unit, so parallel guesses cannot all
/// be verified before the first failure is counted. Later attempts on the same key wait
/// their turn; attempts on other keys are not held up.
class AttemptGate {
public:
    /// Waits up to `waitMs` for the key to be free and takes it; false when it stayed busy.
    [[nodiscard]] bool enter(const QString &key, int waitMs);
    void leave(const QString &key);
    /// Keys currently held (tests).
    [[nodiscard]] qsizetype heldCount();

private:
    QMutex m_mutex;
    QWaitCondition m_left;
    QSet<QString> m_held;
};

} // namespace careportal::server
