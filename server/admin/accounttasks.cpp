#include "accounttasks.h"

#include "adminoutput.h"
#include "storage/accountstore.h"
#include "storage/linkrights.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <algorithm>
#include <optional>

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
constexpr qsizetype kRightsMax = 200;

/// --rights as a LinkRights, with every unknown name refused; nullopt when not given.
std::optional<LinkRights> rightsOption(TaskOptions &options, bool required) {
    const QString text = required ? options.required(QStringLiteral("rights"), kRightsMax)
                                  : options.optional(QStringLiteral("rights"), kRightsMax);
    if (text.isEmpty())
        return std::nullopt;
    QStringList unknown;
    const auto rights = LinkRights::parse(text, &unknown);
    if (!rights)
        options.refuse(QStringLiteral("--rights: unknown part(s) %1; use \"none\" or a comma "
                                      "separated list of %2")
                           .arg(unknown.join(QStringLiteral(", ")),
                                LinkRights::allNames().join(QLatin1Char(','))));
    return rights;
}

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
    const auto rights = rightsOption(options, false);
    // A legal representative exercises the client's own rights: every part, not a choice.
    if (options.isSet(QStringLiteral("rights")) && relation == QLatin1String("representative"))
        options.refuse(QStringLiteral("--rights is for a contact link; a representative has "
                                      "every part"));
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!clientId.isEmpty() && !store.client(clientId))
        options.refuse(QStringLiteral("no client %1").arg(clientId));
    if (!options.ok())
        return options.fail();
    if (!store.linkAccountToClient(account->id, clientId, relation, rights))
        return fail(QStringLiteral("link-account: %1 is already linked to %2")
                        .arg(account->username, clientId));
    const LinkRights stored =
        rights && LinkRights::isChoosable(relation) ? *rights : LinkRights::defaultFor(relation);
    print(QStringLiteral("linked\t%1\t%2\t%3\t%4")
              .arg(account->username, clientId, relation, stored.display()));
    return 0;
}

int setLinkRights(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-link-rights"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    const QString clientId = options.required(QStringLiteral("client"), kIdMax);
    const auto rights = rightsOption(options, true);
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (account && !clientId.isEmpty()) {
        const QList<LinkedAccount> linked = store.accountsOfClient(clientId);
        const auto link = std::find_if(linked.cbegin(), linked.cend(), [&](const LinkedAccount &a) {
            return a.accountId == account->id;
        });
        if (link == linked.cend())
            options.refuse(
                QStringLiteral("%1 is not linked to client %2").arg(account->username, clientId));
        else if (!LinkRights::isChoosable(link->relation))
            options.refuse(QStringLiteral("%1 is linked to %2 as %3, which has every part; only "
                                          "a contact link's parts are chosen")
                               .arg(account->username, clientId, link->relation));
    }
    if (!options.ok())
        return options.fail();
    if (!store.setLinkRights(account->id, clientId, *rights))
        return fail(QStringLiteral("set-link-rights: could not update the link"));
    print(QStringLiteral("rights\t%1\t%2\t%3").arg(account->username, clientId, rights->display()));
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
                        "representative|contact [--rights LIST|none]"),
         linkAccount},
        {QStringLiteral("set-link-rights"),
         QStringLiteral("set-link-rights --username USER --client ID --rights LIST|none"),
         setLinkRights},
    };
}

} // namespace careportal::server::admin
