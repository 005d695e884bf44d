#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Accounts: disable-account (no login, every session ended at once), enable-account, and
/// link-account (an account acts for another client as representative or contact person).
[[nodiscard]] TaskList accountTasks();

} // namespace careportal::server::admin
