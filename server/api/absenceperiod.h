// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/records.h"

#include <QPair>

namespace careportal::server {

/// The stretch of time an absence report covers, in UTC, for finding (API) and cancelling
/// (staff) the visits in it. A visit is affected when it starts inside the stretch. An open
/// end (end date not known yet) runs to `openEndUntil` (inclusive day).
[[nodiscard]] QPair<QDateTime, QDateTime> absenceUtcRange(const AbsenceRecord &report,
                                                          const QDate &openEndUntil);

} // namespace careportal::server
