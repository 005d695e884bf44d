// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverconfig.h"

#include <QCommandLineParser>
#include <QStandardPaths>
#include <QUrl>
#include <algorithm>

namespace careportal::server {

namespace {

// Reads a positive integer option; QCommandLineParser only gives us strings.
bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 minimum,
                qint64 *target, QString *errorMessage) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < minimum) {
        *errorMessage = QStringLiteral("--%1 needs a whole number >= %2, got \"%3\"")
                            .arg(name)
                            .arg(minimum)
                            .arg(parser.value(name));
        return false;
    }
    *target = value;
    return true;
}

// The HTTP layer's limits; the upper bounds keep a typo from disabling a protection.
bool readHttpLimits(const QCommandLineParser &parser, HttpLimits *limits, QString *errorMessage) {
    qint64 connections = limits->maxConnections;
    qint64 perAddress = limits->maxConnectionsPerAddress;
    qint64 requestMs = limits->requestTimeout.count();
    qint64 idleMs = limits->idleTimeout.count();
    if (!readNumber(parser, QStringLiteral("max-connections"), 1, &connections, errorMessage) ||
        !readNumber(parser, QStringLiteral("max-connections-per-address"), 1, &perAddress,
                    errorMessage) ||
        !readNumber(parser, QStringLiteral("request-timeout-ms"), 100, &requestMs, errorMessage) ||
        !readNumber(parser, QStringLiteral("idle-timeout-ms"), 100, &idleMs, errorMessage))
        return false;
    if (connections > 100000 || perAddress > connections || requestMs > 120000 || idleMs > 600000) {
        *errorMessage = QStringLiteral("--max-connections (at most 100000), "
                                       "--max-connections-per-address (at most "
                                       "--max-connections), --request-timeout-ms (at most "
                                       "120000) or --idle-timeout-ms (at most 600000) out of "
                                       "range");
        return false;
    }
    limits->maxConnections = static_cast<int>(connections);
    limits->maxConnectionsPerAddress = static_cast<int>(perAddress);
    limits->requestTimeout = std::chrono::milliseconds(requestMs);
    limits->handshakeTimeout = limits->requestTimeout;
    limits->idleTimeout = std::chrono::milliseconds(idleMs);
    return true;
}

// The OpenID Connect flags (issue 21, docs/server.md "Connecting your identity provider").
QList<QCommandLineOption> oidcOptions() {
    return {
        {QStringLiteral("password-login"),
         QStringLiteral("Login with the organisation's own passwords: on or off (default on)."),
         QStringLiteral("on|off")},
        {QStringLiteral("oidc-issuer"),
         QStringLiteral("The OpenID Connect provider trusted for login (its issuer URL, "
                        "https). Turns on POST /auth/oidc."),
         QStringLiteral("url")},
        {QStringLiteral("oidc-client-id"),
         QStringLiteral("The app's client id at the provider: the ID token's audience."),
         QStringLiteral("id")},
        {QStringLiteral("oidc-provider-name"),
         QStringLiteral("The provider's name as the login screen shows it."),
         QStringLiteral("name")},
        {QStringLiteral("oidc-scopes"),
         QStringLiteral("Scopes the app asks for (default \"openid email profile "
                        "offline_access\")."),
         QStringLiteral("scopes")},
        {QStringLiteral("oidc-acr"),
         QStringLiteral("The acr an ID token must carry, e.g. "
                        "http://eidas.europa.eu/LoA/substantial (default: any)."),
         QStringLiteral("uri")},
        {QStringLiteral("oidc-ca-file"),
         QStringLiteral("PEM certificate(s) trusted when fetching the provider's discovery "
                        "document and keys (default: the system's CAs)."),
         QStringLiteral("file")},
        {QStringLiteral("oidc-jwks-file"),
         QStringLiteral("The provider's public keys (JWKS) from this file instead of fetching "
                        "them (a provider the server cannot reach)."),
         QStringLiteral("file")},
        {QStringLiteral("oidc-link-by-email"),
         QStringLiteral("At a first login, link the provider's account to the one account with "
                        "its verified e-mail address.")},
        {QStringLiteral("oidc-clock-skew"),
         QStringLiteral("Seconds of clock difference allowed for exp and iat (default 60)."),
         QStringLiteral("seconds")},
    };
}

