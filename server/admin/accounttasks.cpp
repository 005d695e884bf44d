#include "accounttasks.h"

#include "adminoutput.h"
#include "storage/store.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kUsernameMax = 254;
// A working day idle at most; a week at most in all (the web portals end sooner).
constexpr int kIdleMax = 8 * 60;
constexpr int kAbsoluteMax = 7 * 24 * 60;

int setDisabled(Database &database, const QCommandLineParser &parser, bool disabled) {
    const QString task =
        disabled ? QStringLiteral("disable-account") : QStringLiteral("enable-account");
    TaskOptions options(parser, task);
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    Store store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!options.ok())
        return options.fail();
    if (!store.setAccountDisabled(account->id, disabled))
        return fail(QStringLiteral("%1: could not update the account").arg(task));
    print(disabled ? QStringLiteral("disabled\t%1\tevery session ended").arg(account->username)
                   : QStringLiteral("enabled\t%1").arg(account->username));
    return 0;
}

int disableAccount(Database &database, const QCommandLineParser &parser) {
    return setDisabled(database, parser, true);
}

int enableAccount(Database &database, const QCommandLineParser &parser) {
    return setDisabled(database, parser, false);
}

int readMinutes(TaskOptions &options, const QString &option, int most) {
    const QString text = options.required(option, 6);
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!text.isEmpty() && (!ok || minutes < 1 || minutes > most))
        options.refuse(
            QStringLiteral("--%1 must be a number of minutes from 1 to %2").arg(option).arg(most));
    return minutes;
}

int setSessionLimits(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-session-limits"));
    const SessionLimits limits{
        readMinutes(options, QStringLiteral("idle-minutes"), kIdleMax),
        readMinutes(options, QStringLiteral("absolute-minutes"), kAbsoluteMax)};
    if (options.ok() && limits.idleMinutes > limits.absoluteMinutes)
        options.refuse(QStringLiteral("--idle-minutes cannot exceed --absolute-minutes"));
    if (!options.ok())
        return options.fail();
    Store store(database);
    if (!store.setSessionLimits(limits))
        return fail(QStringLiteral("set-session-limits: could not store the limits (is there an "
                                   "organisation yet?)"));
    print(QStringLiteral("session-limits\tidle %1 min\tabsolute %2 min")
              .arg(limits.idleMinutes)
              .arg(limits.absoluteMinutes));
    return 0;
}

} // namespace

TaskList accountTasks() {
    return {
        {QStringLiteral("disable-account"), QStringLiteral("disable-account --username USER"),
         disableAccount},
        {QStringLiteral("enable-account"), QStringLiteral("enable-account --username USER"),
         enableAccount},
        {QStringLiteral("set-session-limits"),
         QStringLiteral("set-session-limits --idle-minutes N --absolute-minutes M"),
         setSessionLimits},
    };
}

} // namespace careportal::server::admin
