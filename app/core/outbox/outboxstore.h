// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/queuedwrite.h"
#include "network/apierror.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <optional>

namespace careportal {

class CacheDatabase;

/// The outbox's rows in the cache: the writes the user made, in the order they were
/// made, each sealed (CacheDatabase::cipher) with its Idempotency-Key inside. An entry
/// leaves only when the server has it or the user discards it; one the server refused
/// stays with the reason (and, after a 412, the server's current version).
class OutboxStore {
public:
    enum class State { Waiting, Rejected, Conflict };

    struct Entry {
        qint64 id = 0;
        QueuedWrite write;
        State state = State::Waiting;
        QDateTime queuedAt;
        int attempts = 0;
        ApiError problem; ///< Why the server refused it (Rejected, Conflict).
    };

    explicit OutboxStore(CacheDatabase *database);

    /// The new entry's id; nullopt when the cache is locked or the write failed.
    [[nodiscard]] std::optional<qint64> add(const QueuedWrite &write, const QDateTime &now);
    /// Every entry, oldest first; for one client when `clientId` is set.
    [[nodiscard]] QList<Entry> entries(const QString &clientId = {}) const;
    [[nodiscard]] std::optional<Entry> nextWaiting() const;
    [[nodiscard]] int waitingCount() const;
    bool remove(qint64 id);
    bool countAttempt(qint64 id);
    bool setProblem(qint64 id, State state, const ApiError &problem);
    /// The user corrected a refused entry: it waits again, with a new key (the old one
    /// belongs to the refused content) and, if given, the version to edit.
    bool retryWith(qint64 id, const QJsonObject &fields, const QByteArray &ifMatch);

private:
    [[nodiscard]] QByteArray context(qint64 id) const;
    [[nodiscard]] std::optional<Entry> read(const QSqlQuery &query) const;
    bool store(qint64 id, const QueuedWrite &write);

    CacheDatabase *m_database;
};

} // namespace careportal
