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

} // namespace careportal::test
