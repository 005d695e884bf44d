// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace careportal::server {

/// Schema step 19: change counters for the server's in-memory caches. auth_epochs counts,
/// per account, every change to what decides whether a token opens a client's data — the
/// token, its session, the account, its links, the clients and the organisation's session
/// limits (SessionCache); planning_epochs counts, per client, every change to its visits
/// (PlanningCache). The counters live in the database and are kept by triggers, so a change
/// made by any process — the admin tool included — is seen at the next request.
[[nodiscard]] bool migrateToChangeCounters(QSqlDatabase &db, QString *errorMessage);

} // namespace careportal::server
