#include "accounttasks.h"

#include "adminoutput.h"
#include "storage/accountstore.h"
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
    AccountStore store(database);
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

constexpr qsizetype kIdMax = 64;

int linkAccount(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("link-account"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    const QString clientId = options.required(QStringLiteral("client"), kIdMax);
    const QString relation = options.required(QStringLiteral("relation"), 20);
    // An account acts for another client as a legal representative or an authorised contact
    // person; "self" belongs to the client's own account, made with create-client.
    if (!relation.isEmpty() && relation != QLatin1String("representative") &&
        relation != QLatin1String("contact"))
        options.refuse(QStringLiteral("--relation must be \"representative\" or \"contact\""));
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!clientId.isEmpty() && !store.client(clientId))
        options.refuse(QStringLiteral("no client %1").arg(clientId));
    if (!options.ok())
        return options.fail();
    if (!store.linkAccountToClient(account->id, clientId, relation))
        return fail(QStringLiteral("link-account: %1 is already linked to %2")
                        .arg(account->username, clientId));
    print(QStringLiteral("linked\t%1\t%2\t%3").arg(account->username, clientId, relation));
    return 0;
}

} // namespace

TaskList accountTasks() {
    return {
        {QStringLiteral("disable-account"), QStringLiteral("disable-account --username USER"),
         disableAccount},
        {QStringLiteral("enable-account"), QStringLiteral("enable-account --username USER"),
         enableAccount},
        {QStringLiteral("link-account"),
         QStringLiteral("link-account --username USER --client ID --relation "
                        "representative|contact"),
         linkAccount},
    };
}

} // namespace careportal::server::admin
