// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Reading what the organisation holds: list-clients, and list-client with everything of
/// one client in sections (accounts, visits, contacts, requests, absences, dossier).
[[nodiscard]] TaskList listingTasks();

} // namespace careportal::server::admin
