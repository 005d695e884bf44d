// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace careportal::server {

/// The provider's signing keys (its JWKS), fetched when first needed and kept. Key rotation:
/// a token signed with a key id not in the cache fetches the set again, at most once per
/// kRefetchInterval, so a flood of made-up key ids cannot make the server hammer the
/// provider; the set is also fetched again when it is older than kMaxAge, so a key the
/// provider dropped stops being trusted. When a fetch fails, the keys held stay in use.
/// Thread-safe: one fetch at a time, outside the lock; lookups meanwhile answer from the
/// keys held (a key not held is Unavailable: try again) and never wait for the fetch.
class JwksCache {
public:
    /// The JWKS document, or nullopt when the provider cannot be reached.
    using Fetcher = std::function<std::optional<QByteArray>()>;
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    static constexpr std::chrono::seconds kRefetchInterval{10};
    static constexpr std::chrono::seconds kMaxAge{3600};

    struct Lookup {
        enum class Result { Found, UnknownKey, Unavailable };
        Result result = Result::Unavailable;
        QJsonObject key; ///< the JWK when Found
    };

    explicit JwksCache(
        Fetcher fetcher, Clock clock = [] { return std::chrono::steady_clock::now(); });

    /// The signing key with id `kid`; an empty kid finds the set's only signing key.
    [[nodiscard]] Lookup key(const QString &kid);
    /// How often the fetcher was called (for the tests of the rotation rules).
    [[nodiscard]] int fetchCount() const;

private:
    [[nodiscard]] bool refetchAllowed(std::chrono::steady_clock::time_point now) const;
    /// Replaces the set with the fetched one; false when there is none (the old set stays).
    bool install(const std::optional<QByteArray> &document,
                 std::chrono::steady_clock::time_point now);
    [[nodiscard]] std::optional<QJsonObject> find(const QString &kid) const;

    Fetcher m_fetcher;
    Clock m_clock;
    mutable std::mutex m_mutex;
    QHash<QString, QJsonObject> m_keys;
    QList<QJsonObject> m_withoutId;
    std::optional<std::chrono::steady_clock::time_point> m_lastAttempt;
    std::optional<std::chrono::steady_clock::time_point> m_lastSuccess;
    int m_fetches = 0;
    bool m_fetching = false;
};

} // namespace careportal::server
