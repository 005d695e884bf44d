// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisations/organisationbranding.h"

#include "backend/carebackend.h"
#include "storage/cachedatabase.h"
#include "util/futureresult.h"

#include <QJsonDocument>

namespace careportal {

namespace {
const QString cacheKey = QStringLiteral("organisation");
}

OrganisationBranding::OrganisationBranding(const QString &profileName, CareBackend *backend,
                                           CacheDatabase *cache, QObject *parent)
    : QObject(parent)
    , m_profileName(profileName)
    , m_backend(backend)
    , m_cache(cache) {}

void OrganisationBranding::showCached() {
    const QJsonObject cached = QJsonDocument::fromJson(m_cache->value(cacheKey)).object();
    if (!cached.isEmpty())
        show(Organisation::fromJson(cached));
}

void OrganisationBranding::refresh() {
    onResult(m_backend->organisation(), this, [this](const Result<Organisation> &result) {
        if (!result.ok())
            return; // the cached or default organisation stays
        m_cache->storeValue(cacheKey, QJsonDocument(result.value().toJson()).toJson());
        show(result.value());
    });
}

void OrganisationBranding::show(const Organisation &organisation) {
    m_organisation = organisation;
    Q_EMIT changed();
}

QString OrganisationBranding::name() const {
    return m_organisation.name.isEmpty() ? m_profileName : m_organisation.name;
}

QUrl OrganisationBranding::logoUrl() const {
    if (m_organisation.logoSvg.isEmpty())
        return {};
    return QUrl(QStringLiteral("data:image/svg+xml;base64,") +
                QString::fromLatin1(m_organisation.logoSvg.toBase64()));
}

bool OrganisationBranding::hasFeature(const QString &feature) const {
    return m_organisation.features.contains(feature);
}

} // namespace careportal
