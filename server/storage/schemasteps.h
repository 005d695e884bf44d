// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <vector>

namespace careportal::server {

/// One numbered step of the schema: it brings a database from the version before it to
/// its own, inside the transaction Migrations opens for it.
using SchemaStep = std::function<bool(QSqlDatabase &, QString *errorMessage)>;

/// Every step, in order: step N (index N - 1) makes schema version N. Only ever append.
[[nodiscard]] const std::vector<SchemaStep> &schemaSteps();

} // namespace careportal::server
