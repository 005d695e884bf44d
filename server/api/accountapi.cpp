// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountapi.h"

#include "auth/passwordhasher.h"
#include "auth/tokenservice.h"
#include "businessjson.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "logging/logcategories.h"
#include "passwordpolicy.h"
#include "sessionguard.h"
#include "storage/accountstore.h"
#include "storage/businessstore.h"
#include "storage/sessionstore.h"

#include <QJsonArray>
#include <QScopeGuard>

namespace careportal::server {

namespace {

// The same bound as the login fields: any passphrase fits, Argon2id input stays trivial.
constexpr qsizetype kMaxFieldLength = 1024;

} // namespace

AccountApi::AccountApi(AccountStore &accounts, SessionStore &sessions, TokenService &tokens,
                       SessionGuard &guard, BusinessStore &business, int turnWaitMs)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_guard(guard)
    , m_business(business)
    , m_turnWaitMs(turnWaitMs) {}

void AccountApi::registerRoutes(HttpServer &server) {
    server.get("/me", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::AllowPendingPasswordChange,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                const AccountRecord &account = session.account;
                QJsonArray clients;
                for (const ClientLink &link : m_accounts.clientsOfAccount(account.id))
                    clients.append(QJsonObject{{QLatin1String("id"), link.clientId},
                                               {QLatin1String("displayName"), link.displayName},
                                               {QLatin1String("relation"), link.relation},
                                               {QLatin1String("rights"),
                                                QJsonArray::fromStringList(link.rights.names())}});
                QJsonArray organisations;
                const bool business =
                    m_business.accountKind(account.id) == QLatin1String("business");
                if (business) {
                    for (const auto &[contact, name] : m_business.contactsOfAccount(account.id)) {
                        if (contact.rights.portalUser)
                            organisations.append(QJsonObject{
                                {QLatin1String("id"), contact.customerId},
                                {QLatin1String("name"), name},
                                {QLatin1String("contactId"), contact.id},
                                {QLatin1String("rights"), businessjson::rights(contact.rights)}});
                    }
                }
                return ApiResponse::json(
                    200, {{QLatin1String("accountId"), account.id},
                          {QLatin1String("kind"),
                           business ? QStringLiteral("business") : QStringLiteral("client")},
                          {QLatin1String("organisations"), organisations},
                          {QLatin1String("username"), account.username},
                          {QLatin1String("displayName"), account.displayName},
                          {QLatin1String("salutation"), account.salutation},
                          {QLatin1String("initials"), account.initials},
                          {QLatin1String("surname"), account.surname},
                          {QLatin1String("mustChangePassword"), account.mustChangePassword},
                          {QLatin1String("clients"), clients}});
            });
    });

    server.postJson("/account/password", [this](const ApiRequest &request) {
        auto first =
            m_guard.authenticate(request, SessionGuard::Access::AllowPendingPasswordChange);
        if (auto *failure = std::get_if<ApiResponse>(&first))
            return *failure;

        const QJsonValue currentValue = request.json.value(QLatin1String("currentPassword"));
        const QJsonValue newValue = request.json.value(QLatin1String("newPassword"));
        if (!currentValue.isString() || !newValue.isString() ||
            currentValue.toString().size() > kMaxFieldLength ||
            newValue.toString().size() > kMaxFieldLength)
            return Problem::make(
                Problem::Code::BadRequest,
                QStringLiteral("Send \"currentPassword\" and \"newPassword\" as strings."));
        const QString current = currentValue.toString();
        const QString proposed = newValue.toString();

        // One attempt per session at a time; then authenticate again inside the turn, because
        // the attempt before us may have used up the last try and revoked this token.
        const QString key = QString::fromLatin1(std::get<AuthenticatedSession>(first).tokenHash);
        if (!m_gate.enter(key, m_turnWaitMs))
            return Problem::busy();
        const auto leave = qScopeGuard([&] { m_gate.leave(key); });
        auto result =
            m_guard.authenticate(request, SessionGuard::Access::AllowPendingPasswordChange);
        if (auto *failure = std::get_if<ApiResponse>(&result))
            return *failure;
        const auto &session = std::get<AuthenticatedSession>(result);

        switch (PasswordHasher::tryVerify(session.account.passwordHash, current)) {
        case PasswordHasher::Verdict::Busy:
            return Problem::busy();
        case PasswordHasher::Verdict::Mismatch: {
            const auto wrong = m_sessions.addWrongCurrentPassword(session.tokenHash);
            // Fail closed: if the count cannot be kept, the session cannot keep guessing.
            if (!wrong || *wrong >= kMaxWrongCurrentPassword) {
                qCWarning(lcAuth) << "Session of account" << session.account.id
                                  << "revoked after wrong current passwords";
                if (!m_tokens.endSession(
                        {session.account.id, session.tokenHash, session.sessionId, {}, {}},
                        QStringLiteral("wrong-current-password")))
                    return Problem::make(Problem::Code::Internal);
            }
            return Problem::make(Problem::Code::CurrentPasswordIncorrect);
        }
        case PasswordHasher::Verdict::Match:
            break;
        }
        if (proposed == current)
            return Problem::make(Problem::Code::PasswordReused);
        // The app checks the same policy live, but only the server's check counts.
        const PasswordPolicy policy = PasswordPolicy::portalDefault();
        if (const auto violations = policy.violations(proposed); !violations.isEmpty()) {
            QStringList codes;
            for (const PasswordPolicy::Rule rule : violations)
                codes.append(PasswordPolicy::ruleCode(rule));
            return Problem::passwordPolicy(codes);
        }

        const QString hash = PasswordHasher::hash(proposed);
        if (hash.isEmpty() || !m_accounts.updatePassword(session.account.id, hash))
            return Problem::make(Problem::Code::Internal);
        // Whoever else held a session with the old password loses it; this device stays in.
        if (!m_sessions.revokeOtherTokens(session.account.id, session.tokenHash))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::noContent();
    });
}

} // namespace careportal::server
