// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Visits as staff plan them: add-visit, change-visit and cancel-visit (Dutch local times,
/// stored as UTC; a cancelled visit leaves the planning).
[[nodiscard]] TaskList visitTasks();

} // namespace careportal::server::admin