bool readOidc(const QCommandLineParser &parser, ServerConfig *config, QString *errorMessage) {
    const QString passwordLogin = parser.value(QStringLiteral("password-login"));
    if (!passwordLogin.isEmpty() && passwordLogin != QLatin1String("on") &&
        passwordLogin != QLatin1String("off")) {
        *errorMessage = QStringLiteral("--password-login must be on or off");
        return false;
    }
    config->passwordLogin = passwordLogin != QLatin1String("off");
    OidcSettings &oidc = config->oidc;
    oidc.issuer = parser.value(QStringLiteral("oidc-issuer"));
    oidc.clientId = parser.value(QStringLiteral("oidc-client-id"));
    oidc.providerName = parser.value(QStringLiteral("oidc-provider-name"));
    if (parser.isSet(QStringLiteral("oidc-scopes")))
        oidc.scopes =
            parser.value(QStringLiteral("oidc-scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    oidc.acr = parser.value(QStringLiteral("oidc-acr"));
    oidc.caFile = parser.value(QStringLiteral("oidc-ca-file"));
    oidc.jwksFile = parser.value(QStringLiteral("oidc-jwks-file"));
    oidc.linkByEmail = parser.isSet(QStringLiteral("oidc-link-by-email"));
    qint64 skew = oidc.clockSkewSeconds;
    if (!readNumber(parser, QStringLiteral("oidc-clock-skew"), 0, &skew, errorMessage))
        return false;
    oidc.clockSkewSeconds = static_cast<int>(std::min<qint64>(skew, 600));
    if (!oidc.enabled()) {
        if (!passwordLogin.isEmpty() && !config->passwordLogin) {
            *errorMessage = QStringLiteral("--password-login off needs --oidc-issuer: "
                                           "otherwise nobody can log in");
            return false;
        }
        return true;
    }
    if (!oidc.issuer.startsWith(QLatin1String("https://")) || oidc.clientId.isEmpty() ||
        !oidc.scopes.contains(QLatin1String("openid"))) {
        *errorMessage = QStringLiteral("--oidc-issuer must be an https URL, with "
                                       "--oidc-client-id, and --oidc-scopes must hold openid");
        return false;
    }
    if (oidc.providerName.isEmpty())
        oidc.providerName = QUrl(oidc.issuer).host();
    return true;
}

} // namespace

std::optional<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments,
                                                        QString *errorMessage) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("CarePortal reference server: the portal API over HTTPS."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("Database and TLS files."),
         QStringLiteral("dir")},
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("host")},
        {QStringLiteral("port"), QStringLiteral("Port (default 8443; 0 picks a free port)."),
         QStringLiteral("port")},
        {QStringLiteral("cert"), QStringLiteral("PEM certificate (with --key)."),
         QStringLiteral("file")},
        {QStringLiteral("key"), QStringLiteral("PEM private key (with --cert)."),
         QStringLiteral("file")},
        {QStringLiteral("demo"), QStringLiteral("Seed invented demo data into an empty database.")},
        {QStringLiteral("lockout-threshold"),
         QStringLiteral("Failed logins before an account locks (default 5)."), QStringLiteral("n")},
        {QStringLiteral("lockout-minutes"),
         QStringLiteral("How long a first lock lasts; each next one doubles, up to a day "
                        "(default 15)."),
         QStringLiteral("minutes")},
        {QStringLiteral("hourly-failure-limit"),
         QStringLiteral("Failed logins per account in an hour that lock it for the rest of the "
                        "hour (default and most 100)."),
         QStringLiteral("n")},
        {QStringLiteral("address-failure-limit"),
         QStringLiteral("Failed logins from one address in an hour that lock that address "
                        "for an hour (default 300)."),
         QStringLiteral("n")},
        {QStringLiteral("token-lifetime-seconds"),
         QStringLiteral("Lifetime of an access token; the session goes on through refresh "
                        "(default 900)."),
         QStringLiteral("seconds")},
        {QStringLiteral("max-body-bytes"),
         QStringLiteral("Largest accepted request body; larger gets 413 (default 65536)."),
         QStringLiteral("bytes")},
        {QStringLiteral("max-connections"),
         QStringLiteral("Connections open at once; more are closed unread (default 2048)."),
         QStringLiteral("n")},
        {QStringLiteral("max-connections-per-address"),
         QStringLiteral("Connections open at once from one address (default 128)."),
         QStringLiteral("n")},
        {QStringLiteral("request-timeout-ms"),
         QStringLiteral("Time for a whole request, first byte to last, and for the TLS "
                        "handshake (default 10000)."),
         QStringLiteral("ms")},
        {QStringLiteral("idle-timeout-ms"),
         QStringLiteral("How long a kept-alive connection may wait for its next request "
                        "(default 20000)."),
         QStringLiteral("ms")},
        {QStringLiteral("max-open-absences"),
         QStringLiteral("Absence reports of one client waiting for staff at a time; more get "
                        "422 limit-reached (default 50)."),
         QStringLiteral("n")},
        {QStringLiteral("trusted-proxy"),
         QStringLiteral("A front proxy (address or network, e.g. 127.0.0.1 or 10.0.0.0/8) whose "
                        "X-Forwarded-For names the client; repeat or separate with commas. "
                        "Without it the header is ignored."),
         QStringLiteral("address")},
        {QStringLiteral("busy-wait-ms"),
         QStringLiteral("How long a login waits for a password-hashing slot before 503 busy "
                        "(default 2000)."),
         QStringLiteral("ms")},
    });
    parser.addOptions(oidcOptions());
    if (!parser.parse(arguments)) {
        *errorMessage = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *errorMessage = QStringLiteral("Unexpected argument: %1")
                            .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ServerConfig config;
    config.dataDir = parser.isSet(QStringLiteral("data-dir"))
                         ? parser.value(QStringLiteral("data-dir"))
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(QStringLiteral("host")))
        config.host = parser.value(QStringLiteral("host"));
    config.certFile = parser.value(QStringLiteral("cert"));
    config.keyFile = parser.value(QStringLiteral("key"));
    if (config.certFile.isEmpty() != config.keyFile.isEmpty()) {
        *errorMessage = QStringLiteral("--cert and --key must be given together");
        return std::nullopt;
    }
    config.demo = parser.isSet(QStringLiteral("demo"));
    auto proxies =
        TrustedProxies::parse(parser.values(QStringLiteral("trusted-proxy")), errorMessage);
    if (!proxies)
        return std::nullopt;
    config.trustedProxies = std::move(*proxies);

    qint64 port = config.port;
    qint64 threshold = config.lockoutThreshold;
    qint64 minutes = config.lockoutMinutes;
    qint64 busyWait = config.busyWaitMs;
    qint64 hourly = config.hourlyFailureLimit;
    qint64 perAddress = config.addressFailureLimit;
    qint64 maxBody = config.http.maxBodyBytes;
    qint64 openAbsences = config.maxOpenAbsences;
    if (!readNumber(parser, QStringLiteral("port"), 0, &port, errorMessage) ||
        !readNumber(parser, QStringLiteral("lockout-threshold"), 1, &threshold, errorMessage) ||
        !readNumber(parser, QStringLiteral("lockout-minutes"), 1, &minutes, errorMessage) ||
        !readNumber(parser, QStringLiteral("hourly-failure-limit"), 1, &hourly, errorMessage) ||
        !readNumber(parser, QStringLiteral("address-failure-limit"), 1, &perAddress,
                    errorMessage) ||
        !readNumber(parser, QStringLiteral("token-lifetime-seconds"), 1,
                    &config.tokenLifetimeSeconds, errorMessage) ||
        !readNumber(parser, QStringLiteral("max-body-bytes"), 1024, &maxBody, errorMessage) ||
        !readNumber(parser, QStringLiteral("max-open-absences"), 1, &openAbsences, errorMessage) ||
        !readHttpLimits(parser, &config.http, errorMessage) ||
        !readNumber(parser, QStringLiteral("busy-wait-ms"), 0, &busyWait, errorMessage) ||
        !readOidc(parser, &config, errorMessage))
        return std::nullopt;
    if (port > 65535 || threshold > 1000 || minutes > 7LL * 24 * 60 || busyWait > 60000 ||
        hourly > 100 || perAddress > 100000) {
        *errorMessage = QStringLiteral("--port, --lockout-threshold, --lockout-minutes, "
                                       "--hourly-failure-limit, --address-failure-limit or "
                                       "--busy-wait-ms out of range");
        return std::nullopt;
    }
    config.port = static_cast<int>(port);
    config.lockoutThreshold = static_cast<int>(threshold);
    config.lockoutMinutes = static_cast<int>(minutes);
    config.hourlyFailureLimit = static_cast<int>(hourly);
    config.addressFailureLimit = static_cast<int>(perAddress);
    config.busyWaitMs = static_cast<int>(busyWait);
    config.http.maxBodyBytes = maxBody;
    config.maxOpenAbsences = static_cast<int>(std::min<qint64>(openAbsences, 100000));
    return config;
}

} // namespace careportal::server
