// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace careportal::test {

class HttpsJsonClient;
class ServerProcess;

/// The one-time password the server's outbox last sent `username` ("… wachtwoord is: X"),
/// or "" when none was sent.
[[nodiscard]] QString oneTimePassword(const ServerProcess &server, const QString &username);

/// A new account's first login, as its owner does it: the one-time password from the
/// outbox, the forced change to `newPassword`, and a login with that. The access token of
/// that last login, or "" when a step failed.
[[nodiscard]] QString firstLogin(const ServerProcess &server, HttpsJsonClient &client,
                                 const QString &username, const QString &newPassword);

/// The business logins the business tests start from: the demo's Woonstichting De Kade
/// with its medewerker (t.havenaar@example.nl) and beheerder (m.kademaker@example.nl), and
/// o@ander.example, the first beheerder of a customer made here ("Gemeente Ander"), after
/// its first login with `otherPassword`. A token is "" when its login failed.
struct BusinessLogins {
    QString tom;
    QString marieke;
    QString other;
};
[[nodiscard]] BusinessLogins businessLogins(const ServerProcess &server, HttpsJsonClient &client,
                                            const QString &otherPassword);

} // namespace careportal::test
