// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requesttasks.h"

#include "adminoutput.h"
#include "staffaccess.h"
#include "storage/contactrequeststore.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

int listRequests(Database &database, const QCommandLineParser &parser) {
    const QString client = parser.value(QStringLiteral("client"));
    if (client.isEmpty())
        return fail(QStringLiteral("list-requests needs --client ID"));
    if (!logStaffAccess(database, parser, client, QStringLiteral("read"),
                        QStringLiteral("contact-requests")))
        return refuseWithoutLog(QStringLiteral("list-requests"));
    ContactRequestStore store(database);
    for (const ContactRequestRecord &r : store.page(client, std::nullopt, 1000))
        print(requestLine(r));
    return 0;
}

int answerRequest(Database &database, const QCommandLineParser &parser) {
    const QString id = parser.value(QStringLiteral("id"));
    const QString staff = parser.value(QStringLiteral("staff")).trimmed();
    const QString answer = parser.value(QStringLiteral("answer")).trimmed();
    if (id.isEmpty() || staff.isEmpty() || answer.isEmpty())
        return fail(QStringLiteral("answer-request needs --id, --staff and --answer"));
    if (answer.size() > 4000 || staff.size() > 100)
        return fail(QStringLiteral("--answer is limited to 4000 and --staff to 100 characters"));
    ContactRequestStore store(database);
    const auto existing = store.requestById(id);
    if (!existing)
        return fail(QStringLiteral("no contact request %1").arg(id));
    if (existing->done)
        return fail(QStringLiteral("contact request %1 is already answered").arg(id));
    if (!logStaffAccess(database, parser, existing->clientId, QStringLiteral("change"),
                        QStringLiteral("contact-requests/") + id))
        return refuseWithoutLog(QStringLiteral("answer-request"));
    if (!store.answer(id, answer, staff, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("could not store the answer"));
    print(QStringLiteral("answered %1").arg(id));
    return 0;
}

} // namespace

TaskList requestTasks() {
    return {{QStringLiteral("list-requests"), QStringLiteral("list-requests --client ID"),
             listRequests},
            {QStringLiteral("answer-request"),
             QStringLiteral("answer-request --id ID --staff NAME --answer TEXT"), answerRequest}};
}

QString requestLine(const ContactRequestRecord &r) {
    QString message = r.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1\t%2\t%3\t%4\t%5")
        .arg(r.id, r.done ? QStringLiteral("afgerond") : QStringLiteral("openstaand"),
             r.createdAt.toString(Qt::ISODate), r.subject, message.left(80));
}

} // namespace careportal::server::admin
