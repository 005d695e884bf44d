// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace careportal {

/// Seals the cache's personal payloads with libsodium's XChaCha20-Poly1305 AEAD under a
/// 256-bit key that lives only in the OS keychain (see CacheKeyring). Each sealed value
/// is bound to where it is stored (its `context`: table and row), so a value copied to
/// another row does not open there. Identifiers used to look rows up (client ids) are
/// replaced by a keyed hash, so no name or id is readable in the file either.
class PayloadCipher {
public:
    static constexpr int kKeyBytes = 32;

    PayloadCipher();
    ~PayloadCipher();
    PayloadCipher(const PayloadCipher &) = delete;
    PayloadCipher &operator=(const PayloadCipher &) = delete;

    /// A new random key from the operating system's CSPRNG.
    [[nodiscard]] static QByteArray generateKey();

    /// False (and no key) when `key` is not kKeyBytes long.
    bool setKey(const QByteArray &key);
    /// Forgets the key, overwriting it in memory.
    void clear();
    [[nodiscard]] bool hasKey() const { return !m_key.isEmpty(); }

    /// nonce ‖ ciphertext ‖ tag; empty without a key.
    [[nodiscard]] QByteArray seal(const QByteArray &plain, const QByteArray &context) const;
    /// The plain bytes, or nullopt when the key, the context or any byte is wrong.
    [[nodiscard]] std::optional<QByteArray> open(const QByteArray &sealed,
                                                 const QByteArray &context) const;
    /// A keyed 16-byte hash of `identifier`, stable for this key: a lookup key that says
    /// nothing about what it stands for.
    [[nodiscard]] QByteArray blind(const QString &identifier) const;

private:
    QByteArray m_key;      ///< Subkey 1 of the keychain key: sealing.
    QByteArray m_blindKey; ///< Subkey 2: look-up hashes.
};

} // namespace careportal
