#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Accounts and sessions: disable-account (no login, every session ended at once),
/// enable-account, and set-session-limits (the organisation's idle and absolute limits).
[[nodiscard]] TaskList accountTasks();

} // namespace careportal::server::admin
