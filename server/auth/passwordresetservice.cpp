// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordresetservice.h"

#include "logging/logcategories.h"
#include "messaging/messagesender.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "storage/accountstore.h"
#include "storage/passwordresetstore.h"
#include "storage/sessionstore.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <sodium.h>

namespace careportal::server {

namespace {

// Bound to the account, so a code's hash says nothing about another account's code.
QByteArray codeHash(const QString &accountId, const QString &code) {
    return QCryptographicHash::hash((accountId + u':' + code).toUtf8(), QCryptographicHash::Sha256);
}

QString newCode() {
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(100000000), 8, 10,
                                    QLatin1Char('0'));
}

// careportal://reset-password?user=…&code=…: on a computer with the app, a click opens its
// reset screen with both filled in (the desktop file registers the scheme).
QString resetLink(const QString &username, const QString &code) {
    QUrl link;
    link.setScheme(QStringLiteral("careportal"));
    link.setHost(QStringLiteral("reset-password"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user"),
                       QString::fromLatin1(QUrl::toPercentEncoding(username)));
    query.addQueryItem(QStringLiteral("code"), code);
    link.setQuery(query);
    return link.toString(QUrl::FullyEncoded);
}

QString mailBody(const QString &username, const QString &code) {
    return QStringLiteral(
               "U heeft gevraagd om een nieuw wachtwoord voor het Cliëntportaal.\n\n"
               "Uw code: %1\n\n"
               "Vul deze code in de app in. De code is %2 minuten geldig en werkt één keer.\n"
               "Staat CarePortal op deze computer? Dan opent deze link het juiste scherm: %3\n"
               "Heeft u dit niet gevraagd? Dan hoeft u niets te doen; uw wachtwoord blijft "
               "hetzelfde.\n\n"
               "You asked for a new password for the client portal. Your code: %1 (valid %2 "
               "minutes, once).")
        .arg(code)
        .arg(PasswordResetService::kValidMinutes)
        .arg(resetLink(username, code));
}

} // namespace

PasswordResetService::PasswordResetService(AccountStore &accounts, SessionStore &sessions,
                                           PasswordResetStore &resets, MessageSender &sender,
                                           Clock clock)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_resets(resets)
    , m_sender(sender)
    , m_clock(std::move(clock)) {}

void PasswordResetService::request(const QString &username, const QString &email) {
    const auto account = m_accounts.accountByUsername(username.trimmed());
    const QString address = account ? m_accounts.accountEmail(account->id) : QString();
    const bool matches =
        !address.isEmpty() && address.compare(email.trimmed(), Qt::CaseInsensitive) == 0;
    if (!matches)
        return;
    const QDateTime now = m_clock();
    if (m_resets.countSince(account->id, now.addSecs(-3600)) >= kMaxRequestsPerHour) {
        qCInfo(lcAuth) << "Password reset limit reached for an account";
        return;
    }
    const QString code = newCode();
    const PasswordResetStore::Reset reset{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                          account->id,
                                          codeHash(account->id, code),
                                          now.addSecs(qint64{kValidMinutes} * 60),
                                          false,
                                          0};
    if (!m_resets.insert(reset, now) ||
        !m_sender.send({OutgoingMessage::Channel::Email, address,
                        QStringLiteral("Uw code voor een nieuw wachtwoord"),
                        mailBody(account->username, code)}))
        qCWarning(lcAuth) << "Could not store or send a password reset code";
}

bool PasswordResetService::codeMatches(const QString &accountId, const QString &code,
                                       const QByteArray &hash) const {
    const QByteArray given = codeHash(accountId, code.trimmed());
    return given.size() == hash.size() && sodium_memcmp(given.constData(), hash.constData(),
                                                        static_cast<size_t>(hash.size())) == 0;
}

PasswordResetService::Result PasswordResetService::confirm(const QString &username,
                                                           const QString &code,
                                                           const QString &newPassword) {
    const QDateTime now = m_clock();
    const auto account = m_accounts.accountByUsername(username.trimmed());
    const auto reset = account ? m_resets.newest(account->id) : std::nullopt;
    // The try is taken before the code is compared, in one statement: reading the count
    // and counting apart let parallel guesses all be compared.
    if (!reset || !m_resets.claimTry(reset->id, kMaxWrongTries, now) ||
        !codeMatches(account->id, code, reset->codeHash))
        return {Outcome::InvalidCode, {}};
    const PasswordPolicy policy = PasswordPolicy::portalDefault();
    const auto violations = policy.violations(newPassword);
    if (!violations.isEmpty()) {
        // Whoever has the right code guesses nothing: a weak password must not use it up.
        if (!m_resets.returnTry(reset->id))
            return {Outcome::Failed, {}};
        QStringList codes;
        for (const PasswordPolicy::Rule rule : violations)
            codes.append(PasswordPolicy::ruleCode(rule));
        return {Outcome::PolicyViolation, codes};
    }
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty() || !m_resets.markUsed(reset->id, now))
        return {Outcome::InvalidCode, {}};
    // A reset ends every session: whoever knew the old password is out. The lockout that
    // may have led here is lifted with it.
    if (!m_accounts.updatePassword(account->id, hash) || !m_sessions.revokeAllTokens(account->id) ||
        !m_accounts.setLoginFailures(account->id, {}))
        return {Outcome::Failed, {}};
    return {Outcome::Done, {}};
}

} // namespace careportal::server
