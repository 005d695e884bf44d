// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "jwkscache.h"

#include "logging/logcategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <utility>

namespace careportal::server {

namespace {

// Keys for signatures only: RSA and EC public keys whose "use" (when given) is "sig".
bool isSigningKey(const QJsonObject &key) {
    const QString kty = key.value(QLatin1String("kty")).toString();
    const QString use = key.value(QLatin1String("use")).toString(QStringLiteral("sig"));
    return (kty == QLatin1String("RSA") || kty == QLatin1String("EC")) &&
           use == QLatin1String("sig") && !key.contains(QLatin1String("d"));
}

} // namespace

JwksCache::JwksCache(Fetcher fetcher, Clock clock)
    : m_fetcher(std::move(fetcher))
    , m_clock(std::move(clock)) {}

bool JwksCache::refetchAllowed(std::chrono::steady_clock::time_point now) const {
    return !m_lastAttempt || now - *m_lastAttempt >= kRefetchInterval;
}

bool JwksCache::refetch(std::chrono::steady_clock::time_point now) {
    m_lastAttempt = now;
    ++m_fetches;
    const auto document = m_fetcher();
    if (!document)
        return false;
    const QJsonValue keys =
        QJsonDocument::fromJson(*document).object().value(QLatin1String("keys"));
    if (!keys.isArray()) {
        qCWarning(lcAuth) << "The provider's JWKS holds no \"keys\" array; old keys kept";
        return false;
    }
    QHash<QString, QJsonObject> byId;
    QList<QJsonObject> withoutId;
    for (const auto &value : keys.toArray()) {
        const QJsonObject key = value.toObject();
        if (!isSigningKey(key))
            continue;
        const QString kid = key.value(QLatin1String("kid")).toString();
        if (kid.isEmpty())
            withoutId.append(key);
        else
            byId.insert(kid, key);
    }
    m_keys = std::move(byId);
    m_withoutId = std::move(withoutId);
    m_lastSuccess = now;
    qCInfo(lcAuth) << "OIDC signing keys fetched:" << m_keys.size() + m_withoutId.size();
    return true;
}

std::optional<QJsonObject> JwksCache::find(const QString &kid) const {
    if (!kid.isEmpty()) {
        const auto found = m_keys.constFind(kid);
        return found == m_keys.cend() ? std::nullopt : std::optional(*found);
    }
    // Without a key id only an unambiguous set will do (RFC 7515 4.1.4 makes kid optional).
    if (m_keys.size() + m_withoutId.size() != 1)
        return std::nullopt;
    return m_withoutId.isEmpty() ? *m_keys.cbegin() : m_withoutId.first();
}

JwksCache::Lookup JwksCache::key(const QString &kid) {
    const std::lock_guard lock(m_mutex);
    const auto now = m_clock();
    const bool stale = !m_lastSuccess || now - *m_lastSuccess >= kMaxAge;
    if (stale && refetchAllowed(now))
        refetch(now);
    if (!m_lastSuccess)
        return {Lookup::Result::Unavailable, {}};
    if (auto found = find(kid))
        return {Lookup::Result::Found, *std::move(found)};
    // Perhaps a key the provider rotated in since the last fetch.
    if (!refetchAllowed(now))
        return {Lookup::Result::UnknownKey, {}};
    if (!refetch(now))
        return {Lookup::Result::Unavailable, {}};
    if (auto found = find(kid))
        return {Lookup::Result::Found, *std::move(found)};
    return {Lookup::Result::UnknownKey, {}};
}

int JwksCache::fetchCount() const {
    const std::lock_guard lock(m_mutex);
    return m_fetches;
}

} // namespace careportal::server
