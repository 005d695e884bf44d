// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <optional>

namespace careportal::server {

class Database;

/// The organisation's own row: its name and contact, branding, notice period and session
/// limits. Stateless apart from the Database, like every store under storage/, so one
/// instance serves every request thread; each store holds the SQL of its aggregate.
class OrganisationStore {
public:
    explicit OrganisationStore(Database &database);

    [[nodiscard]] std::optional<OrganisationRecord> organisation();
    [[nodiscard]] bool insertOrganisation(const OrganisationRecord &organisation);
    /// Replaces the colours and logo (empty values: the app's neutral look).
    [[nodiscard]] bool setBranding(const OrganisationRecord &organisation);

    [[nodiscard]] SessionLimits sessionLimits();
    [[nodiscard]] bool setSessionLimits(const SessionLimits &limits);

private:
    Database &m_database;
};

} // namespace careportal::server
