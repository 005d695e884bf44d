// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>

namespace careportal::server {

class MessageSender;
class AccountStore;
class PasswordResetStore;
class SessionStore;

/// "Wachtwoord vergeten?": user name and e-mail address → a code by e-mail, valid 15
/// minutes, single use, five tries at most (each taken in one SQL statement before the
/// code is compared, so parallel guesses cannot share a count; the right code with a
/// password the policy refuses gives its try back); a new password under the policy ends
/// every session of the account. Whether the account exists is never told: request()
/// answers nothing, and confirm() gives the same refusal for every wrong case.
class PasswordResetService {
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kValidMinutes = 15;
    static constexpr int kMaxWrongTries = 5;
    static constexpr int kMaxRequestsPerHour = 3;

    enum class Outcome { Done, InvalidCode, PolicyViolation, Failed };
    struct Result {
        Outcome outcome = Outcome::Failed;
        QStringList violations; // PasswordPolicy rule codes for PolicyViolation
    };

    PasswordResetService(
        AccountStore &accounts, SessionStore &sessions, PasswordResetStore &resets,
        MessageSender &sender, Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    /// Sends a code when the name and address belong together (and the hourly limit
    /// allows); does the same lookups otherwise.
    void request(const QString &username, const QString &email);
    [[nodiscard]] Result confirm(const QString &username, const QString &code,
                                 const QString &newPassword);

private:
    [[nodiscard]] bool codeMatches(const QString &accountId, const QString &code,
                                   const QByteArray &hash) const;

    AccountStore &m_accounts;
    SessionStore &m_sessions;
    PasswordResetStore &m_resets;
    MessageSender &m_sender;
    Clock m_clock;
};

} // namespace careportal::server
