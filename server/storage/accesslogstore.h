#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// SQL for the NEN 7513 access log. Only append() writes; the table's triggers refuse any
/// change or removal, so not even a bug here can rewrite history.
class AccessLogStore {
public:
    explicit AccessLogStore(Database &database);

    [[nodiscard]] bool append(const AccessLogRecord &record);

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
    Database &m_database;
};

} // namespace careportal::server
