// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/planningcalendar.h"

#include <libical/ical.h>
#include <memory>

namespace careportal {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

/// The instant of `dateTime` (whatever its offset) as a UTC date-time ("…Z").
icaltimetype utcTime(const QDateTime &dateTime) {
    return icaltime_from_timet_with_zone(static_cast<time_t>(dateTime.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

void addProperty(icalcomponent *component, icalproperty *property) {
    icalcomponent_add_property(component, property);
}

} // namespace

PlanningCalendar::PlanningCalendar(QList<Appointment> appointments)
    : m_appointments(std::move(appointments))
    , m_stamp(QDateTime::currentDateTimeUtc()) {}

QString PlanningCalendar::summary(const Appointment &appointment) {
    const QString helpType = appointment.helpType.trimmed();
    const QString carer = appointment.carerName.trimmed();
    if (!helpType.isEmpty() && !carer.isEmpty())
        //: The title of a visit in the user's calendar app: kind of help, then the carer.
        return tr("Zorgbezoek %1 – %2").arg(helpType, carer);
    if (!helpType.isEmpty() || !carer.isEmpty())
        return tr("Zorgbezoek %1").arg(helpType.isEmpty() ? carer : helpType);
    return tr("Zorgbezoek");
}

QByteArray PlanningCalendar::uid(const Appointment &appointment) {
    return appointment.id.toUtf8() + QByteArrayLiteral("@careportal");
}

QByteArray PlanningCalendar::toICalendar() const {
    const ComponentPtr calendar(icalcomponent_new_vcalendar());
    addProperty(calendar.get(), icalproperty_new_version("2.0"));
    addProperty(calendar.get(), icalproperty_new_prodid(kProductId));
    addProperty(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const icaltimetype stamp = utcTime(m_stamp);
    for (const Appointment &appointment : m_appointments) {
        if (!appointment.isValid())
            continue;
        icalcomponent *event = icalcomponent_new_vevent();
        addProperty(event, icalproperty_new_uid(uid(appointment).constData()));
        addProperty(event, icalproperty_new_dtstamp(stamp));
        addProperty(event, icalproperty_new_dtstart(utcTime(appointment.start)));
        addProperty(event, icalproperty_new_dtend(utcTime(appointment.end)));
        addProperty(event, icalproperty_new_summary(summary(appointment).toUtf8().constData()));
        icalcomponent_add_component(calendar.get(), event); // the calendar owns it now
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace careportal
