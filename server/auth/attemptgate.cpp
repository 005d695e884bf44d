// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attemptgate.h"

#include <QDeadlineTimer>

namespace careportal::server {

bool AttemptGate::enter(const QString &key, int waitMs) {
    const QDeadlineTimer deadline(waitMs);
    const QMutexLocker lock(&m_mutex);
    while (m_held.contains(key)) {
        // wakeAll on every leave: a waiter for another key just loops back to sleep.
        if (!m_left.wait(&m_mutex, deadline) && m_held.contains(key))
            return false;
    }
    m_held.insert(key);
    return true;
}

void AttemptGate::leave(const QString &key) {
    const QMutexLocker lock(&m_mutex);
    m_held.remove(key);
    m_left.wakeAll();
}

qsizetype AttemptGate::heldCount() {
    const QMutexLocker lock(&m_mutex);
    return m_held.size();
}

} // namespace careportal::server
