// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstlogin.h"

#include "httpsjsonclient.h"
#include "serverprocess.h"

#include <QRegularExpression>

namespace careportal::test {

QString oneTimePassword(const ServerProcess &server, const QString &username) {
    static const QRegularExpression password(QStringLiteral("wachtwoord is: (\\S+)"));
    QString found;
    for (const QString &message : server.outboxMessages(username))
        if (const auto match = password.match(message); match.hasMatch())
            found = match.captured(1);
    return found;
}

QString firstLogin(const ServerProcess &server, HttpsJsonClient &client, const QString &username,
                   const QString &newPassword) {
    const QString oneTime = oneTimePassword(server, username);
    const QString first = client.login(username, oneTime);
    const auto changed = client.post(QStringLiteral("/account/password"),
                                     {{QStringLiteral("currentPassword"), oneTime},
                                      {QStringLiteral("newPassword"), newPassword}},
                                     first);
    if (changed.status != 204)
        return {};
    return client.login(username, newPassword);
}

BusinessLogins businessLogins(const ServerProcess &server, HttpsJsonClient &client,
                              const QString &otherPassword) {
    const QString demoPassword = QStringLiteral("Welkom!2026");
    BusinessLogins logins;
    logins.tom = client.login(QStringLiteral("t.havenaar@example.nl"), demoPassword);
    logins.marieke = client.login(QStringLiteral("m.kademaker@example.nl"), demoPassword);
    const QString other = QStringLiteral("o@ander.example");
    if (server.admin({QStringLiteral("create-business-customer"), QStringLiteral("--name"),
                      QStringLiteral("Gemeente Ander"), QStringLiteral("--username"), other,
                      QStringLiteral("--first-name"), QStringLiteral("Olga"),
                      QStringLiteral("--surname"), QStringLiteral("Ander")}) == 0)
        logins.other = firstLogin(server, client, other, otherPassword);
    return logins;
}

} // namespace careportal::test
