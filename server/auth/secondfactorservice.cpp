// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secondfactorservice.h"

#include "logging/logcategories.h"
#include "messaging/messagesender.h"
#include "storage/secondfactorstore.h"
#include "totp.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <sodium.h>

namespace careportal::server {

namespace {

const QString kLogin = QStringLiteral("login");
const QString kStepUp = QStringLiteral("step-up");

// Bound to the session and purpose: a code sent for one login attempt is worthless in any
// other, and a login code cannot confirm a change.
QByteArray codeHash(const QString &sessionId, const QString &purpose, const QString &code) {
    return QCryptographicHash::hash((sessionId + u':' + purpose + u':' + code).toUtf8(),
                                    QCryptographicHash::Sha256);
}

QString newCode() {
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10,
                                    QLatin1Char('0'));
}

QString smsText(const QString &code, const QString &purpose) {
    const QString what = purpose == kLogin ? QStringLiteral("Uw inlogcode voor het Cliëntportaal")
                                           : QStringLiteral("Uw bevestigingscode voor het "
                                                            "Cliëntportaal");
    return QStringLiteral("%1: %2. Deze code is %3 minuten geldig. Deel deze code met niemand.")
        .arg(what, code)
        .arg(SecondFactorService::kSmsValidMinutes);
}

} // namespace

SecondFactorService::SecondFactorService(SecondFactorStore &store, MessageSender &sender,
                                         Clock clock)
    : m_store(store)
    , m_sender(sender)
    , m_clock(std::move(clock)) {}

bool SecondFactorService::required() {
    return m_store.required();
}

QString SecondFactorService::methodFor(const QString &accountId) {
    if (!m_store.totpSecret(accountId).isEmpty())
        return QStringLiteral("totp");
    if (!m_store.phone(accountId).isEmpty())
        return QStringLiteral("sms");
    return {};
}

QString SecondFactorService::maskedPhone(const QString &phone) {
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() < 5)
        return QStringLiteral("•••");
    return digits.left(2) + QStringLiteral("-") + QString(digits.size() - 5, QChar(0x2022)) +
           digits.right(3);
}

QString SecondFactorService::maskedPhoneOf(const QString &accountId) {
    const QString phone = m_store.phone(accountId);
    return phone.isEmpty() ? QString() : maskedPhone(phone);
}

bool SecondFactorService::sendSms(const QString &accountId, const QString &sessionId,
                                  const QString &purpose) {
    const QString phone = m_store.phone(accountId);
    if (phone.isEmpty())
        return false;
    const QDateTime now = m_clock();
    const QString code = newCode();
    if (!m_store.putCode(sessionId, purpose, codeHash(sessionId, purpose, code),
                         now.addSecs(qint64{kSmsValidMinutes} * 60), now))
        return false;
    if (!m_sender.send({OutgoingMessage::Channel::Sms, phone, {}, smsText(code, purpose)})) {
        qCWarning(lcAuth) << "Could not hand over a text message with a code";
        return false;
    }
    return true;
}

bool SecondFactorService::beginLogin(const QString &accountId, const QString &sessionId,
                                     const QString &method) {
    if (method == QLatin1String("sms"))
        return sendSms(accountId, sessionId, kLogin);
    // The app gives the code; the row still bounds the attempt's time and wrong tries.
    const QDateTime now = m_clock();
    return m_store.putCode(sessionId, kLogin, {}, now.addSecs(qint64{kSmsValidMinutes} * 60), now);
}

bool SecondFactorService::codeMatches(const QByteArray &expected, const QString &sessionId,
                                      const QString &purpose, const QString &code) const {
    const QByteArray given = codeHash(sessionId, purpose, code.trimmed());
    return !expected.isEmpty() && given.size() == expected.size() &&
           sodium_memcmp(given.constData(), expected.constData(),
                         static_cast<size_t>(expected.size())) == 0;
}

SecondFactorService::Verdict SecondFactorService::verifyCode(const QString &accountId,
                                                             const QString &sessionId,
                                                             const QString &purpose, bool totp,
                                                             const QString &code) {
    const QDateTime now = m_clock();
    // The try is taken before the code is looked at, in one statement: reading the count,
    // comparing and counting apart let eight parallel guesses all be checked.
    const auto tries = m_store.claimTry(sessionId, purpose, kMaxWrongTries, now);
    if (!tries)
        return Verdict::Ended;
    bool right = false;
    if (totp) {
        const auto step =
            Totp::matchingStep(m_store.totpSecret(accountId), code, now.toSecsSinceEpoch());
        // A code already used (here or in another attempt) counts as wrong: a replay.
        right = step && m_store.useTotpStep(accountId, *step);
    } else {
        const auto row = m_store.code(sessionId, purpose);
        right = row && codeMatches(row->hash, sessionId, purpose, code);
    }
    if (!right)
        return *tries >= kMaxWrongTries ? Verdict::Ended : Verdict::Invalid;
    // Single use: of two requests with the same right code only one gets the row.
    return m_store.dropCode(sessionId, purpose) ? Verdict::Accepted : Verdict::Invalid;
}

