#pragma once

#include "appointment.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace careportal {

class CacheDatabase;

/// The planning as last fetched, per client and calendar month, so it can be read offline.
class PlanningCache {
public:
    struct Month {
        QList<Appointment> appointments;
        QByteArray etag;
        QDateTime fetchedAt; ///< Invalid when this month was never fetched.
    };

    explicit PlanningCache(CacheDatabase *database);

    [[nodiscard]] Month load(const QString &clientId, QDate month) const;
    /// Replaces the month's visits in one transaction, so a reader never sees half a month.
    bool replace(const QString &clientId, QDate month, const QList<Appointment> &appointments,
                 const QByteArray &etag, const QDateTime &fetchedAt);
    /// Marks the cached month as confirmed by the server (a 304 answer).
    bool touch(const QString &clientId, QDate month, const QDateTime &fetchedAt);
    [[nodiscard]] std::optional<Appointment> nextVisit(const QString &clientId,
                                                       const QDateTime &after) const;

    [[nodiscard]] static QString monthKey(QDate month);

private:
    CacheDatabase *m_database;
};

} // namespace careportal
