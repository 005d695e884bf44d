// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/providermetadata.h"

#include <QJsonArray>

namespace careportal {

namespace {
bool isHttps(const QUrl &url) {
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

QString withoutTrailingSlash(const QUrl &url) {
    QString text = url.toString();
    while (text.endsWith(QLatin1Char('/')))
        text.chop(1);
    return text;
}

QUrl urlAt(const QJsonObject &json, const char *name) {
    return QUrl(json.value(QLatin1String(name)).toString());
}
} // namespace

QUrl ProviderMetadata::discoveryUrl(const QUrl &issuer) {
    return QUrl(withoutTrailingSlash(issuer) + QStringLiteral("/.well-known/openid-configuration"));
}

ProviderMetadata ProviderMetadata::fromJson(const QJsonObject &json, const QUrl &expectedIssuer,
                                            QString *problem) {
    ProviderMetadata metadata;
    metadata.issuer = urlAt(json, "issuer");
    metadata.authorizationEndpoint = urlAt(json, "authorization_endpoint");
    metadata.tokenEndpoint = urlAt(json, "token_endpoint");
    metadata.revocationEndpoint = urlAt(json, "revocation_endpoint");
    metadata.endSessionEndpoint = urlAt(json, "end_session_endpoint");
    problem->clear();
    // A document naming another issuer could be an attacker's: its tokens would not be
    // the organisation's provider's (Discovery 4.3).
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(expectedIssuer))
        *problem =
            QStringLiteral("the document names another issuer: ") + metadata.issuer.toString();
    else if (!isHttps(metadata.authorizationEndpoint) || !isHttps(metadata.tokenEndpoint))
        *problem = QStringLiteral("no https authorization or token endpoint");
    const QJsonValue methods = json.value(QLatin1String("code_challenge_methods_supported"));
    if (problem->isEmpty() && methods.isArray() &&
        !methods.toArray().contains(QJsonValue(QStringLiteral("S256"))))
        *problem = QStringLiteral("PKCE S256 is not supported");
    // Optional endpoints only count when they are https too.
    if (!isHttps(metadata.revocationEndpoint))
        metadata.revocationEndpoint.clear();
    if (!isHttps(metadata.endSessionEndpoint))
        metadata.endSessionEndpoint.clear();
    return metadata;
}

} // namespace careportal
