// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisationstore.h"

#include "database.h"
#include "sql.h"

#include <QVariant>

namespace careportal::server {

OrganisationStore::OrganisationStore(Database &database)
    : m_database(database) {}

std::optional<OrganisationRecord> OrganisationStore::organisation() {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id, name, phone, primary_color, accent_color, logo_media_type, "
                            "logo_data, absence_notice_days FROM organisation LIMIT 1"),
             {}) ||
        !query.next())
        return std::nullopt;
    return OrganisationRecord{query.value(0).toString(),    query.value(1).toString(),
                              query.value(2).toString(),    query.value(3).toString(),
                              query.value(4).toString(),    query.value(5).toString(),
                              query.value(6).toByteArray(), query.value(7).toInt()};
}

bool OrganisationStore::insertOrganisation(const OrganisationRecord &o) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("INSERT INTO organisation (id, name, phone, primary_color, "
                              "accent_color, logo_media_type, logo_data, absence_notice_days) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {o.id, o.name, o.phone, o.primaryColor, o.accentColor, o.logoMediaType, o.logoData,
                o.absenceNoticeDays});
}

bool OrganisationStore::setBranding(const OrganisationRecord &o) {
    // "None" is stored empty, never NULL (the columns are NOT NULL).
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE organisation SET primary_color = ?, accent_color = ?, "
                              "logo_media_type = ?, logo_data = ? WHERE id = ?"),
               {text(o.primaryColor), text(o.accentColor), text(o.logoMediaType),
                o.logoData.isNull() ? QByteArray("") : o.logoData, o.id}) &&
           query.numRowsAffected() > 0;
}

SessionLimits OrganisationStore::sessionLimits() {
    CachedQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT session_idle_minutes, session_absolute_minutes FROM "
                            "organisation LIMIT 1"),
             {}) ||
        !query.next())
        return {};
    return {query.value(0).toInt(), query.value(1).toInt()};
}

bool OrganisationStore::setSessionLimits(const SessionLimits &limits) {
    CachedQuery query(m_database);
    return run(query,
               QStringLiteral("UPDATE organisation SET session_idle_minutes = ?, "
                              "session_absolute_minutes = ?"),
               {limits.idleMinutes, limits.absoluteMinutes}) &&
           query.numRowsAffected() > 0;
}

} // namespace careportal::server
