// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/tokenstore.h"

#include <QObject>
#include <QString>

namespace careportal {

class CacheDatabase;

/// The cache's key and where it lives: the OS keychain, nowhere else. At start it reads
/// the key (or makes one) and unlocks the cache; where no keychain can hold it, the cache
/// switches to memory only and keychainMissing says so, for the app to tell the user. At logout
/// the cache is wiped, the key removed from the keychain, and a new one made for the next
/// user, so nothing the previous key sealed can ever be opened again.
class CacheKeyring : public QObject {
    Q_OBJECT
public:
    /// `keychainEntry` names the key inside the app's keychain service (one per profile).
    /// With Keeping::MemoryOnly (a kiosk) the key and the cache stay in memory by design,
    /// and that is not reported as a missing keychain.
    CacheKeyring(CacheDatabase *cache, const QString &keychainEntry,
                 TokenStore::Keeping keeping = TokenStore::Keeping::Keychain,
                 QObject *parent = nullptr);

    /// Reads or makes the key; ready() once the cache can be used.
    void unlock();
    /// Logout: the cache must already be wiped (Session does it at once); the old key goes
    /// and a new one is made. ready() again when done.
    void replaceKey();

    [[nodiscard]] bool isReady() const { return m_ready; }
    /// True once the key could not be kept in a keychain (the cache then runs in memory).
    [[nodiscard]] bool keychainMissing() const { return m_keychainMissing; }

Q_SIGNALS:
    void ready();
    void keychainMissingChanged();

private:
    void useKey(const QByteArray &key);
    void makeKey();
    void setReady();

    CacheDatabase *m_cache;
    TokenStore *m_store;
    quint64 m_generation = 0; ///< Bumped by each unlock/replace; older answers are ignored.
    bool m_ready = false;
    bool m_keychainMissing = false;
};

} // namespace careportal
