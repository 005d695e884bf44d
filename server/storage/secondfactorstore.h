// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for the second factor: the organisation's setting, an account's phone and
/// authenticator secret, the codes of pending logins and step-ups, and remembered devices.
/// Codes and device tokens are stored only as hashes.
class SecondFactorStore {
public:
    /// A code sent (or, for an authenticator, a login waiting) for one session and purpose.
    struct Code {
        QByteArray hash; // empty when the authenticator app gives the code
        QDateTime expiresAt;
        int wrongTries = 0; // codes checked (claimTry); a right one removes the row
        int sends = 0;
        QDateTime lastSentAt;
    };

    struct Device {
        QString id;
        QString accountId;
        QString name;
        QDateTime firstUsedAt;
        QDateTime lastUsedAt;
        QDateTime expiresAt;
    };

    explicit SecondFactorStore(Database &database);

    [[nodiscard]] bool required();
    [[nodiscard]] bool setRequired(bool required);

    [[nodiscard]] QString phone(const QString &accountId);
    [[nodiscard]] bool setPhone(const QString &accountId, const QString &phone);

    /// Empty when the account has no authenticator app.
    [[nodiscard]] QByteArray totpSecret(const QString &accountId);
    [[nodiscard]] QByteArray pendingTotpSecret(const QString &accountId);
    [[nodiscard]] bool setPendingTotpSecret(const QString &accountId, const QByteArray &secret);
    /// The pending secret becomes the account's, with `step` already used.
    [[nodiscard]] bool confirmTotp(const QString &accountId, qint64 step);
    [[nodiscard]] bool removeTotp(const QString &accountId);
    /// Marks `step` used; false when it or a later one was used already (a replay).
    [[nodiscard]] bool useTotpStep(const QString &accountId, qint64 step);

    /// Stores a new code for (session, purpose); a resend replaces the old one and counts as
    /// a send, but keeps the tries already used: a new code is no new set of guesses.
    [[nodiscard]] bool putCode(const QString &sessionId, const QString &purpose,
                               const QByteArray &hash, const QDateTime &expiresAt,
                               const QDateTime &now);
    [[nodiscard]] std::optional<Code> code(const QString &sessionId, const QString &purpose);
    /// Takes one of the `limit` tries of a code that has not expired at `now`, in one
    /// statement; the tries used so far including this one, or nullopt when none is left.
    [[nodiscard]] std::optional<int> claimTry(const QString &sessionId, const QString &purpose,
                                              int limit, const QDateTime &now);
    /// Uses the code up; false when another request did so first.
    [[nodiscard]] bool dropCode(const QString &sessionId, const QString &purpose);

    [[nodiscard]] bool addDevice(const Device &device, const QByteArray &tokenHash);
    /// A device that is neither revoked nor expired at `now`.
    [[nodiscard]] std::optional<Device> device(const QByteArray &tokenHash, const QDateTime &now);
    [[nodiscard]] bool touchDevice(const QString &deviceId, const QDateTime &now);
    [[nodiscard]] QList<Device> devices(const QString &accountId, const QDateTime &now);
    /// Revokes the device and ends the sessions it started; false when it is not the
    /// account's or was revoked already.
    [[nodiscard]] bool revokeDevice(const QString &accountId, const QString &deviceId,
                                    const QDateTime &now);

private:
    Database &m_database;
};

} // namespace careportal::server
