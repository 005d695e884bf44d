// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/privacystatementstore.h"

namespace careportal::server {

/// The invented demo organisation's privacy statement (Dutch and English). An organisation
/// puts its own in place with `admin set-privacy-statement`.
[[nodiscard]] PrivacyStatementStore::Statement demoPrivacyStatement(const QDate &updatedOn);

} // namespace careportal::server
