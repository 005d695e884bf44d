// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>

namespace careportal::server {

/// Schema step 22: login through the organisation's OpenID Connect provider (issue 21).
/// `oidc_links` ties a provider account (issuer, sub) to a portal account; `oidc_seen_tokens`
/// keeps the hash of every ID token accepted until it expires, so a replay is refused even
/// after a restart; `oidc_issuer` remembers the issuer the server runs with, the admin
/// tool's default for link-oidc.
[[nodiscard]] bool migrateToOidcLinks(QSqlDatabase &db, QString *errorMessage);

/// Schema step 23: how each session was started, "password" or "oidc" (issue 21). A session
/// from the identity provider is not held back by a pending change of the portal password,
/// which it never used; sessions from before the step were password logins.
[[nodiscard]] bool migrateToSessionLoginMethod(QSqlDatabase &db, QString *errorMessage);

} // namespace careportal::server
