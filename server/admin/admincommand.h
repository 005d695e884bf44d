// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

namespace careportal::server {

/// `careportal-server admin --data-dir DIR TASK ...`: what the organisation's staff do with
/// the portal data, run on the server's data directory (the running server sees the changes
/// at once):
///   list-requests --client ID                the contact requests, newest first
///   answer-request --id ID --staff NAME --answer TEXT
///                                            answers an open request ("Afgerond")
///   list-absences --client ID                the absence reports, newest first
///   process-absence --id ID --staff NAME [--until YYYY-MM-DD]
///                                            processes a report: its visits are cancelled
///   list-clients                             every client: id, name, user names
///   list-client --client ID [--from DATE] [--to DATE]
///                                            everything of one client, in sections
///   create-client --salutation mevrouw|"de heer" --initials X. --surname NAME
///                 --username USER [--relation self]
///                                            a client with their own account; prints
///                                            "client-id<TAB>ID" and the letter with the
///                                            one-time password
///   add-visit --client ID --start YYYY-MM-DDTHH:MM --end YYYY-MM-DDTHH:MM
///             --help-type TEXT --carer NAME  plans a visit (Dutch local time)
///   change-visit --id ID [--start ..] [--end ..] [--help-type ..] [--carer ..]
///                                            changes a visit that is not cancelled
///   cancel-visit --id ID --staff NAME        takes a visit out of the planning
/// The tasks live in groups (admin/requesttasks, absencetasks, clienttasks); run() parses
/// the command line and dispatches by task name. Returns the process exit code: 0, or 2
/// when a task refuses (every problem is named on stderr); results go to stdout.
class AdminCommand {
public:
    [[nodiscard]] static int run(const QStringList &arguments);
};

} // namespace careportal::server
