// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirappointments.h"

#include <QJsonArray>

namespace careportal::fhir {

namespace {

bool leavesPlanning(const QString &status) {
    return status == QLatin1String("cancelled") || status == QLatin1String("noshow") ||
           status == QLatin1String("entered-in-error");
}

QString helpType(const Resource &appointment) {
    for (const auto &value : appointment.array(QStringLiteral("serviceType"))) {
        const QJsonObject serviceType = value.toObject();
        QString code = codeIn(serviceType, codeSystem(QStringLiteral("help-type")));
        if (!code.isEmpty())
            return code;
        QString text = conceptText(serviceType);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// The portals show a carer by first name only.
QString carerName(const Resource &appointment, const ResourceIndex &included) {
    for (const auto &value : appointment.array(QStringLiteral("participant"))) {
        const QJsonObject actor = value.toObject().value(QLatin1String("actor")).toObject();
        const QString id = referencedId(actor, QStringLiteral("Practitioner"));
        if (id.isEmpty())
            continue;
        const Resource practitioner = included.value(QStringLiteral("Practitioner/") + id);
        const QJsonArray given = preferredName(practitioner.array(QStringLiteral("name")))
                                     .value(QLatin1String("given"))
                                     .toArray();
        if (!given.isEmpty())
            return given.first().toString();
        const QString display = actor.value(QLatin1String("display")).toString().trimmed();
        return display.section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

} // namespace

Result<std::optional<Appointment>> plannedVisit(const Resource &appointment,
                                                const ResourceIndex &included) {
    if (leavesPlanning(appointment.string(QStringLiteral("status"))))
        return std::optional<Appointment>();
    Appointment visit;
    visit.id = appointment.id();
    visit.start = dateTime(appointment.string(QStringLiteral("start")));
    visit.end = dateTime(appointment.string(QStringLiteral("end")));
    if (!visit.isValid())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QStringLiteral("Appointment %1 without id, start or end").arg(appointment.id()));
    visit.helpType = helpType(appointment);
    visit.carerName = carerName(appointment, included);
    return std::optional<Appointment>(visit);
}

} // namespace careportal::fhir
