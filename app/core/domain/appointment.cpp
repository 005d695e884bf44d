// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/appointment.h"

namespace careportal {

namespace {

QDateTime parseTimestamp(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QString formatTimestamp(const QDateTime &timestamp) {
    return timestamp.toString(Qt::ISODate);
}

} // namespace

Appointment Appointment::fromJson(const QJsonObject &json) {
    Appointment appointment;
    appointment.id = json.value(QLatin1String("id")).toString();
    appointment.start = parseTimestamp(json.value(QLatin1String("start")));
    appointment.end = parseTimestamp(json.value(QLatin1String("end")));
    appointment.helpType = json.value(QLatin1String("helpType")).toString();
    appointment.carerName = json.value(QLatin1String("carerName")).toString();
    if (!appointment.isValid() || appointment.end < appointment.start)
        return {};
    return appointment;
}

QJsonObject Appointment::toJson() const {
    return {{QLatin1String("id"), id},
            {QLatin1String("start"), formatTimestamp(start)},
            {QLatin1String("end"), formatTimestamp(end)},
            {QLatin1String("helpType"), helpType},
            {QLatin1String("carerName"), carerName}};
}

} // namespace careportal
