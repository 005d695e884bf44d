// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/dateformatter.h"

namespace careportal {

DateFormatter::DateFormatter(const QString &language)
    : m_locale(language.startsWith(QLatin1String("en"))
                   ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                   : QLocale(QLocale::Dutch, QLocale::Netherlands)) {}

QString DateFormatter::shortMonth(int month) const {
    QString name = m_locale.standaloneMonthName(month, QLocale::ShortFormat).toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (m_locale.language() == QLocale::English && !name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString DateFormatter::monthTitle(QDate month) const {
    return QStringLiteral("%1 %2").arg(shortMonth(month.month())).arg(month.year());
}

QString DateFormatter::dayText(QDate date) const {
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(shortMonth(date.month()))
        .arg(date.year());
}

QString DateFormatter::weekdayName(QDate date) const {
    QString name = m_locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString DateFormatter::weekdayInSentence(QDate date) const {
    return m_locale.dayName(date.dayOfWeek(), QLocale::LongFormat);
}

QString DateFormatter::timeText(const QDateTime &dt) {
    return dt.toString(QStringLiteral("HH:mm"));
}

QString DateFormatter::clockText(const QDateTime &dt) {
    return dt.toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

QString DateFormatter::dateTimeText(const QDateTime &dt) const {
    return dayText(dt.date()) + QLatin1Char(' ') + timeText(dt);
}

} // namespace careportal
