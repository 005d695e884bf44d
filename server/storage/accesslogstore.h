// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace careportal::server {

class Database;

/// SQL for the NEN 7513 access log. Only append() writes; the table's triggers refuse any
/// change or removal, so not even a bug here can rewrite history.
///
/// Every read of a client's data writes a row, so under load the log is the server's
/// busiest writer. append() therefore commits in groups: rows that arrive while one group
/// is being committed wait and go together in the next transaction, and each caller returns
/// only once its own row is committed, so no access is answered without its log line and
/// no row is lost. At low load a group is one row and nothing waits.
class AccessLogStore {
public:
    explicit AccessLogStore(Database &database);

    /// True once the row is committed. Inside a transaction of the caller's the row is
    /// written in that transaction instead (and goes or stays with it).
    [[nodiscard]] bool append(const AccessLogRecord &record);
    /// The rows in one transaction of their own, all or none (AccessLogWriter's groups).
    [[nodiscard]] bool appendGroup(const std::vector<AccessLogRecord> &rows);

    /// Up to `limit` rows of the client in [fromUtc, toUtc), newest first, older than
    /// `before` when set (its id is the row id).
    [[nodiscard]] QList<AccessLogRecord> entries(const QString &clientId, const QDateTime &fromUtc,
                                                 const QDateTime &toUtc,
                                                 const std::optional<PageCursor> &before,
                                                 int limit);

    /// Appends an event for the security officer (table security_events, append-only).
    [[nodiscard]] bool appendSecurityEvent(const SecurityEventRecord &record);
    /// Up to `limit` events from `fromUtc` on, oldest first.
    [[nodiscard]] QList<SecurityEventRecord> securityEvents(const QDateTime &fromUtc, int limit);

private:
    struct Group {
        std::vector<AccessLogRecord> rows;
        bool committed = false;
        bool ok = false;
    };

    [[nodiscard]] bool insert(const std::vector<AccessLogRecord> &rows);

    Database &m_database;
    std::mutex m_mutex;
    std::condition_variable m_groupDone;
    std::shared_ptr<Group> m_collecting = std::make_shared<Group>();
    bool m_writing = false;
};

} // namespace careportal::server
