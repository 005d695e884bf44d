// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dutchcalendar.h"

#include <QTimeZone>

namespace careportal {

QDate DutchCalendar::easterSunday(int year) {
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return {year, month, day};
}

QString DutchCalendar::holidayName(QDate date) {
    if (!date.isValid())
        return {};
    const int year = date.year();
    const QDate fixed(year, date.month(), date.day());
    if (fixed == QDate(year, 1, 1))
        return QStringLiteral("Nieuwjaarsdag");
    const QDate kingsDay =
        QDate(year, 4, 27).dayOfWeek() == Qt::Sunday ? QDate(year, 4, 26) : QDate(year, 4, 27);
    if (date == kingsDay)
        return QStringLiteral("Koningsdag");
    if (date == QDate(year, 5, 5))
        return QStringLiteral("Bevrijdingsdag");
    if (date == QDate(year, 12, 25))
        return QStringLiteral("Eerste Kerstdag");
    if (date == QDate(year, 12, 26))
        return QStringLiteral("Tweede Kerstdag");
    const QDate easter = easterSunday(year);
    const qint64 offset = easter.daysTo(date);
    switch (offset) {
    case 0:
        return QStringLiteral("Eerste Paasdag");
    case 1:
        return QStringLiteral("Tweede Paasdag");
    case 39:
        return QStringLiteral("Hemelvaartsdag");
    case 49:
        return QStringLiteral("Eerste Pinksterdag");
    case 50:
        return QStringLiteral("Tweede Pinksterdag");
    default:
        return {};
    }
}

bool DutchCalendar::isWorkingDay(QDate date) {
    return date.isValid() && date.dayOfWeek() < Qt::Saturday && !isPublicHoliday(date);
}

QDate DutchCalendar::noticeDeadline(QDate visitDay, int workingDays) {
    QDate day = visitDay;
    for (int counted = 0; counted < workingDays;) {
        day = day.addDays(-1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

QDate DutchCalendar::dateAt(const QDateTime &moment) {
    static const QTimeZone netherlands("Europe/Amsterdam");
    return moment.toTimeZone(netherlands).date();
}

} // namespace careportal