SecondFactorService::Verdict SecondFactorService::verifyLogin(const QString &accountId,
                                                              const QString &sessionId,
                                                              const QString &method,
                                                              const QString &code) {
    return verifyCode(accountId, sessionId, kLogin, method == QLatin1String("totp"), code);
}

SecondFactorService::Resend SecondFactorService::resend(const QString &accountId,
                                                        const QString &sessionId,
                                                        const QString &purpose) {
    const auto row = m_store.code(sessionId, purpose);
    const QDateTime now = m_clock();
    if (row) {
        // A code whose tries are used up cannot be saved by a new one: a resend keeps them.
        if (row->sends >= kMaxSends || row->wrongTries >= kMaxWrongTries)
            return {Resend::Result::LimitReached};
        const qint64 wait = kResendAfterSeconds - row->lastSentAt.secsTo(now);
        if (wait > 0)
            return {Resend::Result::TooSoon, wait};
    }
    return sendSms(accountId, sessionId, purpose) ? Resend{Resend::Result::Sent}
                                                  : Resend{Resend::Result::Failed};
}

SecondFactorService::Resend SecondFactorService::resendLogin(const QString &accountId,
                                                             const QString &sessionId) {
    const auto row = m_store.code(sessionId, kLogin);
    if (!row || row->hash.isEmpty())
        return {Resend::Result::NotSms};
    return resend(accountId, sessionId, kLogin);
}

bool SecondFactorService::stepUpNeedsCode(const QString &accountId) {
    if (!m_store.totpSecret(accountId).isEmpty())
        return true;
    return m_store.required() && !m_store.phone(accountId).isEmpty();
}

SecondFactorService::Resend SecondFactorService::sendStepUpCode(const QString &accountId,
                                                                const QString &sessionId) {
    if (methodFor(accountId) != QLatin1String("sms"))
        return {Resend::Result::NotSms};
    return resend(accountId, sessionId, kStepUp);
}

SecondFactorService::Verdict SecondFactorService::verifyStepUp(const QString &accountId,
                                                               const QString &sessionId,
                                                               const QString &code) {
    if (!stepUpNeedsCode(accountId))
        return Verdict::Accepted;
    if (methodFor(accountId) == QLatin1String("totp")) {
        // No code was sent, so open the window the way a login does.
        const auto row = m_store.code(sessionId, kStepUp);
        const QDateTime now = m_clock();
        if ((!row || now >= row->expiresAt) &&
            !m_store.putCode(sessionId, kStepUp, {}, now.addSecs(qint64{kSmsValidMinutes} * 60),
                             now))
            return Verdict::Failed;
        return verifyCode(accountId, sessionId, kStepUp, true, code);
    }
    return verifyCode(accountId, sessionId, kStepUp, false, code);
}

QByteArray SecondFactorService::beginTotp(const QString &accountId) {
    const QByteArray secret = Totp::newSecret();
    return m_store.setPendingTotpSecret(accountId, secret) ? secret : QByteArray();
}

SecondFactorService::Verdict SecondFactorService::confirmTotp(const QString &accountId,
                                                              const QString &code) {
    const QByteArray secret = m_store.pendingTotpSecret(accountId);
    if (secret.isEmpty())
        return Verdict::Ended;
    const auto step = Totp::matchingStep(secret, code, m_clock().toSecsSinceEpoch());
    if (!step)
        return Verdict::Invalid;
    return m_store.confirmTotp(accountId, *step) ? Verdict::Accepted : Verdict::Failed;
}

PasswordHasher::Verdict SecondFactorService::asAttempt(Verdict verdict) {
    switch (verdict) {
    case Verdict::Accepted:
        return PasswordHasher::Verdict::Match;
    case Verdict::Invalid:
    case Verdict::Ended:
        return PasswordHasher::Verdict::Mismatch;
    case Verdict::Failed:
        break;
    }
    return PasswordHasher::Verdict::Busy; // a failed write decides nothing, as a busy hasher
}

bool SecondFactorService::removeTotp(const QString &accountId) {
    return m_store.removeTotp(accountId);
}

bool SecondFactorService::setPhone(const QString &accountId, const QString &phone) {
    return m_store.setPhone(accountId, phone);
}

} // namespace careportal::server
