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

} // namespace

bool logStaffAccess(Database &database, const QCommandLineParser &parser, const QString &clientId,
                    const QString &event, const QString &object) {
    const QString staff = parser.isSet(QStringLiteral("staff"))
                              ? parser.value(QStringLiteral("staff")).trimmed().left(100)
                              : QString();
    AccessLogRecord entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.event = event;
    entry.clientId = clientId;
    entry.accountId = QStringLiteral("staff:") + operatingSystemUser();
    entry.userName =
        staff.isEmpty() ? QStringLiteral("Medewerker (%1)").arg(operatingSystemUser()) : staff;
    entry.onBehalfOf = clientId;
    entry.role = QStringLiteral("staff");
    entry.device = QStringLiteral("careportal-server admin");
    entry.address = QHostInfo::localHostName().left(100);
    entry.object = object;
    return AccessLogStore(database).append(entry);
}

int refuseWithoutLog(const QString &task) {
    return fail(QStringLiteral("%1: the access log could not be written, so nothing is shown or "
                               "changed")
                    .arg(task));
}

} // namespace careportal::server::admin
