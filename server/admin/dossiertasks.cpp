// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossiertasks.h"

#include "adminoutput.h"
#include "staffaccess.h"
#include "storage/accountstore.h"
#include "storage/dossierstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kIdMax = 100;
constexpr qsizetype kNameMax = 100;
constexpr qsizetype kLineMax = 200;  // address, titles, phone numbers
constexpr qsizetype kTextMax = 8000; // a report's text

bool knows(const QList<LabelledOption> &options, const QString &code) {
    return std::any_of(options.cbegin(), options.cend(),
                       [&code](const LabelledOption &o) { return o.code == code; });
}

QStringList codesOf(const QList<LabelledOption> &options) {
    QStringList codes;
    for (const LabelledOption &option : options)
        codes.append(option.code);
    return codes;
}

QList<LabelledOption> kindOptions(DossierStore &store) {
    QList<LabelledOption> kinds;
    for (const ReportKind &kind : store.reportKinds())
        kinds.append({kind.code, kind.labelNl, kind.labelEn});
    return kinds;
}

/// The value of `option` when given, else what the dossier holds already.
QString keepOr(TaskOptions &options, const QString &option, const QString &current) {
    return options.isSet(option) ? options.optional(option, kLineMax) : current;
}

QDate keepOrDate(TaskOptions &options, const QString &option, const QDate &current) {
    return options.isSet(option) ? options.date(option) : current;
}

int setDossier(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-dossier"));
    const QString client = options.required(QStringLiteral("client"), kIdMax);
    if (!client.isEmpty() && !AccountStore(database).client(client))
        options.refuse(QStringLiteral("no client %1").arg(client));
    DossierStore store(database);
    DossierRecord d = store.dossier(client).value_or(DossierRecord{});
    d.clientId = client;
    d.address = keepOr(options, QStringLiteral("address"), d.address);
    d.postcode = keepOr(options, QStringLiteral("postcode"), d.postcode);
    d.city = keepOr(options, QStringLiteral("city"), d.city);
    d.birthDate = keepOrDate(options, QStringLiteral("birth-date"), d.birthDate);
    d.gpName = keepOr(options, QStringLiteral("gp-name"), d.gpName);
    d.gpPhone = keepOr(options, QStringLiteral("gp-phone"), d.gpPhone);
    d.pharmacyName = keepOr(options, QStringLiteral("pharmacy-name"), d.pharmacyName);
    d.pharmacyPhone = keepOr(options, QStringLiteral("pharmacy-phone"), d.pharmacyPhone);
    d.reportsVisibleFrom =
        keepOrDate(options, QStringLiteral("reports-from"), d.reportsVisibleFrom);
    if (!options.ok())
        return options.fail();
    if (!logStaffAccess(database, parser, client, QStringLiteral("change"),
                        QStringLiteral("dossier")))
        return refuseWithoutLog(QStringLiteral("set-dossier"));
    if (!store.saveDossier(d))
        return fail(QStringLiteral("could not store the dossier of %1").arg(client));
    print(QStringLiteral("dossier of %1 saved").arg(client));
    return 0;
}

/// The client of a dossier task; records a refusal when it has no dossier yet.
QString clientWithDossier(TaskOptions &options, DossierStore &store) {
    QString client = options.required(QStringLiteral("client"), kIdMax);
    if (!client.isEmpty() && !store.dossier(client))
        options.refuse(
            QStringLiteral("client %1 has no dossier yet: run set-dossier first").arg(client));
    return client;
}

int addReport(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-report"));
    DossierStore store(database);
    DossierReportRecord r;
    r.clientId = clientWithDossier(options, store);
    r.kind = options.required(QStringLiteral("kind"), kIdMax);
    r.discipline = options.required(QStringLiteral("discipline"), kIdMax).toUpper();
    r.author = options.required(QStringLiteral("author"), kNameMax);
    r.title = options.required(QStringLiteral("title"), kLineMax);
    r.body = options.required(QStringLiteral("text"), kTextMax);
    r.writtenAt = options.isSet(QStringLiteral("written"))
                      ? options.localTime(QStringLiteral("written"))
                      : QDateTime::currentDateTimeUtc();
    const QList<LabelledOption> kinds = kindOptions(store);
    if (!r.kind.isEmpty() && !knows(kinds, r.kind))
        options.refuse(QStringLiteral("--kind must be one of %1").arg(codesOf(kinds).join(u", ")));
    const QList<LabelledOption> disciplines = store.disciplines();
    if (!r.discipline.isEmpty() && !knows(disciplines, r.discipline))
        options.refuse(
            QStringLiteral("--discipline must be one of %1").arg(codesOf(disciplines).join(u", ")));
    if (!options.ok())
        return options.fail();
    r.id = newId();
    if (!logStaffAccess(database, parser, r.clientId, QStringLiteral("change"),
                        QStringLiteral("dossier/reports/") + r.id))
        return refuseWithoutLog(QStringLiteral("add-report"));
    if (!store.insertReport(r))
        return fail(QStringLiteral("could not store the report"));
    print(QStringLiteral("added %1").arg(r.id));
    return 0;
}

