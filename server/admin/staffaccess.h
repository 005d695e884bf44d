// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QCommandLineParser;

namespace careportal::server {
class Database;
}

namespace careportal::server::admin {

/// The NEN 7513 row for a staff task on one client's data, written before the task shows or
/// changes anything: no access without its row, as the API's SessionGuard does. The user is
/// the staff member (--staff when the task has it) and the operating-system account that ran
/// the tool; role "staff", access point "careportal-server admin" on this machine. `object`
/// names the part of the portal as the API routes do ("contact-requests", "dossier", ...).
[[nodiscard]] bool logStaffAccess(Database &database, const QCommandLineParser &parser,
                                  const QString &clientId, const QString &event,
                                  const QString &object);

/// The security officer's event (NEN 7513, table security_events) for a staff change to
/// what an account may see, such as a link's rights: the same user, access point and
/// address as logStaffAccess. `object` says what changed, from what to what.
[[nodiscard]] bool recordStaffEvent(Database &database, const QCommandLineParser &parser,
                                    const QString &event, const QString &object);

/// The refusal staff see when that row could not be written (the task then did nothing).
[[nodiscard]] int refuseWithoutLog(const QString &task);

} // namespace careportal::server::admin
