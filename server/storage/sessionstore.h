// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <QByteArray>
#include <optional>

namespace careportal::server {

class Database;

/// Sessions and their refresh tokens (only SHA-256 hashes are stored). A session is one
/// login and everything refreshed from it, so ending it ends every token it gave out.
class SessionStore {
public:
    explicit SessionStore(Database &database);

    /// The session, its first access token and its first refresh token, all or nothing.
    [[nodiscard]] bool startSession(const SessionRecord &session, const QByteArray &accessHash,
                                    const QDateTime &accessExpiresAt,
                                    const QByteArray &refreshHash);
    [[nodiscard]] std::optional<SessionRecord> session(const QString &sessionId);
    /// Notes activity for the idle limit.
    [[nodiscard]] bool touch(const QString &sessionId, const QDateTime &now);
    /// Ends the session and revokes its access tokens; a no-op on an ended one.
    [[nodiscard]] bool endSession(const QString &sessionId, const QString &reason);

    /// The session a refresh token belongs to, and whether it was used already.
    struct RefreshToken {
        QString sessionId;
        bool used = false;
    };
    [[nodiscard]] std::optional<RefreshToken> refreshToken(const QByteArray &hash);
    /// Marks `usedHash` used, ends the session's earlier access tokens and adds the next
    /// access and refresh token in one transaction. False when the token was used meanwhile
    /// (a race is a reuse too).
    [[nodiscard]] bool rotate(const QByteArray &usedHash, const QString &sessionId,
                              const QByteArray &accessHash, const QDateTime &accessExpiresAt,
                              const QByteArray &refreshHash);

    /// The second factor was given: the session stops waiting (and notes the device it
    /// remembered), its waiting tokens end and the first full pair is added, all at once.
    /// False when it was not waiting (a second completion racing the first).
    [[nodiscard]] bool completeFactor(const QString &sessionId, const QString &deviceId,
                                      const QByteArray &accessHash,
                                      const QDateTime &accessExpiresAt,
                                      const QByteArray &refreshHash);

    // Access tokens by themselves (only their SHA-256 is ever stored)
    [[nodiscard]] bool insertToken(const QByteArray &tokenHash, const QString &accountId,
                                   const QDateTime &expiresAt, const QString &sessionId = {});
    [[nodiscard]] std::optional<TokenRecord> token(const QByteArray &tokenHash);
    [[nodiscard]] bool revokeToken(const QByteArray &tokenHash);
    /// A changed password: every other session of the account ends, this one stays.
    [[nodiscard]] bool revokeOtherTokens(const QString &accountId, const QByteArray &keepHash);
    /// Ends every session of the account at once, refresh tokens included, and forgets its
    /// remembered devices (a password reset, "Overal uitloggen", staff's
    /// reset-second-factor).
    [[nodiscard]] bool revokeAllTokens(const QString &accountId);
    /// Ends every session of the account with `reason`, remembered devices kept (a disabled
    /// account); inside a caller's transaction it is part of that one.
    [[nodiscard]] bool endEverySession(const QString &accountId, const QString &reason);
    /// Counts one more wrong current password for this session; the new count, or nullopt
    /// when the write failed.
    [[nodiscard]] std::optional<int> addWrongCurrentPassword(const QByteArray &tokenHash);

private:
    Database &m_database;
};

} // namespace careportal::server
