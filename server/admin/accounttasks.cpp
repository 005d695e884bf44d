// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accounttasks.h"

#include "adminoutput.h"
#include "staffaccess.h"
#include "storage/accountstore.h"
#include "storage/linkrights.h"
#include "storage/transaction.h"
#include "taskoptions.h"

#include <QCommandLineParser>
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
    const auto rights = linkRightsOption(options, false);
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

/// The change and its security event in one transaction: no rights change without the
/// officer's record of it (NEN 7513), as no access goes without its access-log row.
bool storeLinkRights(Database &database, const QCommandLineParser &parser,
                     const LinkedAccount &link, const QString &clientId, const LinkRights &rights) {
    Transaction transaction(database);
    const QString change =
        QStringLiteral("link %1 client %2 rights %3 -> %4")
            .arg(link.username, clientId, link.rights.display(), rights.display());
    return transaction.isActive() &&
           AccountStore(database).setLinkRights(link.accountId, clientId, rights) &&
           recordStaffEvent(database, parser, QStringLiteral("link-rights-changed"), change) &&
           transaction.commit();
}

int setLinkRights(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("set-link-rights"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    const QString clientId = options.required(QStringLiteral("client"), kIdMax);
    const auto rights = linkRightsOption(options, true);
    AccountStore store(database);
    const auto account = username.isEmpty() ? std::nullopt : store.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    std::optional<LinkedAccount> link;
    if (account && !clientId.isEmpty()) {
        for (const LinkedAccount &linked : store.accountsOfClient(clientId)) {
            if (linked.accountId == account->id)
                link = linked;
        }
        if (!link)
            options.refuse(
                QStringLiteral("%1 is not linked to client %2").arg(account->username, clientId));
        else if (!LinkRights::isChoosable(link->relation))
            options.refuse(QStringLiteral("%1 is linked to %2 as %3, which has every part; only "
                                          "a contact link's parts are chosen")
                               .arg(account->username, clientId, link->relation));
    }
    if (!options.ok())
        return options.fail();
    if (!storeLinkRights(database, parser, *link, clientId, *rights))
        return fail(QStringLiteral("set-link-rights: could not update the link and record the "
                                   "change; nothing changed"));
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
         QStringLiteral("set-link-rights --username USER --client ID --rights LIST|none "
                        "[--staff NAME]"),
         setLinkRights},
    };
}

} // namespace careportal::server::admin
