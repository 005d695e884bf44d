// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for password reset codes. Only the SHA-256 of a code is stored.
class PasswordResetStore {
public:
    struct Reset {
        QString id;
        QString accountId;
        QByteArray codeHash;
        QDateTime expiresAt;
        bool used = false;
        int wrongTries = 0; // codes checked (claimTry)
    };

    explicit PasswordResetStore(Database &database);

    [[nodiscard]] bool insert(const Reset &reset, const QDateTime &createdAt);
    /// The account's newest reset, used or not.
    [[nodiscard]] std::optional<Reset> newest(const QString &accountId);
    [[nodiscard]] int countSince(const QString &accountId, const QDateTime &since);
    /// Takes one of the `limit` tries of an unused code that has not expired at `now`, in
    /// one statement; false when none is left.
    [[nodiscard]] bool claimTry(const QString &id, int limit, const QDateTime &now);
    /// Gives a try back (the right code with a password the policy refused).
    [[nodiscard]] bool returnTry(const QString &id);
    /// Marks it used; false when it already was (two confirmations racing).
    [[nodiscard]] bool markUsed(const QString &id, const QDateTime &at);

private:
    Database &m_database;
};

} // namespace careportal::server
