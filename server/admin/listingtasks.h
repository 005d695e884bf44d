#pragma once

#include "admintask.h"

namespace careportal::server::admin {

/// Reading what the organisation holds: list-clients, and list-client with everything of
/// one client in sections (accounts, visits, contacts, requests, absences, dossier).
[[nodiscard]] TaskList listingTasks();

} // namespace careportal::server::admin
