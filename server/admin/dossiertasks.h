// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server {
class Database;
}

namespace careportal::server::admin {

/// The client dossier as staff keep it (in a real organisation: the electronic client
/// record): set-dossier (general data, creates the dossier), add-report, add-goal and
/// add-action. The portal only reads it.
[[nodiscard]] TaskList dossierTasks();

/// The dossier part of `list-client`: general data, reports, goals and actions.
void printDossierSection(Database &database, const QString &clientId);

} // namespace careportal::server::admin
