// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

class QCommandLineParser;

namespace careportal::server {
class Database;
}

namespace careportal::server::admin {

/// One `careportal-server admin` task. Each group of tasks (requesttasks, absencetasks,
/// clienttasks, ...) hands out its own list; AdminCommand only parses and dispatches, so a
/// new group adds a file and one line there. A task builds the stores it needs on the
/// Database (they are stateless apart from it) and returns the process exit code.
struct Task {
    QString name;
    QString synopsis; // the task's line in the usage text: name and options
    int (*run)(Database &database, const QCommandLineParser &parser);
};

using TaskList = QList<Task>;

} // namespace careportal::server::admin
