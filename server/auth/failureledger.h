// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lockoutpolicy.h"
#include "storage/records.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace careportal::server {

/// Lockout bookkeeping kept in memory only, keyed by a string: for user names that have no
/// account (they must lock exactly like real ones, or a 429 would prove an account exists,
/// but a flood of invented names must not grow the database) and for client addresses.
/// Bounded: spent entries (LockoutPolicy::isSpent) are dropped, and at `capacity` the least
/// recently used entry makes room.
class FailureLedger {
public:
    explicit FailureLedger(const LockoutPolicy &policy, qsizetype capacity = 10000);

    [[nodiscard]] LoginFailureState state(const QString &name);
    void setState(const QString &name, const LoginFailureState &state);
    [[nodiscard]] qsizetype size();

private:
    struct Entry {
        LoginFailureState state;
        qint64 lastUsedMs = 0;
    };
    [[nodiscard]] bool expired(const Entry &entry, const QDateTime &now) const;
    void makeRoom(const QDateTime &now);

    const LockoutPolicy &m_policy;
    qsizetype m_capacity;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace careportal::server
