// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "migrations.h"

#include "logging/logcategories.h"
#include "schemasteps.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace careportal::server {

namespace {

int userVersion(QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(schemaSteps().size());
}

bool Migrations::run(QSqlDatabase &db, QString *errorMessage) {
    return runUpTo(db, latestVersion(), errorMessage);
}

bool Migrations::runUpTo(QSqlDatabase &db, int target, QString *errorMessage) {
    const int current = userVersion(db);
    if (current < 0) {
        *errorMessage =
            QStringLiteral("Cannot read the schema version: %1").arg(db.lastError().text());
        return false;
    }
    if (current > latestVersion()) {
        *errorMessage = QStringLiteral("Database schema %1 is newer than this server (%2); "
                                       "refusing to touch it")
                            .arg(current)
                            .arg(latestVersion());
        return false;
    }
    for (int version = current + 1; version <= std::min(target, latestVersion()); ++version) {
        if (!db.transaction()) {
            *errorMessage = db.lastError().text();
            return false;
        }
        QSqlQuery setVersion(db);
        const bool ok = schemaSteps()[static_cast<size_t>(version - 1)](db, errorMessage) &&
                        setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (!ok || !db.commit()) {
            if (ok)
                *errorMessage = db.lastError().text();
            db.rollback();
            qCWarning(lcDb) << "Migration to schema" << version << "failed:" << *errorMessage;
            return false;
        }
        qCInfo(lcDb) << "Database migrated to schema" << version;
    }
    return true;
}

} // namespace careportal::server
