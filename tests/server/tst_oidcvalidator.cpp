// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/idtokenvalidator.h"
#include "oidc/jwkscache.h"
#include "oidctestsigner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <atomic>
#include <future>
#include <thread>

using careportal::server::IdTokenValidator;
using careportal::server::JwksCache;
using careportal::server::OidcRefusal;
using careportal::server::OidcSettings;
using careportal::server::refusalName;
using careportal::test::OidcTestSigner;

namespace {

const QString kIssuer = QStringLiteral("https://idp.example.test");
const QString kClient = QStringLiteral("careportal-app");
const QString kNonce = QStringLiteral("n-0S6_WzA2Mj");
const QString kSubstantial = QStringLiteral("http://eidas.europa.eu/LoA/substantial");
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

QJsonObject goodClaims() {
    const qint64 now = kNow.toSecsSinceEpoch();
    return {{QStringLiteral("iss"), kIssuer},     {QStringLiteral("sub"), QStringLiteral("u-1")},
            {QStringLiteral("aud"), kClient},     {QStringLiteral("exp"), now + 600},
            {QStringLiteral("iat"), now},         {QStringLiteral("nonce"), kNonce},
            {QStringLiteral("acr"), kSubstantial}};
}

QJsonObject with(QJsonObject claims, const QString &name, const QJsonValue &value) {
    if (value.isUndefined())
        claims.remove(name);
    else
        claims.insert(name, value);
    return claims;
}

} // namespace

/// The ID token check, every refusal reason in its order, with keys made here by cjose; and
/// the JWKS cache's key rotation rules with an injected fetcher and clock.
class TestOidcValidator : public QObject {
    Q_OBJECT

private:
    OidcTestSigner m_rsa{OidcTestSigner::Kind::Rsa, QStringLiteral("rsa-1")};
    OidcTestSigner m_ec{OidcTestSigner::Kind::Ec, QStringLiteral("ec-1")};
    OidcTestSigner m_stranger{OidcTestSigner::Kind::Rsa, QStringLiteral("rsa-1")};
    QByteArray m_jwks;
    bool m_reachable = true;
    std::unique_ptr<JwksCache> m_cache;
    std::unique_ptr<IdTokenValidator> m_validator;

    [[nodiscard]] OidcSettings settings() const {
        OidcSettings settings;
        settings.issuer = kIssuer;
        settings.clientId = kClient;
        settings.acr = kSubstantial;
        return settings;
    }

    QString refusal(const QString &token, const QString &nonce = kNonce) {
        return refusalName(m_validator->validate(token, nonce).refusal);
    }

private Q_SLOTS:
    void init() {
        m_jwks = OidcTestSigner::jwks({&m_rsa, &m_ec});
        m_reachable = true;
        m_cache = std::make_unique<JwksCache>([this]() -> std::optional<QByteArray> {
            if (!m_reachable)
                return std::nullopt;
            return m_jwks;
        });
        m_validator = std::make_unique<IdTokenValidator>(settings(), *m_cache, [] { return kNow; });
    }

