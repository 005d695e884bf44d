// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"
#include "storage/records.h"

namespace careportal::server::admin {

/// Absence reports ("Afwezigheid"): list-absences, process-absence.
[[nodiscard]] TaskList absenceTasks();

/// One report as a tab-separated line: id, state, type, period, "te laat" when late.
[[nodiscard]] QString absenceLine(const AbsenceRecord &report);

} // namespace careportal::server::admin
