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

bool JwksCache::install(const std::optional<QByteArray> &document,
                        std::chrono::steady_clock::time_point now) {
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
    using Result = Lookup::Result;
    const auto now = m_clock();
    std::optional<QJsonObject> held;
    {
        const std::lock_guard lock(m_mutex);
        held = m_lastSuccess ? find(kid) : std::nullopt;
        const bool stale = !m_lastSuccess || now - *m_lastSuccess >= kMaxAge;
        if (held && !stale)
            return {Result::Found, *held};
        // Someone is fetching right now: never wait for it (it may take the whole deadline
        // and every handler thread would wait along); a key not held is "try again".
        if (m_fetching)
            return held ? Lookup{Result::Found, *held} : Lookup{Result::Unavailable, {}};
        if (!refetchAllowed(now)) {
            if (held)
                return {Result::Found, *held};
            return {m_lastSuccess ? Result::UnknownKey : Result::Unavailable, {}};
        }
        m_fetching = true;
        m_lastAttempt = now;
        ++m_fetches;
    }
    // The fetch runs outside the lock, so lookups of held keys go on meanwhile.
    const std::optional<QByteArray> document = m_fetcher();
    const std::lock_guard lock(m_mutex);
    m_fetching = false;
    const bool fetched = install(document, now);
    if (auto found = find(kid))
        return {Result::Found, *std::move(found)};
    return {fetched ? Result::UnknownKey : Result::Unavailable, {}};
}

int JwksCache::fetchCount() const {
    const std::lock_guard lock(m_mutex);
    return m_fetches;
}

} // namespace careportal::server
