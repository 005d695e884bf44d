// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

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
    /// As run(), but stops at schema `target` (the tests build an older database with it).
    [[nodiscard]] static bool runUpTo(QSqlDatabase &db, int target, QString *errorMessage);
};

} // namespace careportal::server
