// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace careportal {

/// Dates in the portal's style and in the user's language: "apr 2021", "14 apr 2021",
/// "Woensdag", "13-04-2021 18:23". Qt's Dutch abbreviations carry a period ("apr."),
/// the portals' do not; weekdays start with a capital as in the portals.
class DateFormatter {
public:
    explicit DateFormatter(const QString &language = QStringLiteral("nl"));

    [[nodiscard]] QString monthTitle(QDate month) const;           ///< "apr 2021"
    [[nodiscard]] QString dayText(QDate date) const;               ///< "14 apr 2021"
    [[nodiscard]] QString weekdayName(QDate date) const;           ///< "Woensdag" / "Wednesday"
    [[nodiscard]] static QString timeText(const QDateTime &dt);    ///< "09:00"
    [[nodiscard]] static QString clockText(const QDateTime &dt);   ///< "13-04-2021 18:23"
    [[nodiscard]] QString dateTimeText(const QDateTime &dt) const; ///< "14 apr 2021 09:00"

    /// The weekday inside a sentence ("uiterlijk op vrijdag 4 dec 2026"): "vrijdag", as
    /// Dutch writes it, lower case; English keeps its capital ("Friday").
    [[nodiscard]] QString weekdayInSentence(QDate date) const;

private:
    [[nodiscard]] QString shortMonth(int month) const;

    QLocale m_locale;
};

} // namespace careportal
