#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Clients, their accounts and their visits, as the organisation's staff manage them:
/// create-client (with the letter that carries the one-time password), add-visit,
/// change-visit, cancel-visit, list-client and list-clients.
[[nodiscard]] TaskList clientTasks();

/// A one-time password for a new account, from the system's CSPRNG. It satisfies
/// PasswordPolicy::portalDefault() and avoids characters that look alike on paper.
[[nodiscard]] QString oneTimePassword();

} // namespace careportal::server::admin
