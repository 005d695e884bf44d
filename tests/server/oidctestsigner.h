// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <cjose/jwk.h>

namespace careportal::test {

/// A provider's signing key made in the test with cjose (RSA 2048 or EC P-256), to sign ID
/// tokens the server must accept or refuse, and to publish in a JWKS.
class OidcTestSigner {
public:
    enum class Kind { Rsa, Ec };

    OidcTestSigner(Kind kind, const QString &kid);
    ~OidcTestSigner();
    OidcTestSigner(const OidcTestSigner &) = delete;
    OidcTestSigner &operator=(const OidcTestSigner &) = delete;

    [[nodiscard]] QString kid() const { return m_kid; }
    /// The public JWK as a provider's JWKS lists it (with kid and use "sig").
    [[nodiscard]] QJsonObject publicJwk() const;
    /// A compact JWS of `claims` with `alg` (RS256 or PS256 for RSA, ES256 for EC) and this
    /// key's kid (or `kid` when given; an empty header kid when kid is "-").
    [[nodiscard]] QString sign(const QJsonObject &claims, const QString &alg,
                               const QString &kid = {}) const;
    /// HS256 with this key's public JWK as the secret (the key-confusion attack).
    [[nodiscard]] QString signHs256(const QJsonObject &claims) const;
    /// alg "none": no signature at all.
    [[nodiscard]] static QString unsigned_(const QJsonObject &claims, const QString &kid);

    /// {"keys": [...]} of the given public keys.
    [[nodiscard]] static QByteArray jwks(const QList<const OidcTestSigner *> &signers);

private:
    QString m_kid;
    cjose_jwk_t *m_jwk = nullptr;
};

} // namespace careportal::test
