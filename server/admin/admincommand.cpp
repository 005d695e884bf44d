// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "admincommand.h"

#include "absencetasks.h"
#include "accounttasks.h"
#include "adminoutput.h"
#include "businesstasks.h"
#include "clienttasks.h"
#include "dossiertasks.h"
#include "listingtasks.h"
#include "oidctasks.h"
#include "organisationtasks.h"
#include "registrationtasks.h"
#include "requesttasks.h"
#include "secondfactortasks.h"
#include "storage/database.h"
#include "taskoptions.h"
#include "visittasks.h"

#include <QCommandLineParser>
#include <QDir>
#include <algorithm>

namespace careportal::server {

namespace {

using admin::fail;
using admin::taskOption;

/// Every task of every group, in the order the usage text lists them.
admin::TaskList allTasks() {
    return admin::requestTasks() + admin::absenceTasks() + admin::clientTasks() +
           admin::visitTasks() + admin::listingTasks() + admin::dossierTasks() +
           admin::accountTasks() + admin::oidcTasks() + admin::organisationTasks() +
           admin::secondFactorTasks() + admin::registrationTasks() + admin::businessTasks() +
           admin::businessContactTasks() + admin::businessProjectTasks();
}

/// The options of all tasks: QCommandLineParser must know every option before parsing,
/// and tasks share names (--client, --id, --staff) with the same meaning.
QList<QCommandLineOption> options() {
    // Short, so that the list below reads as a table.
    const auto option = &taskOption;
    return {
        option("data-dir", "The server's data directory.", "dir"),
        option("client", "A client id.", "id"),
        option("id", "The id of a contact request, absence report or visit.", "id"),
        option("staff", "The staff member's name as the client may see it.", "name"),
        option("answer", "The answer to the client.", "text"),
        option("until", "Last day of an absence whose end is not known.", "date"),
        option("salutation", "mevrouw or \"de heer\".", "salutation"),
        option("initials", "The client's initials, such as J.P.", "initials"),
        option("surname", "The client's surname.", "name"),
        option("username", "An account's user name.", "user"),
        option("relation",
               "How the account relates to the client: self (create-client), "
               "representative or contact (link-account).",
               "relation"),
        option("rights",
               "What a contact link opens, comma separated, or none: planning, "
               "contact-details, contact-persons, contact-requests, absences, dossier, "
               "access-log.",
               "list"),
        option("ended", "The last day of the client's care, or none.", "YYYY-MM-DD"),
        option("start", "Start of a visit, Dutch local time.", "YYYY-MM-DDTHH:MM"),
        option("end", "End of a visit, Dutch local time.", "YYYY-MM-DDTHH:MM"),
        option("help-type", "The kind of help, such as \"HV 1\".", "text"),
        option("carer", "The carer's name as the client sees it.", "name"),
        option("from", "First day of the visits or security events to list.", "YYYY-MM-DD"),
        option("to", "Last day of the visits to list.", "YYYY-MM-DD"),
        option("address", "Street and number (dossier).", "text"),
        option("postcode", "Postcode (dossier).", "text"),
        option("city", "City (dossier).", "text"),
        option("birth-date", "The client's date of birth.", "YYYY-MM-DD"),
        option("gp-name", "The general practitioner (huisarts).", "name"),
        option("gp-phone", "The GP's phone number.", "number"),
        option("pharmacy-name", "The pharmacy (apotheek).", "name"),
        option("pharmacy-phone", "The pharmacy's phone number.", "number"),
        option("reports-from", "Reports before this day stay hidden from the portal.",
               "YYYY-MM-DD"),
        option("kind", "A report kind: zorgplanrapportage, incidentenrapportage, zorgkaart.",
               "kind"),
        option("discipline", "The reporting discipline: SO, FT, VP, ET, DT, PSY, LO, MW, ZB, VT.",
               "code"),
        option("author", "The care worker's name as the client may see it.", "name"),
        option("title", "Title of a report or goal.", "text"),
        option("text", "The report's text (plain text).", "text"),
        option("written", "When the report was written, Dutch local time.", "YYYY-MM-DDTHH:MM"),
        option("care-question", "The care question (zorgvraag) behind a goal.", "text"),
        option("goal", "A care plan goal id.", "id"),
        option("description", "What a care plan action is.", "text"),
        option("frequency", "How often an action happens, such as \"dagelijks\".", "text"),
        option("idle-minutes", "Minutes without activity that end a session.", "minutes"),
        option("absolute-minutes", "Minutes after login that end a session in any case.",
               "minutes"),
        option("nl-file", "A UTF-8 text file with the Dutch text.", "file"),
        option("en-file", "A UTF-8 text file with the English text.", "file"),
        option("required", "Whether the organisation requires a second factor: yes or no.",
               "yes|no"),
        option("phone", "The mobile number SMS codes go to, or none.", "number"),
        option("reason", "Why a registration is rejected (sent to the requester).", "text"),
        option("primary-color", "The organisation's main colour, or none.", "#RRGGBB"),
        option("accent-color", "The organisation's accent colour, or none.", "#RRGGBB"),
        option("logo-file", "The organisation's logo (SVG), or none.", "file"),
        option("subject", "The account's id (sub) at the identity provider.", "sub"),
        option("issuer",
               "The identity provider's issuer URL (default: the one the server runs with).",
               "url"),
    };
}

QString usage(const admin::TaskList &tasks) {
    QStringList lines{
        QStringLiteral("usage: careportal-server admin --data-dir DIR TASK, one of:")};
    for (const admin::Task &task : tasks)
        lines.append(QStringLiteral("  ") + task.synopsis);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int AdminCommand::run(const QStringList &arguments) {
    const admin::TaskList tasks = allTasks();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Staff tasks on a careportal-server data directory."));
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("The task to run."));
    parser.addOptions(options() + admin::businessOptions());
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (positional.size() != 1 || dataDir.isEmpty())
        return fail(usage(tasks));
    const auto task = std::find_if(tasks.cbegin(), tasks.cend(), [&](const admin::Task &t) {
        return t.name == positional.first();
    });
    if (task == tasks.cend())
        return fail(QStringLiteral("unknown task %1\n%2").arg(positional.first(), usage(tasks)));

    const QString file = QDir(dataDir).filePath(QStringLiteral("careportal.sqlite"));
    if (!QFile::exists(file))
        return fail(QStringLiteral("no database in %1").arg(dataDir));
    Database database(file);
    QString error;
    if (!database.initialise(&error))
        return fail(error);
    return task->run(database, parser);
}

} // namespace careportal::server
