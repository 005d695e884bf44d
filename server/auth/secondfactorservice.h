// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "passwordhasher.h"
#include "storage/records.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <functional>

namespace careportal::server {

class MessageSender;
class SecondFactorStore;

/// The second factor, enforced by the server when the organisation requires it (seeds
/// 002-004): an authenticator app (TOTP, RFC 6238, each code accepted once) for accounts
/// that enrolled one, else a 6-digit code by text message, valid 15 minutes and bound to
/// the one login attempt (session) it was sent for. Five codes checked end the attempt: each
/// check takes its try in one SQL statement first (SecondFactorStore::claimTry), so parallel
/// guesses cannot share a count, and a resend brings a new code but no new tries. AuthApi
/// also counts every wrong login code in the account's lockout (LoginThrottle).
/// The same codes confirm a "step-up" before the factor or phone number is changed.
class SecondFactorService {
public:
    using Clock = std::function<QDateTime()>;

    static constexpr int kSmsValidMinutes = 15;
    static constexpr int kMaxWrongTries = 5;
    static constexpr int kMaxSends = 4; // the first code and three resends
    static constexpr int kResendAfterSeconds = 60;

    enum class Verdict { Accepted, Invalid, Ended, Failed };
    struct Resend {
        enum class Result { Sent, TooSoon, LimitReached, NotSms, Failed } result;
        qint64 retryAfterSeconds = 0;
    };

    SecondFactorService(
        SecondFactorStore &store, MessageSender &sender,
        Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    [[nodiscard]] bool required();
    /// "totp" when the account has an authenticator app, "sms" when it has a phone number,
    /// empty when it has neither.
    [[nodiscard]] QString methodFor(const QString &accountId);
    /// "06-•••••678": enough to recognise one's own number, not enough to learn it.
    [[nodiscard]] static QString maskedPhone(const QString &phone);
    /// The account's phone masked; empty when it has none.
    [[nodiscard]] QString maskedPhoneOf(const QString &accountId);

    /// Opens the login challenge of a waiting session; for "sms" the first code goes out.
    [[nodiscard]] bool beginLogin(const QString &accountId, const QString &sessionId,
                                  const QString &method);
    [[nodiscard]] Verdict verifyLogin(const QString &accountId, const QString &sessionId,
                                      const QString &method, const QString &code);
    [[nodiscard]] Resend resendLogin(const QString &accountId, const QString &sessionId);

    /// True when changing the factor or phone needs a code besides the password.
    [[nodiscard]] bool stepUpNeedsCode(const QString &accountId);
    /// Sends a step-up code by SMS (for accounts without an authenticator app).
    [[nodiscard]] Resend sendStepUpCode(const QString &accountId, const QString &sessionId);
    [[nodiscard]] Verdict verifyStepUp(const QString &accountId, const QString &sessionId,
                                       const QString &code);

    /// A new authenticator secret waiting for its first code; returns it.
    [[nodiscard]] QByteArray beginTotp(const QString &accountId);
    /// The waiting secret becomes the account's when `code` is one of its codes.
    [[nodiscard]] Verdict confirmTotp(const QString &accountId, const QString &code);

    [[nodiscard]] bool removeTotp(const QString &accountId);
    /// A verdict as LoginThrottle counts it: right (Match), wrong (Mismatch) or not decided.
    [[nodiscard]] static PasswordHasher::Verdict asAttempt(Verdict verdict);
    [[nodiscard]] bool setPhone(const QString &accountId, const QString &phone);

private:
    [[nodiscard]] Verdict verifyCode(const QString &accountId, const QString &sessionId,
                                     const QString &purpose, bool totp, const QString &code);
    [[nodiscard]] bool codeMatches(const QByteArray &expected, const QString &sessionId,
                                   const QString &purpose, const QString &code) const;
    [[nodiscard]] bool sendSms(const QString &accountId, const QString &sessionId,
                               const QString &purpose);
    [[nodiscard]] Resend resend(const QString &accountId, const QString &sessionId,
                                const QString &purpose);

    SecondFactorStore &m_store;
    MessageSender &m_sender;
    Clock m_clock;
};

} // namespace careportal::server
