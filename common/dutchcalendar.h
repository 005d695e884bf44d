// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace careportal {

/// Working days in the Netherlands, for the notice rule of absence reports ("tenminste 3
/// werkdagen voordat de huishoudelijke hulp komt", seed 000). Public holidays are those of
/// the Algemene termijnenwet: Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag (27 april,
/// 26 april when the 27th is a Sunday), Bevrijdingsdag (5 mei), Hemelvaartsdag, Eerste en
/// Tweede Pinksterdag, Eerste en Tweede Kerstdag. Saturdays and Sundays are not working days.
class DutchCalendar {
public:
    [[nodiscard]] static QDate easterSunday(int year);
    /// The holiday's Dutch name, or empty when `date` is no public holiday.
    [[nodiscard]] static QString holidayName(QDate date);
    [[nodiscard]] static bool isPublicHoliday(QDate date) { return !holidayName(date).isEmpty(); }
    [[nodiscard]] static bool isWorkingDay(QDate date);
    /// The last day on which an absence for a visit on `visitDay` is reported in time:
    /// `visitDay` minus `workingDays` working days. A report on that day or earlier is on
    /// time; a later one is late.
    [[nodiscard]] static QDate noticeDeadline(QDate visitDay, int workingDays);
    /// The date in the Netherlands at `moment`: the API's dates are Dutch days, whatever the
    /// time zone of the device (a laptop abroad, a test machine on UTC).
    [[nodiscard]] static QDate dateAt(const QDateTime &moment);
    /// Today in the Netherlands.
    [[nodiscard]] static QDate today() { return dateAt(QDateTime::currentDateTimeUtc()); }
};

} // namespace careportal
