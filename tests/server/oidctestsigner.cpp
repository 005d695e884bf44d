// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidctestsigner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cjose/header.h>
#include <cjose/jwk.h>
#include <cjose/jws.h>
#include <cstdlib>

namespace careportal::test {

namespace {

QString part(const QJsonObject &object) {
    return QString::fromLatin1(
        QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString signWith(const cjose_jwk_t *jwk, const QJsonObject &claims, const QString &alg,
                 const QString &kid) {
    cjose_err error{};
    cjose_header_t *header = cjose_header_new(&error);
    cjose_header_set(header, CJOSE_HDR_ALG, alg.toLatin1().constData(), &error);
    if (kid != QLatin1String("-"))
        cjose_header_set(header, CJOSE_HDR_KID, kid.toLatin1().constData(), &error);
    cjose_header_set(header, "typ", "JWT", &error);
    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    cjose_jws_t *jws =
        cjose_jws_sign(jwk, header, reinterpret_cast<const uint8_t *>(payload.data()),
                       static_cast<size_t>(payload.size()), &error);
    QString compact;
    const char *serialised = nullptr;
    if (jws && cjose_jws_export(jws, &serialised, &error))
        compact = QString::fromLatin1(serialised);
    else
        qWarning("cjose could not sign: %s", error.message);
    cjose_jws_release(jws);
    cjose_header_release(header);
    return compact;
}

} // namespace

OidcTestSigner::OidcTestSigner(Kind kind, const QString &kid)
    : m_kid(kid) {
    cjose_err error{};
    static const uint8_t exponent[] = {0x01, 0x00, 0x01};
    m_jwk = kind == Kind::Rsa ? cjose_jwk_create_RSA_random(2048, exponent, 3, &error)
                              : cjose_jwk_create_EC_random(CJOSE_JWK_EC_P_256, &error);
    if (!m_jwk)
        qFatal("cjose could not make a key: %s", error.message);
    const QByteArray id = kid.toLatin1();
    cjose_jwk_set_kid(m_jwk, id.constData(), static_cast<size_t>(id.size()), &error);
}

OidcTestSigner::~OidcTestSigner() {
    cjose_jwk_release(m_jwk);
}

QJsonObject OidcTestSigner::publicJwk() const {
    cjose_err error{};
    char *json = cjose_jwk_to_json(m_jwk, false, &error);
    QJsonObject key = QJsonDocument::fromJson(QByteArray(json)).object();
    std::free(json); // NOLINT(cppcoreguidelines-no-malloc): cjose's allocation
    key.insert(QStringLiteral("use"), QStringLiteral("sig"));
    key.insert(QStringLiteral("kid"), m_kid);
    return key;
}

QString OidcTestSigner::sign(const QJsonObject &claims, const QString &alg,
                             const QString &kid) const {
    return signWith(m_jwk, claims, alg, kid.isEmpty() ? m_kid : kid);
}

QString OidcTestSigner::signHs256(const QJsonObject &claims) const {
    const QByteArray secret = QJsonDocument(publicJwk()).toJson(QJsonDocument::Compact);
    cjose_err error{};
    cjose_jwk_t *oct = cjose_jwk_create_oct_spec(reinterpret_cast<const uint8_t *>(secret.data()),
                                                 static_cast<size_t>(secret.size()), &error);
    QString token = signWith(oct, claims, QStringLiteral("HS256"), m_kid);
    cjose_jwk_release(oct);
    return token;
}

QString OidcTestSigner::unsigned_(const QJsonObject &claims, const QString &kid) {
    return part({{QStringLiteral("alg"), QStringLiteral("none")}, {QStringLiteral("kid"), kid}}) +
           QLatin1Char('.') + part(claims) + QLatin1Char('.');
}

QByteArray OidcTestSigner::jwks(const QList<const OidcTestSigner *> &signers) {
    QJsonArray keys;
    for (const OidcTestSigner *signer : signers)
        keys.append(signer->publicJwk());
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}).toJson();
}

} // namespace careportal::test
