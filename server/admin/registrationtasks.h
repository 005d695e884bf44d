// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// "Aanmelden cliëntportaal" on the staff side: list-registrations (the open requests),
/// approve-registration (an account for the requester, linked to the client staff found,
/// with the user name and the one-time password in two separate e-mails, as seed 002
/// promises) and reject-registration (a message with the reason).
[[nodiscard]] TaskList registrationTasks();

} // namespace careportal::server::admin
