#pragma once

#include "storage/records.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace careportal::server {

/// Lockout bookkeeping for user names that have no account, kept in memory only: unknown
/// names must lock exactly like real ones (or a 429 would prove an account exists), but
/// must not let a flood of invented names grow the database. Bounded: entries past their
/// window are dropped, and at `capacity` the least recently used entry makes room.
class UnknownNameFailures {
public:
    explicit UnknownNameFailures(qint64 windowSeconds, qsizetype capacity = 10000);

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

    qint64 m_windowSeconds;
    qsizetype m_capacity;
    QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace careportal::server
