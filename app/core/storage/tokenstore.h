// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QFuture>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace careportal {

/// Keeps the session token in the operating system's keychain (QtKeychain) and nowhere
/// else on disk. Where no keychain service runs, the token lives in memory only for this
/// run: the app keeps working and tells the user once that they must log in next time.
class TokenStore : public QObject {
    Q_OBJECT
public:
    /// Where secrets may go. A kiosk (a PC shared by everyone in a care home) keeps them
    /// in memory only, so nothing of one user outlives the session, not even in a keychain.
    enum class Keeping { Keychain, MemoryOnly };

    /// `key` names the session (one per organisation profile) inside the app's service.
    explicit TokenStore(QString key, Keeping keeping = Keeping::Keychain,
                        QObject *parent = nullptr);

    /// Resolves to true when the token is in the keychain, false when it is kept in memory.
    QFuture<bool> save(const QByteArray &token);
    /// Resolves to the stored token, or an empty array when there is none.
    QFuture<QByteArray> load();
    /// Removes the token from the keychain and from memory.
    QFuture<bool> remove();

    [[nodiscard]] bool keychainAvailable() const { return m_keychainAvailable; }
    [[nodiscard]] QString key() const { return m_key; }
    [[nodiscard]] Keeping keeping() const { return m_keeping; }
    static const QString serviceName;

Q_SIGNALS:
    void keychainAvailableChanged();

private:
    void setKeychainAvailable(bool available);

    QFuture<bool> keepInMemory(const QByteArray &token);

    QString m_key;
    Keeping m_keeping;
    QByteArray m_memoryToken;
    bool m_keychainAvailable = true;
    quint64 m_generation = 0; ///< Bumped by save() and remove(); stale completions are ignored.
};

} // namespace careportal
