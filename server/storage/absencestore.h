// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// SQL for absence reports. Processing a report and cancelling the visits it covers happen
/// in one transaction, so the planning never shows half of a processed absence.
class AbsenceStore {
public:
    explicit AbsenceStore(Database &database);

    [[nodiscard]] QList<LabelledOption> types();
    /// The client's reports, newest first (at most `limit`).
    [[nodiscard]] QList<AbsenceRecord> reports(const QString &clientId, int limit = 200);
    [[nodiscard]] std::optional<AbsenceRecord> reportById(const QString &id);
    enum class Insert { Stored, LimitReached, Failed };
    /// Stores the report unless its client already has `maxUnprocessed` reports that staff
    /// have not processed; count and insert are one statement, so parallel requests cannot
    /// all pass the same count.
    [[nodiscard]] Insert insert(const AbsenceRecord &report, int maxUnprocessed);
    /// Staff: marks the report processed and cancels the client's visits that start in
    /// [fromUtc, toUtc). The number of cancelled visits, or nullopt when the report is
    /// unknown, already processed, or the write failed.
    [[nodiscard]] std::optional<int> process(const QString &id, const QString &staffName,
                                             const QDateTime &fromUtc, const QDateTime &toUtc);

private:
    Database &m_database;
};

} // namespace careportal::server
