#pragma once

#include <QStringList>

namespace careportal::server {

/// `careportal-server admin ...`: what the organisation's staff do with the portal data,
/// run on the server's data directory (the running server sees the changes at once):
///   list-requests [--client ID]              the contact requests, newest first
///   answer-request --id ID --staff NAME --answer TEXT
///                                            answers an open request ("Afgerond")
///   list-absences --client ID                the absence reports, newest first
///   process-absence --id ID --staff NAME [--until YYYY-MM-DD]
///                                            processes a report: its visits are cancelled
/// Returns the process exit code; prints results on stdout and errors on stderr.
class AdminCommand {
public:
    [[nodiscard]] static int run(const QStringList &arguments);
};

} // namespace careportal::server