int addGoal(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-goal"));
    DossierStore store(database);
    CareGoalRecord goal;
    goal.clientId = clientWithDossier(options, store);
    goal.title = options.required(QStringLiteral("title"), kLineMax);
    goal.careQuestion = options.required(QStringLiteral("care-question"), kTextMax);
    if (!options.ok())
        return options.fail();
    goal.id = newId();
    if (!logStaffAccess(database, parser, goal.clientId, QStringLiteral("change"),
                        QStringLiteral("dossier/care-plan/") + goal.id))
        return refuseWithoutLog(QStringLiteral("add-goal"));
    if (!store.insertGoal(goal))
        return fail(QStringLiteral("could not store the goal"));
    print(QStringLiteral("added %1").arg(goal.id));
    return 0;
}

int addAction(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("add-action"));
    DossierStore store(database);
    CareActionRecord action;
    action.goalId = options.required(QStringLiteral("goal"), kIdMax);
    action.description = options.required(QStringLiteral("description"), kLineMax);
    action.frequency = options.optional(QStringLiteral("frequency"), kLineMax);
    const auto client = action.goalId.isEmpty() ? std::nullopt : store.clientOfGoal(action.goalId);
    if (!action.goalId.isEmpty() && !client)
        options.refuse(QStringLiteral("no goal %1").arg(action.goalId));
    if (!client || !options.ok())
        return options.fail();
    action.id = newId();
    if (!logStaffAccess(database, parser, *client, QStringLiteral("change"),
                        QStringLiteral("dossier/care-plan/") + action.goalId))
        return refuseWithoutLog(QStringLiteral("add-action"));

    if (!store.insertAction(action))
        return fail(QStringLiteral("could not store the action"));
    print(QStringLiteral("added %1").arg(action.id));
    return 0;
}

} // namespace

TaskList dossierTasks() {
    return {
        {QStringLiteral("set-dossier"),
         QStringLiteral("set-dossier --client ID [--address TEXT] [--postcode TEXT] [--city "
                        "TEXT] [--birth-date YYYY-MM-DD] [--gp-name NAME] [--gp-phone NUMBER] "
                        "[--pharmacy-name NAME] [--pharmacy-phone NUMBER] [--reports-from "
                        "YYYY-MM-DD]"),
         setDossier},
        {QStringLiteral("add-report"),
         QStringLiteral("add-report --client ID --kind KIND --discipline SO|FT|VP|ET|DT|PSY|LO|"
                        "MW|ZB|VT --author NAME --title TEXT --text TEXT [--written "
                        "YYYY-MM-DDTHH:MM]"),
         addReport},
        {QStringLiteral("add-goal"),
         QStringLiteral("add-goal --client ID --title TEXT --care-question TEXT"), addGoal},
        {QStringLiteral("add-action"),
         QStringLiteral("add-action --goal ID --description TEXT [--frequency TEXT]"), addAction},
    };
}

void printDossierSection(Database &database, const QString &clientId) {
    printHeading(QStringLiteral("Dossier"));
    DossierStore store(database);
    const auto dossier = store.dossier(clientId);
    if (!dossier) {
        print(QStringLiteral("(no dossier)"));
        return;
    }
    print(QStringLiteral("%1, %2 %3; born %4; GP %5 %6; pharmacy %7 %8")
              .arg(dossier->address, dossier->postcode, dossier->city,
                   dossier->birthDate.toString(Qt::ISODate), dossier->gpName, dossier->gpPhone,
                   dossier->pharmacyName, dossier->pharmacyPhone));
    for (const DossierReportRecord &r : store.allReports(clientId))
        print(QStringLiteral("report\t%1\t%2\t%3\t%4\t%5\t%6")
                  .arg(r.id, r.writtenAt.toString(Qt::ISODate), r.kind, r.discipline, r.author,
                       r.title));
    for (const CareGoalRecord &goal : store.carePlan(clientId)) {
        print(QStringLiteral("goal\t%1\t%2").arg(goal.id, goal.title));
        for (const CareActionRecord &action : goal.actions)
            print(QStringLiteral("  action\t%1\t%2\t%3")
                      .arg(action.id, action.description, action.frequency));
    }
}

} // namespace careportal::server::admin
