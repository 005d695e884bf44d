#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Accounts: disable-account (no login, every session ended at once) and enable-account.
[[nodiscard]] TaskList accountTasks();

} // namespace careportal::server::admin
