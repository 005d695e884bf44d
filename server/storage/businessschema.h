// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace careportal::server {

/// Schema step 21: business customers (seed 004), kept apart from schemasteps.cpp, which
/// is full. An account becomes a client-portal account or a business contact; customers,
/// their contacts with the portal rights per customer, projects with their members and
/// questions, and invoices with their lines and PDF.
[[nodiscard]] bool migrateToBusinessCustomers(QSqlDatabase &db, QString *errorMessage);

} // namespace careportal::server
