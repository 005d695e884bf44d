// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidcruntime.h"

#include "api/oidcapi.h"
#include "oidc/idtokenvalidator.h"
#include "oidc/jwkscache.h"
#include "oidc/providerkeysource.h"
#include "storage/oidclinkstore.h"
#include "storage/oidcreplaystore.h"

#include <QFile>
#include <utility>

namespace careportal::server {

namespace {

std::optional<QByteArray> readKeyFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(512LL * 1024);
}

} // namespace

OidcRuntime::OidcRuntime(OidcSettings settings, Database &database, AccountStore &accounts,
                         AuthApi &auth)
    : m_settings(std::move(settings))
    , m_links(std::make_unique<OidcLinkStore>(database))
    , m_replays(std::make_unique<OidcReplayStore>(database)) {
    if (m_settings.enabled()) {
        JwksCache::Fetcher fetcher;
        if (!m_settings.jwksFile.isEmpty()) {
            fetcher = [path = m_settings.jwksFile] {
                return readKeyFile(path);
            };
        } else {
            HttpsFetcher::Settings fetch; // the default deadline and size limit
            fetch.caFile = m_settings.caFile;
            m_source = std::make_unique<ProviderKeySource>(m_settings.issuer,
                                                           HttpsFetcher(std::move(fetch)));
            fetcher = [source = m_source.get()] {
                return source->fetchKeys();
            };
        }
        m_keys = std::make_unique<JwksCache>(std::move(fetcher));
        m_validator = std::make_unique<IdTokenValidator>(m_settings, *m_keys);
    }
    m_api = std::make_unique<OidcApi>(
        m_settings, OidcApi::Parts{m_validator.get(), *m_replays, *m_links, accounts, auth});
}

OidcRuntime::~OidcRuntime() = default;

bool OidcRuntime::start(QString *errorMessage) {
    if (!m_settings.enabled())
        return true;
    for (const QString &file : {m_settings.caFile, m_settings.jwksFile}) {
        if (!file.isEmpty() && !QFile::exists(file)) {
            *errorMessage = QStringLiteral("%1 does not exist").arg(file);
            return false;
        }
    }
    if (!m_links->setCurrentIssuer(m_settings.issuer)) {
        *errorMessage = QStringLiteral("Could not note the OpenID Connect issuer");
        return false;
    }
    return true;
}

void OidcRuntime::registerRoutes(HttpServer &server) {
    m_api->registerRoutes(server);
}

} // namespace careportal::server
