// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// The organisation's settings: set-session-limits (idle and absolute session limits) and
/// set-privacy-statement (the "Privacyverklaring" shown from the login screen) and
/// set-branding (colours and logo; none of them: the app's neutral look).
[[nodiscard]] TaskList organisationTasks();

} // namespace careportal::server::admin
