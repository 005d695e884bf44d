// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providerkeysource.h"

#include "logging/logcategories.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <utility>

namespace careportal::server {

ProviderKeySource::ProviderKeySource(QString issuer, HttpsFetcher fetcher)
    : m_issuer(std::move(issuer))
    , m_fetcher(std::move(fetcher)) {}

std::optional<QByteArray> ProviderKeySource::fetchKeys() {
    QString error;
    if (m_jwksUri.isEmpty()) {
        QString base = m_issuer;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        const auto discovery =
            m_fetcher.get(QUrl(base + QStringLiteral("/.well-known/openid-configuration")), &error);
        if (!discovery) {
            qCWarning(lcAuth).noquote() << "OIDC discovery at" << m_issuer << "failed:" << error;
            return std::nullopt;
        }
        const QJsonObject document = QJsonDocument::fromJson(*discovery).object();
        const QUrl jwksUri(document.value(QLatin1String("jwks_uri")).toString());
        // OpenID Connect Discovery 1.0, 4.3: the document must name the issuer we asked.
        if (document.value(QLatin1String("issuer")).toString() != m_issuer ||
            jwksUri.scheme() != QLatin1String("https")) {
            qCWarning(lcAuth).noquote()
                << "OIDC discovery at" << m_issuer
                << "names another issuer or no https jwks_uri; keys not fetched";
            return std::nullopt;
        }
        m_jwksUri = jwksUri;
    }
    auto keys = m_fetcher.get(m_jwksUri, &error);
    if (!keys) {
        qCWarning(lcAuth).noquote()
            << "OIDC keys from" << m_jwksUri.toString() << "not fetched:" << error;
        m_jwksUri.clear(); // the provider may have moved them: ask discovery again next time
    }
    return keys;
}

} // namespace careportal::server
