// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// A new client with their own account: create-client, with the letter that carries the
/// one-time password.
[[nodiscard]] TaskList clientTasks();

/// A one-time password for a new account, from the system's CSPRNG. It satisfies
/// PasswordPolicy::portalDefault() and avoids characters that look alike on paper.
[[nodiscard]] QString oneTimePassword();

} // namespace careportal::server::admin
