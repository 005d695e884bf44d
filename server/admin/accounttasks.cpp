#include "accounttasks.h"

#include "adminoutput.h"
#include "storage/store.h"
#include "taskoptions.h"

#include <QCommandLineParser>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kUsernameMax = 254;

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

} // namespace

TaskList accountTasks() {
    return {
        {QStringLiteral("disable-account"), QStringLiteral("disable-account --username USER"),
         disableAccount},
        {QStringLiteral("enable-account"), QStringLiteral("enable-account --username USER"),
         enableAccount},
    };
}

} // namespace careportal::server::admin
