// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/payloadcipher.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace careportal {

/// The local SQLite cache: one file, readable by the user only, WAL with
/// synchronous=FULL (a queued write survives a power cut), secure_delete, numbered
/// migrations (PRAGMA user_version, one step per function, each in a transaction).
///
/// Personal data is sealed (PayloadCipher) with a key from the keychain: until unlock()
/// nothing personal can be read or written, and without a keychain the cache runs in
/// memory only (switchToMemory). Plain values (storeValue) are for what is not personal,
/// such as the organisation's branding for the login screen. It never holds tokens or
/// passwords.
///
/// On open the file is checked (integrity_check): a damaged file is moved aside and a new
/// one made, so the app rebuilds from the server instead of crashing; a schema newer than
/// this app is refused rather than overwritten.
class CacheDatabase {
public:
    enum class OpenResult { Ok, Rebuilt, Failed, SchemaTooNew };

    /// `path` ":memory:" keeps everything in memory (no keychain, kiosk, tests).
    explicit CacheDatabase(QString path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    [[nodiscard]] OpenResult open();
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isInMemory() const { return m_inMemory; }
    /// Where open() moved a damaged file; empty when it did not.
    [[nodiscard]] QString damagedCopyPath() const { return m_damagedCopy; }

    /// Leaves the file alone from now on and keeps this run's data in memory.
    void switchToMemory();

    /// Uses `key` to seal and open personal data. Data sealed under another key (a reset
    /// keychain) can never be read again, so it is dropped. False for an unusable key.
    bool unlock(const QByteArray &key);
    /// Forgets the key: personal data can no longer be read or written.
    void lock() { m_cipher.clear(); }
    [[nodiscard]] bool isUnlocked() const { return m_cipher.hasKey(); }
    [[nodiscard]] const PayloadCipher &cipher() const { return m_cipher; }

    enum class Wipe {
        Everything,       ///< A logout the user chose: nothing personal stays, nor the key.
        KeepQueuedWrites, ///< An expired session: the writes not sent yet stay, sealed.
    };
    /// Removes everything personal: every cached row (queued writes too, unless kept), the
    /// write-ahead log and damaged copies. Only the organisation's branding stays.
    void wipe(Wipe what = Wipe::Everything);
    /// The queued writes belong to `accountId` from now on; those of another account (kept
    /// after its session expired) are removed, unsent, so nobody sends another's writes.
    void claimQueuedWrites(const QString &accountId);

    /// Small documents that are not personal (the organisation), by key.
    void storeValue(const QString &key, const QByteArray &value);
    [[nodiscard]] QByteArray value(const QString &key) const;
    /// Personal documents (the account profile), sealed; nothing without unlock().
    void storeSealedValue(const QString &key, const QByteArray &value);
    [[nodiscard]] QByteArray sealedValue(const QString &key) const;

    static constexpr int latestVersion = 2;

private:
    [[nodiscard]] OpenResult openFile();
    [[nodiscard]] bool connect(const QString &databaseName);
    void disconnect();
    [[nodiscard]] bool isIntact() const;
    void moveAside();
    void removePersonalData(Wipe what);
    bool migrate(int from);
    bool migrateTo1();
    bool migrateTo2();
    bool exec(const QString &statement);

    QString m_path;
    QString m_connectionName;
    QString m_damagedCopy;
    bool m_inMemory = false;
    PayloadCipher m_cipher;
};

} // namespace careportal
