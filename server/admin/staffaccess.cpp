// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "staffaccess.h"

#include "adminoutput.h"
#include "storage/accesslogstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QHostInfo>

namespace careportal::server::admin {

namespace {

QString operatingSystemUser() {
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return user.isEmpty() ? QStringLiteral("unknown") : user.left(64);
}

QString staffName(const QCommandLineParser &parser) {
    const QString staff = parser.isSet(QStringLiteral("staff"))
                              ? parser.value(QStringLiteral("staff")).trimmed().left(100)
                              : QString();
    return staff.isEmpty() ? QStringLiteral("Medewerker (%1)").arg(operatingSystemUser()) : staff;
}

const QString kAccessPoint = QStringLiteral("careportal-server admin");

} // namespace

bool logStaffAccess(Database &database, const QCommandLineParser &parser, const QString &clientId,
                    const QString &event, const QString &object) {
    AccessLogRecord entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.event = event;
    entry.clientId = clientId;
    entry.accountId = QStringLiteral("staff:") + operatingSystemUser();
    entry.userName = staffName(parser);
    entry.onBehalfOf = clientId;
    entry.role = QStringLiteral("staff");
    entry.device = kAccessPoint;
    entry.address = QHostInfo::localHostName().left(100);
    entry.object = object;
    return AccessLogStore(database).append(entry);
}

bool recordStaffEvent(Database &database, const QCommandLineParser &parser, const QString &event,
                      const QString &object) {
    SecurityEventRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.event = event;
    record.accountId = QStringLiteral("staff:") + operatingSystemUser();
    record.userName = staffName(parser);
    record.object = object;
    record.device = kAccessPoint;
    record.address = QHostInfo::localHostName().left(100);
    return AccessLogStore(database).appendSecurityEvent(record);
}

int refuseWithoutLog(const QString &task) {
    return fail(QStringLiteral("%1: the access log could not be written, so nothing is shown or "
                               "changed")
                    .arg(task));
}

} // namespace careportal::server::admin
