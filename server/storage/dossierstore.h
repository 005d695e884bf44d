// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// SQL for the client dossier. The portal only reads it; staff write it through
/// `careportal-server admin` (in a real organisation: the electronic client record).
/// Reports before the dossier's "visible from" date are never handed out.
class DossierStore {
public:
    explicit DossierStore(Database &database);

    [[nodiscard]] QList<ReportKind> reportKinds();
    [[nodiscard]] QList<LabelledOption> disciplines();

    /// The general data; nullopt when the organisation keeps no dossier for the client.
    [[nodiscard]] std::optional<DossierRecord> dossier(const QString &clientId);
    /// Creates the dossier or replaces its general data.
    [[nodiscard]] bool saveDossier(const DossierRecord &dossier);

    /// Up to `limit` visible reports older than `before`, newest first; only of `kind`
    /// when it is not empty.
    [[nodiscard]] QList<DossierReportRecord> reports(const QString &clientId, const QString &kind,
                                                     const std::optional<PageCursor> &before,
                                                     int limit);
    /// Staff: every report of the client, hidden ones too, newest first.
    [[nodiscard]] QList<DossierReportRecord> allReports(const QString &clientId);
    [[nodiscard]] bool insertReport(const DossierReportRecord &report);

    /// The care plan: goals in their order, each with its actions in order.
    [[nodiscard]] QList<CareGoalRecord> carePlan(const QString &clientId);
    [[nodiscard]] bool insertGoal(const CareGoalRecord &goal);
    /// The client of a goal, to check an action is added where it belongs.
    [[nodiscard]] std::optional<QString> clientOfGoal(const QString &goalId);
    [[nodiscard]] bool insertAction(const CareActionRecord &action);

private:
    [[nodiscard]] QList<CareActionRecord> actionsOfClient(const QString &clientId);

    Database &m_database;
};

} // namespace careportal::server
