// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/payloadcipher.h"

#include <sodium.h>

namespace careportal {

namespace {

constexpr auto kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr auto kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int kBlindBytes = 16;

const auto *bytes(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

auto *bytes(QByteArray &data) {
    return reinterpret_cast<unsigned char *>(data.data());
}

bool sodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

static_assert(PayloadCipher::kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(PayloadCipher::kKeyBytes == crypto_kdf_KEYBYTES);

PayloadCipher::PayloadCipher() {
    (void)sodiumReady();
}

PayloadCipher::~PayloadCipher() {
    clear();
}

QByteArray PayloadCipher::generateKey() {
    if (!sodiumReady())
        return {};
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    return key;
}

bool PayloadCipher::setKey(const QByteArray &key) {
    clear();
    if (key.size() != kKeyBytes || !sodiumReady())
        return false;
    // One subkey per purpose, so sealing and look-up hashes never share a key.
    static constexpr char kContext[crypto_kdf_CONTEXTBYTES + 1] = "CPcache1";
    m_key = QByteArray(kKeyBytes, Qt::Uninitialized);
    m_blindKey = QByteArray(crypto_generichash_KEYBYTES, Qt::Uninitialized);
    crypto_kdf_derive_from_key(bytes(m_key), size_t(m_key.size()), 1, kContext, bytes(key));
    crypto_kdf_derive_from_key(bytes(m_blindKey), size_t(m_blindKey.size()), 2, kContext,
                               bytes(key));
    return true;
}

void PayloadCipher::clear() {
    for (QByteArray *secret : {&m_key, &m_blindKey}) {
        if (secret->isEmpty())
            continue;
        sodium_memzero(secret->data(), size_t(secret->size()));
        secret->clear();
    }
}

QByteArray PayloadCipher::seal(const QByteArray &plain, const QByteArray &context) const {
    if (!hasKey())
        return {};
    QByteArray sealed(qsizetype(kNonceBytes) + plain.size() + qsizetype(kTagBytes),
                      Qt::Uninitialized);
    unsigned char *nonce = bytes(sealed);
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &length, bytes(plain), quint64(plain.size()), bytes(context),
        quint64(context.size()), nullptr, nonce, bytes(m_key));
    sealed.resize(qsizetype(kNonceBytes + length));
    return sealed;
}

std::optional<QByteArray> PayloadCipher::open(const QByteArray &sealed,
                                              const QByteArray &context) const {
    constexpr qsizetype overhead = qsizetype(kNonceBytes) + qsizetype(kTagBytes);
    if (!hasKey() || sealed.size() < overhead)
        return std::nullopt;
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    const unsigned char *nonce = bytes(sealed);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(plain), &length, nullptr, nonce + kNonceBytes,
            quint64(sealed.size()) - kNonceBytes, bytes(context), quint64(context.size()), nonce,
            bytes(m_key)) != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QByteArray PayloadCipher::blind(const QString &identifier) const {
    if (!hasKey())
        return {};
    const QByteArray input = identifier.toUtf8();
    QByteArray hash(kBlindBytes, Qt::Uninitialized);
    crypto_generichash(bytes(hash), kBlindBytes, bytes(input), quint64(input.size()),
                       bytes(m_blindKey), size_t(m_blindKey.size()));
    return hash;
}

} // namespace careportal
