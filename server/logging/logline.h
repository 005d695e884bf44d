// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QtGlobal>
#include <ctime>
#include <string>

namespace careportal::server {

/// The server's log lines, "2026-12-07T02:04:05.123 careportal.http info: message" in local
/// time, as Qt's message pattern "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}:
/// %{message}" wrote them, to stderr (the journal under systemd). Formatted here because
/// Qt's pattern converts and formats the local time anew for every line, under a lock all
/// threads share: with one line per request that was 5 % of the month GET's CPU. The date
/// and time to the second are formatted once per second per thread.
class LogLine {
public:
    /// Installs the handler for the whole process (main() calls it first).
    static void install();
    /// The line for one message at `when` (seconds and milliseconds since the epoch), with
    /// its newline.
    [[nodiscard]] static std::string format(QtMsgType type, const char *category,
                                            const QString &message, std::time_t seconds,
                                            int milliseconds);
};

} // namespace careportal::server
