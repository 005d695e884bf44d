// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absencetasks.h"

#include "adminoutput.h"
#include "api/absenceperiod.h"
#include "staffaccess.h"
#include "storage/absencestore.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

int listAbsences(Database &database, const QCommandLineParser &parser) {
    const QString client = parser.value(QStringLiteral("client"));
    if (client.isEmpty())
        return fail(QStringLiteral("list-absences needs --client ID"));
    if (!logStaffAccess(database, parser, client, QStringLiteral("read"),
                        QStringLiteral("absences")))
        return refuseWithoutLog(QStringLiteral("list-absences"));
    AbsenceStore store(database);
    for (const AbsenceRecord &r : store.reports(client))
        print(absenceLine(r));
    return 0;
}

int processAbsence(Database &database, const QCommandLineParser &parser) {
    const QString id = parser.value(QStringLiteral("id"));
    const QString staff = parser.value(QStringLiteral("staff")).trimmed();
    if (id.isEmpty() || staff.isEmpty())
        return fail(QStringLiteral("process-absence needs --id and --staff (and --until "
                                   "YYYY-MM-DD when the end date is not known)"));
    AbsenceStore store(database);
    const auto report = store.reportById(id);
    if (!report)
        return fail(QStringLiteral("no absence report %1").arg(id));
    if (report->processed)
        return fail(QStringLiteral("absence report %1 is already processed").arg(id));
    const QDate until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
    if (!report->endDate.isValid() && (!until.isValid() || until < report->startDate))
        return fail(
            QStringLiteral("the end date of %1 is not known: give --until YYYY-MM-DD").arg(id));
    if (!logStaffAccess(database, parser, report->clientId, QStringLiteral("change"),
                        QStringLiteral("absences/") + id))
        return refuseWithoutLog(QStringLiteral("process-absence"));
    const auto range = absenceUtcRange(*report, until);
    const auto cancelled = store.process(id, staff, range.first, range.second);
    if (!cancelled)
        return fail(QStringLiteral("could not process %1").arg(id));
    print((*cancelled == 1 ? QStringLiteral("processed %1: %2 visit cancelled")
                           : QStringLiteral("processed %1: %2 visits cancelled"))
              .arg(id)
              .arg(*cancelled));
    return 0;
}

} // namespace

TaskList absenceTasks() {
    return {{QStringLiteral("list-absences"), QStringLiteral("list-absences --client ID"),
             listAbsences},
            {QStringLiteral("process-absence"),
             QStringLiteral("process-absence --id ID --staff NAME [--until YYYY-MM-DD]"),
             processAbsence}};
}

QString absenceLine(const AbsenceRecord &r) {
    return QStringLiteral("%1\t%2\t%3\t%4..%5%6")
        .arg(r.id, r.processed ? QStringLiteral("verwerkt") : QStringLiteral("gemeld"), r.type,
             r.startDate.toString(Qt::ISODate),
             r.endDate.isValid() ? r.endDate.toString(Qt::ISODate) : QStringLiteral("?"),
             r.late ? QStringLiteral("\tte laat") : QString());
}

} // namespace careportal::server::admin
