// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/httplimits.h"
#include "http/trustedproxies.h"
#include "oidc/oidcsettings.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace careportal::server {

/// Everything the command line can change. Defaults match the documented contract so a
/// bare `careportal-server` is a usable local reference server.
struct ServerConfig {
    QString dataDir;
    QString host = QStringLiteral("127.0.0.1");
    int port = 8443;
    QString certFile;
    QString keyFile;
    bool demo = false;
    int lockoutThreshold = 5;
    int lockoutMinutes = 15;
    int hourlyFailureLimit = 100;
    int addressFailureLimit = 300;
    qint64 tokenLifetimeSeconds = 900; // access tokens; sessions last longer through refresh
    /// Absence reports of one client waiting for staff at a time.
    int maxOpenAbsences = 50;
    /// Body, header, connection and deadline limits of the HTTP layer.
    HttpLimits http;
    /// Front proxies whose X-Forwarded-For names the client (none: the header is ignored).
    TrustedProxies trustedProxies;
    /// How long a password check waits for a hashing slot or for the previous attempt on the
    /// same account before answering 503 busy.
    int busyWaitMs = 2000;
    /// Login with the organisation's own passwords (/auth/login); off when only the identity
    /// provider may log people in.
    bool passwordLogin = true;
    /// Login through the organisation's OpenID Connect provider (POST /auth/oidc).
    OidcSettings oidc;

    /// Parses argv; on error returns nullopt and fills errorMessage. Help/version requests
    /// exit the process themselves (QCommandLineParser's documented behaviour).
    [[nodiscard]] static std::optional<ServerConfig> fromArguments(const QStringList &arguments,
                                                                   QString *errorMessage);
};

} // namespace careportal::server
