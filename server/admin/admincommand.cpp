#include "admincommand.h"

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

} // namespace

int AdminCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Staff tasks on a careportal-server data directory."));
    parser.addPositionalArgument(QStringLiteral("task"),
                                 QStringLiteral("list-requests | answer-request"));
    parser.addOptions(
        {{QStringLiteral("data-dir"), QStringLiteral("The server's data directory."),
          QStringLiteral("dir")},
         {QStringLiteral("client"), QStringLiteral("A client id."), QStringLiteral("id")},
         {QStringLiteral("id"), QStringLiteral("A contact request id."), QStringLiteral("id")},
         {QStringLiteral("staff"), QStringLiteral("The staff member's name."),
          QStringLiteral("name")},
         {QStringLiteral("answer"), QStringLiteral("The answer to the client."),
          QStringLiteral("text")}});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList tasks = parser.positionalArguments();
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (tasks.size() != 1 || dataDir.isEmpty())
        return fail(QStringLiteral("usage: careportal-server admin --data-dir DIR "
                                   "list-requests --client ID | answer-request --id ID "
                                   "--staff NAME --answer TEXT"));
    const QString file = QDir(dataDir).filePath(QStringLiteral("careportal.sqlite"));
    if (!QFile::exists(file))
        return fail(QStringLiteral("no database in %1").arg(dataDir));
    Database database(file);
    QString error;
    if (!database.initialise(&error))
        return fail(error);
    ContactRequestStore store(database);
    if (tasks.first() == QLatin1String("list-requests"))
        return listRequests(store, parser);
    if (tasks.first() == QLatin1String("answer-request"))
        return answerRequest(store, parser);
    return fail(QStringLiteral("unknown task %1").arg(tasks.first()));
}

} // namespace careportal::server
