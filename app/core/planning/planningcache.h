// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <optional>

namespace careportal {

class CacheDatabase;

/// The planning as last fetched, per client and calendar month, so it can be read offline.
/// A month is one sealed payload (CacheDatabase::cipher) under a keyed hash of the client
/// id: nothing of a visit — time, help type, carer — is readable in the file.
class PlanningCache {
public:
    struct Month {
        QList<Appointment> appointments;
        QByteArray etag;
        QDateTime fetchedAt; ///< Invalid when this month was never fetched.
        /// Visits that are new or changed compared with the month as it was cached before
        /// the last answer that changed it ("gewijzigd").
        QSet<QString> changedIds;
    };

    explicit PlanningCache(CacheDatabase *database);

    [[nodiscard]] Month load(const QString &clientId, QDate month) const;
    /// Replaces the month in one statement, so a reader never sees half a month, and marks
    /// what differs from the month it replaces (nothing the first time).
    bool replace(const QString &clientId, QDate month, const QList<Appointment> &appointments,
                 const QByteArray &etag, const QDateTime &fetchedAt);
    /// Marks the cached month as confirmed by the server (a 304 answer).
    bool touch(const QString &clientId, QDate month, const QDateTime &fetchedAt);
    [[nodiscard]] std::optional<Appointment> nextVisit(const QString &clientId,
                                                       const QDateTime &after) const;

    [[nodiscard]] static QString monthKey(QDate month);

private:
    [[nodiscard]] QByteArray context(const QByteArray &clientKey, const QString &month) const;
    [[nodiscard]] std::optional<Month> decode(const QByteArray &clientKey, const QString &month,
                                              const QByteArray &payload) const;

    CacheDatabase *m_database;
};

} // namespace careportal
