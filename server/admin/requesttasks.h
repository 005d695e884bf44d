// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"
#include "storage/records.h"

namespace careportal::server::admin {

/// Contact requests ("Contact zorgorganisatie"): list-requests, answer-request.
[[nodiscard]] TaskList requestTasks();

/// One request as a tab-separated line: id, state, created, subject, start of the message.
[[nodiscard]] QString requestLine(const ContactRequestRecord &request);

} // namespace careportal::server::admin