    void acceptsRs256Ps256AndEs256() {
        for (const QString &alg : {QStringLiteral("RS256"), QStringLiteral("PS256")}) {
            const auto result = m_validator->validate(m_rsa.sign(goodClaims(), alg), kNonce);
            QCOMPARE(refusalName(result.refusal), QString());
            QCOMPARE(result.claims.value(QLatin1String("sub")).toString(), QStringLiteral("u-1"));
            QCOMPARE(result.expiresAt, kNow.addSecs(600));
        }
        QCOMPARE(refusal(m_ec.sign(goodClaims(), QStringLiteral("ES256"))), QString());
        // Several audiences are fine when the token was issued to us (azp).
        QJsonObject several =
            with(goodClaims(), QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("api")});
        several.insert(QStringLiteral("azp"), kClient);
        QCOMPARE(refusal(m_rsa.sign(several, QStringLiteral("RS256"))), QString());
        // Within the clock skew (60 s) an expiry just passed and an iat just ahead still do.
        QJsonObject skewed =
            with(goodClaims(), QStringLiteral("exp"), kNow.toSecsSinceEpoch() - 30);
        skewed.insert(QStringLiteral("iat"), kNow.toSecsSinceEpoch() + 30);
        QCOMPARE(refusal(m_rsa.sign(skewed, QStringLiteral("RS256"))), QString());
    }

    void refusesMalformedTokens() {
        QCOMPARE(refusal(QString()), QStringLiteral("malformed"));
        QCOMPARE(refusal(QStringLiteral("abc")), QStringLiteral("malformed"));
        QCOMPARE(refusal(QStringLiteral("a.b")), QStringLiteral("malformed"));
        QCOMPARE(refusal(QStringLiteral("a.b.c.d")), QStringLiteral("malformed"));
        QCOMPARE(refusal(QStringLiteral("e30.bm9wZQ.c2ln")), QStringLiteral("malformed"));
        QCOMPARE(refusal(QString(20000, QLatin1Char('a')) + QStringLiteral(".e30.e30")),
                 QStringLiteral("malformed"));
        // Signed, but without a subject.
        QCOMPARE(refusal(m_rsa.sign(with(goodClaims(), QStringLiteral("sub"), {}),
                                    QStringLiteral("RS256"))),
                 QStringLiteral("malformed"));
    }

    void refusesOtherAlgorithms() {
        QCOMPARE(refusal(OidcTestSigner::unsigned_(goodClaims(), m_rsa.kid())),
                 QStringLiteral("algorithm"));
        QCOMPARE(refusal(m_rsa.signHs256(goodClaims())), QStringLiteral("algorithm"));
        QCOMPARE(refusal(m_rsa.sign(goodClaims(), QStringLiteral("RS512"))),
                 QStringLiteral("algorithm"));
        QCOMPARE(m_cache->fetchCount(), 0); // refused before any key was needed
    }

    void refusesUnknownKeysAndBadSignatures() {
        QCOMPARE(refusal(m_rsa.sign(goodClaims(), QStringLiteral("RS256"), QStringLiteral("x"))),
                 QStringLiteral("unknown-key"));
        // Two keys in the set: a token without kid cannot choose.
        QCOMPARE(refusal(m_rsa.sign(goodClaims(), QStringLiteral("RS256"), QStringLiteral("-"))),
                 QStringLiteral("unknown-key"));
        // Another key under the provider's key id.
        QCOMPARE(refusal(m_stranger.sign(goodClaims(), QStringLiteral("RS256"))),
                 QStringLiteral("signature"));
        // An ES256 header naming the RSA key.
        QCOMPARE(refusal(m_ec.sign(goodClaims(), QStringLiteral("ES256"), m_rsa.kid())),
                 QStringLiteral("signature"));
        // A changed claim after signing.
        const QString token = m_rsa.sign(goodClaims(), QStringLiteral("RS256"));
        QStringList parts = token.split(QLatin1Char('.'));
        QJsonObject claims = goodClaims();
        claims.insert(QStringLiteral("sub"), QStringLiteral("u-2"));
        parts[1] = QString::fromLatin1(
            QJsonDocument(claims)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        QCOMPARE(refusal(parts.join(QLatin1Char('.'))), QStringLiteral("signature"));
    }

    void refusesEachClaim_data() {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<QString>("nonce");
        QTest::addColumn<QString>("reason");
        const qint64 now = kNow.toSecsSinceEpoch();
        QTest::newRow("issuer") << with(goodClaims(), QStringLiteral("iss"),
                                        QStringLiteral("https://evil.example.test"))
                                << kNonce << QStringLiteral("issuer");
        QTest::newRow("audience") << with(goodClaims(), QStringLiteral("aud"),
                                          QStringLiteral("other-app"))
                                  << kNonce << QStringLiteral("audience");
        QTest::newRow("audience-several-no-azp")
            << with(goodClaims(), QStringLiteral("aud"), QJsonArray{kClient, QStringLiteral("x")})
            << kNonce << QStringLiteral("audience");
        QTest::newRow("azp-other")
            << with(goodClaims(), QStringLiteral("azp"), QStringLiteral("other-app")) << kNonce
            << QStringLiteral("audience");
        QTest::newRow("expired") << with(goodClaims(), QStringLiteral("exp"), now - 61) << kNonce
                                 << QStringLiteral("expired");
        QTest::newRow("not-yet-valid") << with(goodClaims(), QStringLiteral("iat"), now + 120)
                                       << kNonce << QStringLiteral("not-yet-valid");
        QTest::newRow("nbf") << with(goodClaims(), QStringLiteral("nbf"), now + 120) << kNonce
                             << QStringLiteral("not-yet-valid");
        QTest::newRow("nonce") << goodClaims() << QStringLiteral("other")
                               << QStringLiteral("nonce");
        QTest::newRow("no-nonce-sent") << goodClaims() << QString() << QStringLiteral("nonce");
        QTest::newRow("nonce-missing")
            << with(goodClaims(), QStringLiteral("nonce"), {}) << kNonce << QStringLiteral("nonce");
        QTest::newRow("acr") << with(goodClaims(), QStringLiteral("acr"),
                                     QStringLiteral("http://eidas.europa.eu/LoA/low"))
                             << kNonce << QStringLiteral("acr");
        QTest::newRow("acr-missing")
            << with(goodClaims(), QStringLiteral("acr"), {}) << kNonce << QStringLiteral("acr");
    }

    void refusesEachClaim() {
        QFETCH(QJsonObject, claims);
        QFETCH(QString, nonce);
        QFETCH(QString, reason);
        QCOMPARE(refusal(m_rsa.sign(claims, QStringLiteral("RS256")), nonce), reason);
        QCOMPARE(refusal(m_ec.sign(claims, QStringLiteral("ES256")), nonce), reason);
    }

    void anyAcrWhenNoneConfigured() {
        OidcSettings relaxed = settings();
        relaxed.acr.clear();
        const IdTokenValidator validator(relaxed, *m_cache, [] { return kNow; });
        const auto claims = with(goodClaims(), QStringLiteral("acr"), {});
        QCOMPARE(validator.validate(m_rsa.sign(claims, QStringLiteral("RS256")), kNonce).refusal,
                 OidcRefusal::None);
    }

    void providerUnreachable() {
        m_reachable = false;
        QCOMPARE(refusal(m_rsa.sign(goodClaims(), QStringLiteral("RS256"))),
                 QStringLiteral("provider-unavailable"));
    }

    // Key rotation: an unknown kid fetches the set again, at most once per 10 s.
    void cacheRotation() {
        auto now = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
        int fetches = 0;
        QByteArray served = OidcTestSigner::jwks({&m_rsa});
        bool reachable = true;
        JwksCache cache(
            [&]() -> std::optional<QByteArray> {
                ++fetches;
                return reachable ? std::optional(served) : std::nullopt;
            },
            [&] { return now; });
        using R = JwksCache::Lookup::Result;
        QCOMPARE(cache.key(m_rsa.kid()).result, R::Found);
        QCOMPARE(fetches, 1);
        QCOMPARE(cache.key(m_rsa.kid()).result, R::Found);
        QCOMPARE(cache.key(QString()).result, R::Found); // the only key: no kid needed
        QCOMPARE(fetches, 1);

        // The provider rotates to the EC key; within 10 s of the last fetch: not asked again.
        served = OidcTestSigner::jwks({&m_ec});
        now += std::chrono::seconds(5);
        QCOMPARE(cache.key(m_ec.kid()).result, R::UnknownKey);
        QCOMPARE(fetches, 1);
        now += std::chrono::seconds(5);
        const auto rotated = cache.key(m_ec.kid());
        QCOMPARE(rotated.result, R::Found);
        QCOMPARE(rotated.key.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
        QCOMPARE(fetches, 2);
        // The old key is gone with the new set.
        QCOMPARE(cache.key(m_rsa.kid()).result, R::UnknownKey);
        QCOMPARE(fetches, 2);
        // A flood of made-up key ids for 15 s costs one fetch (one per 10 s).
        for (int i = 0; i < 50; ++i) {
            now += std::chrono::milliseconds(300);
            QCOMPARE(cache.key(QStringLiteral("made-up-%1").arg(i)).result, R::UnknownKey);
        }
        QCOMPARE(fetches, 3);

        // The provider unreachable: the keys held stay in use; an unknown one is unavailable.
        reachable = false;
        now += std::chrono::seconds(11);
        QCOMPARE(cache.key(m_ec.kid()).result, R::Found);
        QCOMPARE(cache.key(QStringLiteral("new")).result, R::Unavailable);
        QCOMPARE(fetches, 4);
        // After an hour the set is fetched again even for a known key.
        reachable = true;
        served = OidcTestSigner::jwks({&m_ec, &m_rsa});
        now += JwksCache::kMaxAge;
        QCOMPARE(cache.key(m_ec.kid()).result, R::Found);
        QCOMPARE(fetches, 5);
        QCOMPARE(cache.key(QString()).result, R::UnknownKey); // two keys: kid needed
        QCOMPARE(cache.fetchCount(), fetches);
    }

    // A slow provider holds up nobody but the request that fetches.
    void cacheNeverWaitsForAFetch() {
        auto now = std::chrono::steady_clock::time_point{} + std::chrono::hours(1);
        std::atomic<bool> slow = false;
        std::atomic<bool> fetching = false;
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        QByteArray served = OidcTestSigner::jwks({&m_rsa});
        JwksCache cache(
            [&]() -> std::optional<QByteArray> {
                if (slow) {
                    fetching = true;
                    released.wait();
                }
                return served;
            },
            [&] { return now; });
        using R = JwksCache::Lookup::Result;
        QCOMPARE(cache.key(m_rsa.kid()).result, R::Found);
        now += std::chrono::seconds(11);
        served = OidcTestSigner::jwks({&m_rsa, &m_ec});
        slow = true;
        std::optional<JwksCache::Lookup> rotated;
        std::thread fetcher([&] { rotated = cache.key(m_ec.kid()); });
        QTRY_VERIFY(fetching.load());
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(cache.key(m_rsa.kid()).result, R::Found);
        QCOMPARE(cache.key(m_ec.kid()).result, R::Unavailable); // try again
        QVERIFY(timer.elapsed() < 1000);
        release.set_value();
        fetcher.join();
        QVERIFY(rotated);
        QCOMPARE(rotated->result, R::Found);
        QCOMPARE(cache.key(m_ec.kid()).result, R::Found);
    }

    void cacheIgnoresKeysNotForSignatures() {
        QJsonObject encryption = m_rsa.publicJwk();
        encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        encryption.insert(QStringLiteral("kid"), QStringLiteral("enc-1"));
        const QByteArray set =
            QJsonDocument(QJsonObject{{QStringLiteral("keys"), QJsonArray{encryption}}}).toJson();
        JwksCache cache([&]() -> std::optional<QByteArray> { return set; });
        QCOMPARE(cache.key(QStringLiteral("enc-1")).result, JwksCache::Lookup::Result::UnknownKey);
        JwksCache broken([]() -> std::optional<QByteArray> { return QByteArray("not json"); });
        QCOMPARE(broken.key(QStringLiteral("x")).result, JwksCache::Lookup::Result::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestOidcValidator)
#include "tst_oidcvalidator.moc"
