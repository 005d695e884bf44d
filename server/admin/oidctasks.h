// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "admintask.h"

#include <QString>

namespace careportal::server::admin {

/// Login through the organisation's identity provider (issue 21): link-oidc ties the
/// provider's account (its `sub`) to a portal account, unlink-oidc removes the account's
/// links. Without --issuer the issuer is the one the server last started with.
[[nodiscard]] TaskList oidcTasks();

/// The account's provider logins for a listing: "login via <sub> at <issuer>", one per
/// link, or "no login via an identity provider".
[[nodiscard]] QString oidcLinksText(Database &database, const QString &accountId);

} // namespace careportal::server::admin
