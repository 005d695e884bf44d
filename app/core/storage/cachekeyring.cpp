// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/cachekeyring.h"

#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"
#include "util/futureresult.h"

namespace careportal {

CacheKeyring::CacheKeyring(CacheDatabase *cache, const QString &keychainEntry,
                           TokenStore::Keeping keeping, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_store(new TokenStore(keychainEntry, keeping, this)) {}

void CacheKeyring::unlock() {
    m_ready = false;
    const quint64 generation = ++m_generation;
    onResult(m_store->load(), this, [this, generation](const QByteArray &stored) {
        if (generation != m_generation)
            return;
        if (stored.size() == PayloadCipher::kKeyBytes)
            useKey(stored);
        else
            makeKey();
    });
}

void CacheKeyring::replaceKey() {
    m_ready = false;
    m_cache->lock();
    const quint64 generation = ++m_generation;
    onResult(m_store->remove(), this, [this, generation](bool) {
        if (generation == m_generation)
            makeKey();
    });
}

void CacheKeyring::makeKey() {
    const QByteArray key = PayloadCipher::generateKey();
    const quint64 generation = m_generation;
    onResult(m_store->save(key), this, [this, key, generation](bool inKeychain) {
        if (generation != m_generation)
            return;
        if (m_store->keeping() == TokenStore::Keeping::MemoryOnly) {
            m_cache->switchToMemory();
        } else if (!inKeychain && !m_keychainMissing) {
            // The key would be lost at exit, and with it everything sealed: keep this
            // run's data in memory and leave nothing personal on disk.
            m_cache->switchToMemory();
            m_keychainMissing = true;
            Q_EMIT keychainMissingChanged();
        }
        useKey(key);
    });
}

void CacheKeyring::useKey(const QByteArray &key) {
    (void)m_cache->unlock(key);
    setReady();
}

void CacheKeyring::setReady() {
    m_ready = true;
    Q_EMIT ready();
}

} // namespace careportal
