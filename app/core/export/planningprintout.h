// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace careportal {

/// The planning of one month as a large-print A4 PDF "for on the fridge": the month and the
/// organisation at the top, the visits grouped by day (weekday and date, start–end time,
/// kind of help, carer), text of 20 pt and more, black on white, page breaks between rows
/// only (a day's heading never ends a page) and "Pagina 1 van 2" at the bottom.
class PlanningPrintout {
    Q_DECLARE_TR_FUNCTIONS(PlanningPrintout)
public:
    /// `language` as LanguageSettings::code() ("nl", "en"): dates and texts follow it.
    PlanningPrintout(QDate month, QList<Appointment> appointments,
                     const QString &language = QStringLiteral("nl"));

    void setOrganisationName(const QString &name) { m_organisationName = name; }
    /// When it was printed, at the bottom of each page (default: now).
    void setPrintedAt(const QDateTime &printedAt) { m_printedAt = printedAt; }

    /// "Planning december 2026" / "Planning December 2026".
    [[nodiscard]] QString title() const;
    /// Writes the PDF to `device` (open for writing); false when it could not.
    bool write(QIODevice *device) const;
    /// The number of pages of the last write().
    [[nodiscard]] int pageCount() const { return m_pageCount; }

    static constexpr qreal kBodyPointSize = 20;

private:
    QDate m_month;
    QList<Appointment> m_appointments;
    QString m_language;
    QString m_organisationName;
    QDateTime m_printedAt;
    mutable int m_pageCount = 0;
};

} // namespace careportal
