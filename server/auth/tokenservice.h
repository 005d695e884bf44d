// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/records.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>
#include <variant>

namespace careportal::server {

class OrganisationStore;
class SessionStore;

/// Sessions of short-lived access tokens and rotating refresh tokens (OWASP ASVS 5.0 V7):
/// both are 32 random bytes, base64url; the database keeps only their SHA-256, so a leaked
/// copy holds no usable session. A login starts a session; each refresh uses up its refresh
/// token and hands out the next pair; a refresh token used twice means a copy exists, so the
/// whole session ends. Sessions end after the organisation's idle and absolute limits.
class TokenService {
public:
    struct Issued {
        QString token;
        QDateTime expiresAt;
        QString refreshToken;
        QDateTime sessionExpiresAt; // the absolute limit: no refresh reaches past it
    };

    /// A valid access token resolved to its account.
    struct Session {
        QString accountId;
        QByteArray tokenHash;
        QString sessionId;     // empty for a token from before sessions existed
        QString factorPending; // "sms"/"totp": this token can only complete the second factor
        QString deviceId;      // the remembered device of the session, if any
        LoginMethod loginMethod = LoginMethod::Password;

        /// Whether the account's pending password change holds this session back: only a
        /// password login's; a login through the identity provider never used that password.
        [[nodiscard]] bool heldByPasswordChange(const AccountRecord &account) const {
            return account.mustChangePassword && loginMethod == LoginMethod::Password;
        }
    };

    enum class RefreshFailure { Unknown, Reused, Ended, Internal };

    using Clock = std::function<QDateTime()>;

    TokenService(
        OrganisationStore &organisation, SessionStore &sessions, qint64 accessLifetimeSeconds,
        Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    /// A session for the account. With `factorPending` ("sms" or "totp") it waits for the
    /// second factor: its token opens nothing else and it cannot be refreshed. `loginMethod`
    /// is kept with the session for as long as it lasts, refreshes included.
    [[nodiscard]] std::optional<Issued>
    startSession(const QString &accountId, const QString &factorPending = {},
                 const QString &deviceId = {}, LoginMethod loginMethod = LoginMethod::Password);
    /// The waiting session becomes a full one with a fresh pair of tokens.
    [[nodiscard]] std::optional<Issued> completeFactor(const Session &session,
                                                       const QString &deviceId);
    [[nodiscard]] std::variant<Issued, RefreshFailure> refresh(const QString &refreshToken);
    [[nodiscard]] std::optional<Session> resolve(const QString &token);

    /// Everything resolve() reads about a token, as it was read: SessionCache keeps it and
    /// judges it again at every request, against the time of that request.
    struct Snapshot {
        QByteArray tokenHash;
        TokenRecord token;
        std::optional<SessionRecord> session; // nullopt for a token without a session
        SessionLimits limits;
    };
    /// The rows of `token`; nullopt for a malformed or unknown token.
    [[nodiscard]] std::optional<Snapshot> load(const QString &token);
    /// resolve() on rows read earlier: nullopt when at the clock's now the token is revoked
    /// or expired or its session ended; notes the session's activity when that is due.
    [[nodiscard]] std::optional<Session> resolve(const Snapshot &snapshot);
    /// Logout: the session and every token it gave out.
    [[nodiscard]] bool endSession(const Session &session, const QString &reason);

    [[nodiscard]] static QByteArray hashOf(const QString &token);

private:
    [[nodiscard]] static QString newToken();
    /// Why the session may no longer be used, or empty while it may.
    [[nodiscard]] QString endReason(const std::optional<SessionRecord> &session,
                                    const QDateTime &now);
    [[nodiscard]] static QString endReason(const std::optional<SessionRecord> &session,
                                           const SessionLimits &limits, const QDateTime &now);
    [[nodiscard]] QDateTime absoluteEnd(const QDateTime &createdAt);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QDateTime accessExpiry(const QDateTime &now, const QDateTime &sessionEnd) const;

    OrganisationStore &m_organisation;
    SessionStore &m_sessions;
    qint64 m_accessLifetimeSeconds;
    Clock m_clock;
};

} // namespace careportal::server
