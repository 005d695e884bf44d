// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace careportal::server {

class Database;

/// The planning: appointments as the client sees them and visits as staff manage them.
/// Reads that fail are logged and answer "nothing"; writes report failure as false.
class VisitStore {
public:
    explicit VisitStore(Database &database);

    /// All in one transaction: the demo seeder writes a year at once.
    [[nodiscard]] bool insertAppointments(const QList<AppointmentRecord> &appointments);
    /// Appointments starting in [fromUtc, toUtc), sorted by start.
    [[nodiscard]] QList<AppointmentRecord>
    appointments(const QString &clientId, const QDateTime &fromUtc, const QDateTime &toUtc);
    /// The statement appointments() runs (client id, from, to as epoch seconds): the planning's
    /// month query, whose plan a test checks for the (client_id, start_utc) index.
    [[nodiscard]] static QString appointmentsStatement();
    /// The client's planning change counter (schema 19's triggers count every change to its
    /// visits): 0 before the first change, nullopt when the read failed. PlanningCache
    /// trusts a rendered planning only while this stays the same.
    [[nodiscard]] std::optional<qint64> planningEpoch(const QString &clientId);
    /// Staff: one visit, cancelled or not.
    [[nodiscard]] std::optional<StaffVisitRecord> visit(const QString &id);
    /// Staff: the visits starting in [fromUtc, toUtc), cancelled ones included, by start.
    [[nodiscard]] QList<StaffVisitRecord> visits(const QString &clientId, const QDateTime &fromUtc,
                                                 const QDateTime &toUtc);
    /// Staff: new times, help type and carer of a visit that is not cancelled; false when
    /// the visit is unknown or cancelled (or the write failed).
    [[nodiscard]] bool updateVisit(const AppointmentRecord &visit);
    /// Staff: takes a planned visit out of the planning with `cancelledBy` as the reason;
    /// false when it is unknown or already cancelled.
    [[nodiscard]] bool cancelVisit(const QString &id, const QString &cancelledBy);

private:
    Database &m_database;
};

} // namespace careportal::server
