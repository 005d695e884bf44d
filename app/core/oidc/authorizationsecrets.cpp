// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/authorizationsecrets.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <array>

namespace careportal {

namespace {
constexpr auto base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

/// 32 random bytes as 43 base64url characters: the verifier's recommended size (RFC 7636
/// 4.1), and unguessable for state and nonce too.
QByteArray randomToken() {
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
        .toBase64(base64Url);
}
} // namespace

AuthorizationSecrets AuthorizationSecrets::generate() {
    AuthorizationSecrets secrets;
    secrets.codeVerifier = randomToken();
    secrets.codeChallenge = challengeOf(secrets.codeVerifier);
    secrets.state = randomToken();
    secrets.nonce = randomToken();
    return secrets;
}

QByteArray AuthorizationSecrets::challengeOf(const QByteArray &verifier) {
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(base64Url);
}

} // namespace careportal
