// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absenceperiod.h"

#include "dutchtime.h"

namespace careportal::server {

QPair<QDateTime, QDateTime> absenceUtcRange(const AbsenceRecord &report,
                                            const QDate &openEndUntil) {
    if (!report.wholeDay) // part of one day, between the two times
        return {QDateTime(report.startDate, report.startTime, amsterdam()).toUTC(),
                QDateTime(report.startDate, report.endTime, amsterdam()).toUTC()};
    const QDate last = report.endDate.isValid() ? report.endDate : openEndUntil;
    return {QDateTime(report.startDate, QTime(0, 0), amsterdam()).toUTC(),
            QDateTime(last.addDays(1), QTime(0, 0), amsterdam()).toUTC()};
}

} // namespace careportal::server
