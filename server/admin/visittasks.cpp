// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "visittasks.h"

#include "adminoutput.h"
#include "api/dutchtime.h"
#include "staffaccess.h"
#include "storage/accountstore.h"
#include "storage/visitstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 100;
constexpr qsizetype kNameMax = 100; // carer, staff member
constexpr qsizetype kHelpTypeMax = 40;
constexpr qint64 kMaxVisitSeconds = qint64{24} * 60 * 60;

const QString kStaffMarker = QStringLiteral("staff:"); // cancelled_by of cancel-visit

// ---- visits -----------------------------------------------------------------------------

/// Staff plan in Dutch local days: a visit ends after it starts, on the same day.
void checkVisitTimes(TaskOptions &options, const QDateTime &startUtc, const QDateTime &endUtc) {
    if (!startUtc.isValid() || !endUtc.isValid())
        return; // already reported
    if (endUtc <= startUtc)
        options.refuse(QStringLiteral("the end must be after the start"));
    else if (startUtc.toTimeZone(amsterdam()).date() != endUtc.toTimeZone(amsterdam()).date())
        options.refuse(QStringLiteral("a visit must end on the day it starts"));
    else if (startUtc.secsTo(endUtc) > kMaxVisitSeconds)
        options.refuse(QStringLiteral("a visit lasts at most 24 hours"));
}

/// Unknown and cancelled visits cannot be changed or cancelled; records why.
std::optional<StaffVisitRecord> plannedVisit(TaskOptions &options, VisitStore &store,
                                             const QString &id) {
    if (id.isEmpty())
        return std::nullopt;
    auto visit = store.visit(id);
    if (!visit) {
        options.refuse(QStringLiteral("no visit %1").arg(id));
        return std::nullopt;
    }
    if (!visit->cancelledBy.isEmpty()) {
        options.refuse(QStringLiteral("visit %1 is cancelled (%2)").arg(id, visit->cancelledBy));
        return std::nullopt;
    }
    return visit;
}

int addVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-visit"));
    AppointmentRecord visit{newId(),
                            options.required(QStringLiteral("client"), kIdMax),
                            options.localTime(QStringLiteral("start")),
                            options.localTime(QStringLiteral("end")),
                            options.required(QStringLiteral("help-type"), kHelpTypeMax),
                            options.required(QStringLiteral("carer"), kNameMax)};
    checkVisitTimes(options, visit.start, visit.end);
    VisitStore store(database);
    if (!visit.clientId.isEmpty() && !AccountStore(database).client(visit.clientId))
        options.refuse(QStringLiteral("no client %1").arg(visit.clientId));
    if (!options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, visit.clientId, QStringLiteral("change"),
                        QStringLiteral("appointments/") + visit.id))
        return refuseWithoutLog(QStringLiteral("add-visit"));
    if (!store.insertAppointments({visit}))
        return fail(QStringLiteral("add-visit: could not store the visit"));
    print(QStringLiteral("added %1").arg(visit.id));
    return 0;
}

int changeVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("change-visit"));
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    const QStringList changeable{QStringLiteral("start"), QStringLiteral("end"),
                                 QStringLiteral("help-type"), QStringLiteral("carer")};
    if (std::none_of(changeable.cbegin(), changeable.cend(),
                     [&](const QString &option) { return options.isSet(option); }))
        options.refuse(QStringLiteral("give at least one of --start, --end, --help-type, --carer"));
    VisitStore store(database);
    const auto existing = plannedVisit(options, store, id);
    AppointmentRecord visit = existing ? existing->visit : AppointmentRecord{};
    if (options.isSet(QStringLiteral("start")))
        visit.start = options.localTime(QStringLiteral("start"));
    if (options.isSet(QStringLiteral("end")))
        visit.end = options.localTime(QStringLiteral("end"));
    if (options.isSet(QStringLiteral("help-type")))
        visit.helpType = options.optional(QStringLiteral("help-type"), kHelpTypeMax);
    if (options.isSet(QStringLiteral("carer")))
        visit.carerName = options.optional(QStringLiteral("carer"), kNameMax);
    if (existing)
        checkVisitTimes(options, visit.start, visit.end);
    if (!options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, visit.clientId, QStringLiteral("change"),
                        QStringLiteral("appointments/") + id))
        return refuseWithoutLog(QStringLiteral("change-visit"));
    if (!store.updateVisit(visit))
        return fail(QStringLiteral("change-visit: could not change %1").arg(id));
    print(QStringLiteral("changed %1").arg(id));
    return 0;
}

int cancelVisit(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("cancel-visit"));
    const QString id = options.required(QStringLiteral("id"), kIdMax);
    const QString staff = options.required(QStringLiteral("staff"), kNameMax);
    VisitStore store(database);
    const auto existing = plannedVisit(options, store, id);
    if (!existing || !options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, existing->visit.clientId, QStringLiteral("change"),
                        QStringLiteral("appointments/") + id))
        return refuseWithoutLog(QStringLiteral("cancel-visit"));

    // Like a processed absence, the marker in cancelled_by takes the visit out of the
    // planning and keeps who did it.
    if (!store.cancelVisit(id, kStaffMarker + staff))
        return fail(QStringLiteral("cancel-visit: could not cancel %1").arg(id));
    print(QStringLiteral("cancelled %1").arg(id));
    return 0;
}

} // namespace

TaskList visitTasks() {
    return {
        {QStringLiteral("add-visit"),
         QStringLiteral("add-visit --client ID --start YYYY-MM-DDTHH:MM --end "
                        "YYYY-MM-DDTHH:MM --help-type TEXT --carer NAME"),
         addVisit},
        {QStringLiteral("change-visit"),
         QStringLiteral("change-visit --id ID [--start ..] [--end ..] [--help-type ..] "
                        "[--carer ..]"),
         changeVisit},
        {QStringLiteral("cancel-visit"), QStringLiteral("cancel-visit --id ID --staff NAME"),
         cancelVisit},
    };
}

} // namespace careportal::server::admin
