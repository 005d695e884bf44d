#include "admincommand.h"

#include "api/absenceperiod.h"
#include "api/dutchtime.h"
#include "storage/absencestore.h"
#include "storage/contactrequeststore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <cstdio>

namespace careportal::server {

namespace {

void print(const QString &line) {
    std::fprintf(stdout, "%s\n", qPrintable(line));
}

int fail(const QString &message) {
    std::fprintf(stderr, "careportal-server admin: %s\n", qPrintable(message));
    return 2;
}

int listRequests(ContactRequestStore &store, const QCommandLineParser &parser) {
    const QString client = parser.value(QStringLiteral("client"));
    if (client.isEmpty())
        return fail(QStringLiteral("list-requests needs --client ID"));
    for (const ContactRequestRecord &r : store.page(client, std::nullopt, 1000)) {
        QString message = r.message;
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                  .arg(r.id, r.done ? QStringLiteral("afgerond") : QStringLiteral("openstaand"),
                       r.createdAt.toString(Qt::ISODate), r.subject, message.left(80)));
    }
    return 0;
}

int answerRequest(ContactRequestStore &store, const QCommandLineParser &parser) {
    const QString id = parser.value(QStringLiteral("id"));
    const QString staff = parser.value(QStringLiteral("staff")).trimmed();
    const QString answer = parser.value(QStringLiteral("answer")).trimmed();
    if (id.isEmpty() || staff.isEmpty() || answer.isEmpty())
        return fail(QStringLiteral("answer-request needs --id, --staff and --answer"));
    if (answer.size() > 4000 || staff.size() > 100)
        return fail(QStringLiteral("--answer is limited to 4000 and --staff to 100 characters"));
    const auto existing = store.requestById(id);
    if (!existing)
        return fail(QStringLiteral("no contact request %1").arg(id));
    if (existing->done)
        return fail(QStringLiteral("contact request %1 is already answered").arg(id));
    if (!store.answer(id, answer, staff, QDateTime::currentDateTimeUtc()))
        return fail(QStringLiteral("could not store the answer"));
    print(QStringLiteral("answered %1").arg(id));
    return 0;
}

int listAbsences(AbsenceStore &store, const QCommandLineParser &parser) {
    const QString client = parser.value(QStringLiteral("client"));
    if (client.isEmpty())
        return fail(QStringLiteral("list-absences needs --client ID"));
    for (const AbsenceRecord &r : store.reports(client)) {
        print(QStringLiteral("%1\t%2\t%3\t%4..%5%6")
                  .arg(r.id, r.processed ? QStringLiteral("verwerkt") : QStringLiteral("gemeld"),
                       r.type, r.startDate.toString(Qt::ISODate),
                       r.endDate.isValid() ? r.endDate.toString(Qt::ISODate) : QStringLiteral("?"),
                       r.late ? QStringLiteral("\tte laat") : QString()));
    }
    return 0;
}

int processAbsence(AbsenceStore &store, const QCommandLineParser &parser) {
    const QString id = parser.value(QStringLiteral("id"));
    const QString staff = parser.value(QStringLiteral("staff")).trimmed();
    if (id.isEmpty() || staff.isEmpty())
        return fail(QStringLiteral("process-absence needs --id and --staff (and --until "
                                   "YYYY-MM-DD when the end date is not known)"));
    const auto report = store.reportById(id);
    if (!report)
        return fail(QStringLiteral("no absence report %1").arg(id));
    if (report->processed)
        return fail(QStringLiteral("absence report %1 is already processed").arg(id));
    const QDate until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
    if (!report->endDate.isValid() && (!until.isValid() || until < report->startDate))
        return fail(
            QStringLiteral("the end date of %1 is not known: give --until YYYY-MM-DD").arg(id));
    const auto range = absenceUtcRange(*report, until);
    const auto cancelled = store.process(id, staff, range.first, range.second);
    if (!cancelled)
        return fail(QStringLiteral("could not process %1").arg(id));
    print(QStringLiteral("processed %1: %2 visit(s) cancelled").arg(id).arg(*cancelled));
    return 0;
}

} // namespace

int AdminCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Staff tasks on a careportal-server data directory."));
    parser.addPositionalArgument(
        QStringLiteral("task"),
        QStringLiteral("list-requests | answer-request | list-absences | process-absence"));
    parser.addOptions(
        {{QStringLiteral("data-dir"), QStringLiteral("The server's data directory."),
          QStringLiteral("dir")},
         {QStringLiteral("client"), QStringLiteral("A client id."), QStringLiteral("id")},
         {QStringLiteral("id"), QStringLiteral("A contact request id."), QStringLiteral("id")},
         {QStringLiteral("staff"), QStringLiteral("The staff member's name."),
          QStringLiteral("name")},
         {QStringLiteral("answer"), QStringLiteral("The answer to the client."),
          QStringLiteral("text")},
         {QStringLiteral("until"), QStringLiteral("Last day of an absence whose end is not known."),
          QStringLiteral("date")}});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList tasks = parser.positionalArguments();
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (tasks.size() != 1 || dataDir.isEmpty())
        return fail(QStringLiteral("usage: careportal-server admin --data-dir DIR "
                                   "list-requests --client ID | answer-request --id ID "
                                   "--staff NAME --answer TEXT | list-absences --client ID | "
                                   "process-absence --id ID --staff NAME [--until DATE]"));
    const QString file = QDir(dataDir).filePath(QStringLiteral("careportal.sqlite"));
    if (!QFile::exists(file))
        return fail(QStringLiteral("no database in %1").arg(dataDir));
    Database database(file);
    QString error;
    if (!database.initialise(&error))
        return fail(error);
    ContactRequestStore requests(database);
    AbsenceStore absences(database);
    const QString &task = tasks.first();
    if (task == QLatin1String("list-requests"))
        return listRequests(requests, parser);
    if (task == QLatin1String("answer-request"))
        return answerRequest(requests, parser);
    if (task == QLatin1String("list-absences"))
        return listAbsences(absences, parser);
    if (task == QLatin1String("process-absence"))
        return processAbsence(absences, parser);
    return fail(QStringLiteral("unknown task %1").arg(tasks.first()));
}

} // namespace careportal::server
