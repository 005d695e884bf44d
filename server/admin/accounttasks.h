// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Accounts: disable-account (no login, every session ended at once), enable-account, and
/// link-account (an account acts for another client as representative or contact person).
[[nodiscard]] TaskList accountTasks();

} // namespace careportal::server::admin
