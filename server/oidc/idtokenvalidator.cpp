// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "idtokenvalidator.h"

#include "jwkscache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cjose/jwk.h>
#include <cjose/jws.h>
#include <memory>
#include <utility>

namespace careportal::server {

namespace {

// Far above any provider's ID token, far below the HTTP layer's body limit.
constexpr qsizetype kMaxTokenLength = 16LL * 1024;

struct JwkRelease {
    void operator()(cjose_jwk_t *jwk) const { cjose_jwk_release(jwk); }
};
struct JwsRelease {
    void operator()(cjose_jws_t *jws) const { cjose_jws_release(jws); }
};

IdTokenValidator::Result refused(OidcRefusal refusal, const QString &detail) {
    return {refusal, {}, {}, detail};
}

std::optional<QJsonObject> decodePart(const QString &part) {
    const auto bytes = QByteArray::fromBase64Encoding(
        part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

// Does the key fit the algorithm? An RSA key for RS256/PS256, a P-256 key for ES256, and
// a key that names its algorithm must name this one.
bool keyFits(const QJsonObject &key, const QString &alg) {
    const QString keyAlg = key.value(QLatin1String("alg")).toString();
    if (!keyAlg.isEmpty() && keyAlg != alg)
        return false;
    const QString kty = key.value(QLatin1String("kty")).toString();
    if (alg == QLatin1String("ES256"))
        return kty == QLatin1String("EC") &&
               key.value(QLatin1String("crv")).toString() == QLatin1String("P-256");
    return kty == QLatin1String("RSA");
}

bool verifySignature(const QString &token, const QJsonObject &key, QString *detail) {
    const QByteArray json = QJsonDocument(key).toJson(QJsonDocument::Compact);
    const QByteArray compact = token.toLatin1();
    cjose_err error{};
    const std::unique_ptr<cjose_jwk_t, JwkRelease> jwk(
        cjose_jwk_import(json.constData(), static_cast<size_t>(json.size()), &error));
    if (!jwk) {
        *detail = QStringLiteral("the provider's key does not import: %1")
                      .arg(QString::fromUtf8(error.message));
        return false;
    }
    const std::unique_ptr<cjose_jws_t, JwsRelease> jws(
        cjose_jws_import(compact.constData(), static_cast<size_t>(compact.size()), &error));
    if (!jws) {
        *detail = QStringLiteral("cjose: %1").arg(QString::fromUtf8(error.message));
        return false;
    }
    if (!cjose_jws_verify(jws.get(), jwk.get(), &error)) {
        *detail = QStringLiteral("cjose: %1").arg(QString::fromUtf8(error.message));
        return false;
    }
    return true;
}

bool audienceHolds(const QJsonObject &claims, const QString &clientId) {
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    QStringList audiences;
    if (aud.isString())
        audiences.append(aud.toString());
    for (const auto &value : aud.toArray())
        audiences.append(value.toString());
    if (!audiences.contains(clientId))
        return false;
    // With several audiences the token must have been issued to us (Core 3.1.3.7 items 4, 5).
    const QJsonValue azp = claims.value(QLatin1String("azp"));
    if (audiences.size() > 1 || !azp.isUndefined())
        return azp.toString() == clientId;
    return true;
}

} // namespace

IdTokenValidator::IdTokenValidator(OidcSettings settings, JwksCache &keys, Clock clock)
    : m_settings(std::move(settings))
    , m_keys(keys)
    , m_clock(std::move(clock)) {}

bool IdTokenValidator::allowedAlgorithm(const QString &alg) {
    return alg == QLatin1String("RS256") || alg == QLatin1String("PS256") ||
           alg == QLatin1String("ES256");
}

IdTokenValidator::Result IdTokenValidator::validate(const QString &idToken,
                                                    const QString &nonce) const {
    static const QRegularExpression compactForm(
        QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
    if (idToken.size() > kMaxTokenLength || !compactForm.match(idToken).hasMatch())
        return refused(OidcRefusal::Malformed, QStringLiteral("not a compact JWS"));
    const QStringList parts = idToken.split(QLatin1Char('.'));
    const auto header = decodePart(parts.at(0));
    const auto claims = decodePart(parts.at(1));
    if (!header || !claims)
        return refused(OidcRefusal::Malformed, QStringLiteral("header or claims not JSON"));
    const QString alg = header->value(QLatin1String("alg")).toString();
    if (!allowedAlgorithm(alg))
        return refused(OidcRefusal::Algorithm, QStringLiteral("alg \"%1\"").arg(alg.left(20)));
    if (parts.at(2).isEmpty())
        return refused(OidcRefusal::Malformed, QStringLiteral("no signature"));

    const QString kid = header->value(QLatin1String("kid")).toString();
    const JwksCache::Lookup lookup = m_keys.key(kid);
    if (lookup.result == JwksCache::Lookup::Result::Unavailable)
        return refused(OidcRefusal::Unavailable, QStringLiteral("no keys from the provider"));
    if (lookup.result == JwksCache::Lookup::Result::UnknownKey)
        return refused(OidcRefusal::UnknownKey, QStringLiteral("kid \"%1\"").arg(kid.left(80)));
    QString detail;
    if (!keyFits(lookup.key, alg))
        return refused(OidcRefusal::Signature,
                       QStringLiteral("key \"%1\" is not a key for %2").arg(kid.left(80), alg));
    if (!verifySignature(idToken, lookup.key, &detail))
        return refused(OidcRefusal::Signature, detail);
    return checkClaims(*claims, nonce);
}

IdTokenValidator::Result IdTokenValidator::checkClaims(const QJsonObject &claims,
                                                       const QString &nonce) const {
    const QJsonValue sub = claims.value(QLatin1String("sub"));
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    const QJsonValue iat = claims.value(QLatin1String("iat"));
    if (!sub.isString() || sub.toString().isEmpty() || !exp.isDouble() || !iat.isDouble())
        return refused(OidcRefusal::Malformed, QStringLiteral("sub, exp or iat missing"));
    if (claims.value(QLatin1String("iss")).toString() != m_settings.issuer)
        return refused(OidcRefusal::Issuer,
                       claims.value(QLatin1String("iss")).toString().left(200));
    if (!audienceHolds(claims, m_settings.clientId))
        return refused(OidcRefusal::Audience, QStringLiteral("aud/azp is not our client id"));
    const qint64 now = m_clock().toSecsSinceEpoch();
    const qint64 skew = m_settings.clockSkewSeconds;
    const auto expiresAt = static_cast<qint64>(exp.toDouble());
    if (expiresAt <= now - skew)
        return refused(OidcRefusal::Expired,
                       QStringLiteral("exp %1, now %2").arg(expiresAt).arg(now));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (static_cast<qint64>(iat.toDouble()) > now + skew ||
        (nbf.isDouble() && static_cast<qint64>(nbf.toDouble()) > now + skew))
        return refused(OidcRefusal::NotYetValid, QStringLiteral("iat/nbf after now %1").arg(now));
    if (nonce.isEmpty() || claims.value(QLatin1String("nonce")).toString() != nonce)
        return refused(OidcRefusal::Nonce, QStringLiteral("nonce differs"));
    if (!m_settings.acr.isEmpty() &&
        claims.value(QLatin1String("acr")).toString() != m_settings.acr)
        return refused(OidcRefusal::Acr,
                       QStringLiteral("acr \"%1\"")
                           .arg(claims.value(QLatin1String("acr")).toString().left(200)));
    return {OidcRefusal::None, claims, QDateTime::fromSecsSinceEpoch(expiresAt, Qt::UTC), {}};
}

} // namespace careportal::server
