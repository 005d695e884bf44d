// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/appointment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace careportal {

/// Visits as an iCalendar file (RFC 5545) for the user's own calendar app: one VEVENT per
/// visit with a stable UID, start and end in UTC and a summary in the app's language, and
/// nothing else of the client. libical writes the text (escaping, line folding, CRLF).
class PlanningCalendar {
    Q_DECLARE_TR_FUNCTIONS(PlanningCalendar)
public:
    explicit PlanningCalendar(QList<Appointment> appointments);

    /// The DTSTAMP of every event; now (UTC) unless set, e.g. by a test.
    void setStamp(const QDateTime &stamp) { m_stamp = stamp; }
    /// The VCALENDAR (VERSION 2.0, METHOD PUBLISH) as UTF-8 text; invalid visits are left out.
    [[nodiscard]] QByteArray toICalendar() const;

    /// "Zorgbezoek HV 2 – Daan" / "Care visit HV 2 – Daan".
    [[nodiscard]] static QString summary(const Appointment &appointment);
    /// "<id>@careportal": the same visit keeps its UID in every export, so importing it
    /// again updates the event instead of adding a second one.
    [[nodiscard]] static QByteArray uid(const Appointment &appointment);

    static constexpr const char *kProductId = "-//CarePortal//Planning//NL";

private:
    QList<Appointment> m_appointments;
    QDateTime m_stamp;
};

} // namespace careportal
