// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careportal {

/// One planned visit of a carer.
struct Appointment {
    QString id;
    QDateTime start; ///< With the organisation's UTC offset, as the server sent it.
    QDateTime end;
    QString helpType;  ///< E.g. "HV 1" (huishoudelijke verzorging, level 1).
    QString carerName; ///< First name only, as in the portals.

    /// Returns an invalid appointment (empty id) when a required field is missing or bad.
    [[nodiscard]] static Appointment fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && start.isValid() && end.isValid(); }

    friend bool operator==(const Appointment &, const Appointment &) = default;
};

/// A client's visits in a date range, plus what a conditional GET needs.
struct AppointmentPage {
    QList<Appointment> appointments;
    QByteArray etag;
    bool notModified = false;
};

} // namespace careportal
