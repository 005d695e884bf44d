// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidctasks.h"

#include "adminoutput.h"
#include "storage/accountstore.h"
#include "storage/oidclinkstore.h"
#include "taskoptions.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QUrl>

namespace careportal::server::admin {

namespace {

constexpr qsizetype kUsernameMax = 254;
// OpenID Connect Core 2: sub is at most 255 ASCII characters.
constexpr qsizetype kSubjectMax = 255;
constexpr qsizetype kIssuerMax = 2048;

int linkOidc(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("link-oidc"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    const QString subject = options.required(QStringLiteral("subject"), kSubjectMax);
    OidcLinkStore links(database);
    QString issuer = options.optional(QStringLiteral("issuer"), kIssuerMax);
    if (issuer.isEmpty())
        issuer = links.currentIssuer();
    if (issuer.isEmpty())
        options.refuse(QStringLiteral("--issuer is needed: the server has not run with "
                                      "--oidc-issuer on this data directory yet"));
    else if (QUrl(issuer).scheme() != QLatin1String("https"))
        options.refuse(QStringLiteral("--issuer must be an https URL"));
    AccountStore accounts(database);
    const auto account = username.isEmpty() ? std::nullopt : accounts.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!options.ok())
        return options.fail();
    if (!links.link({issuer, subject, account->id, QStringLiteral("admin"),
                     QDateTime::currentDateTimeUtc()}))
        return fail(QStringLiteral("link-oidc: could not store the link"));
    print(QStringLiteral("linked\t%1\t%2\t%3").arg(account->username, subject, issuer));
    return 0;
}

int unlinkOidc(Database &database, const QCommandLineParser &parser) {
    TaskOptions options(parser, QStringLiteral("unlink-oidc"));
    const QString username = options.required(QStringLiteral("username"), kUsernameMax);
    AccountStore accounts(database);
    const auto account = username.isEmpty() ? std::nullopt : accounts.accountByUsername(username);
    if (!username.isEmpty() && !account)
        options.refuse(QStringLiteral("no account with user name %1").arg(username));
    if (!options.ok())
        return options.fail();
    const int removed = OidcLinkStore(database).unlinkAccount(account->id);
    if (removed < 0)
        return fail(QStringLiteral("unlink-oidc: could not remove the links"));
    print(QStringLiteral("unlinked\t%1\t%2 link(s) removed").arg(account->username).arg(removed));
    return 0;
}

} // namespace

QString oidcLinksText(Database &database, const QString &accountId) {
    QStringList texts;
    for (const OidcLinkStore::Link &link : OidcLinkStore(database).linksOf(accountId))
        texts.append(QStringLiteral("login via %1 at %2 (%3)")
                         .arg(link.subject, link.issuer,
                              link.linkedBy == QLatin1String("email")
                                  ? QStringLiteral("linked by e-mail")
                                  : QStringLiteral("linked by staff")));
    return texts.isEmpty() ? QStringLiteral("no login via an identity provider")
                           : texts.join(QStringLiteral("; "));
}

TaskList oidcTasks() {
    return {
        {QStringLiteral("link-oidc"),
         QStringLiteral("link-oidc --username USER --subject SUB [--issuer URL]"), linkOidc},
        {QStringLiteral("unlink-oidc"), QStringLiteral("unlink-oidc --username USER"), unlinkOidc},
    };
}

} // namespace careportal::server::admin
