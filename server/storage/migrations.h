#pragma once

#include <QSqlDatabase>
#include <QString>

namespace careportal::server {

/// Numbered schema steps tracked in PRAGMA user_version. Each step runs in its own
/// transaction, so a crash mid-upgrade leaves the file at the previous, consistent version.
class Migrations {
public:
    [[nodiscard]] static int latestVersion();
    [[nodiscard]] static bool run(QSqlDatabase &db, QString *errorMessage);
};

} // namespace careportal::server
