// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// The second factor: set-second-factor (the organisation requires one, or not),
/// set-phone (the mobile number SMS codes go to) and reset-second-factor (a client lost the
/// phone with the authenticator app: back to SMS codes, every session ended).
[[nodiscard]] TaskList secondFactorTasks();

} // namespace careportal::server::admin
