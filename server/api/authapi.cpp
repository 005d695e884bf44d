// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "authapi.h"

#include "auth/deviceregistry.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/secondfactorservice.h"
#include "auth/tokenservice.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/accountstore.h"
#include "storage/businessstore.h"
#include "storage/sessionstore.h"
#include "tokenresponse.h"

namespace careportal::server {

namespace {

// Long enough for any passphrase, short enough that Argon2id input stays trivial.
constexpr qsizetype kMaxFieldLength = 1024;

QString stringField(const ApiRequest &request, const char *name) {
    const QJsonValue value = request.json.value(QLatin1String(name));
    return value.isString() ? value.toString().left(kMaxFieldLength) : QString();
}

} // namespace

AuthApi::AuthApi(AccountStore &accounts, SessionStore &sessions, TokenService &tokens,
                 LoginThrottle &throttle, SessionGuard &guard, SecondFactorService &factors,
                 DeviceRegistry &devices, BusinessStore &business, bool passwordLogin)
    : m_accounts(accounts)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_throttle(throttle)
    , m_guard(guard)
    , m_factors(factors)
    , m_devices(devices)
    , m_business(business)
    , m_passwordLogin(passwordLogin) {}

ApiResponse AuthApi::startSession(const AccountRecord &account, const QString &deviceToken) {
    QString deviceId;
    if (m_factors.required()) {
        deviceId = m_devices.recognise(account.id, deviceToken);
        if (deviceId.isEmpty())
            return challenge(account);
        m_throttle.succeeded(account.id); // a remembered device completes the login
    }
    return sessionFor(account, deviceId, LoginMethod::Password);
}

ApiResponse AuthApi::sessionFor(const AccountRecord &account, const QString &deviceId,
                                LoginMethod loginMethod) {
    const auto issued = m_tokens.startSession(account.id, {}, deviceId, loginMethod);
    if (!issued)
        return Problem::make(Problem::Code::Internal);
    const TokenService::Session started{account.id, {}, {}, {}, deviceId, loginMethod};
    return tokensResponse(*issued, started.heldByPasswordChange(account));
}

std::optional<ApiResponse> AuthApi::refusalFor(const AccountRecord &account) {
    // Only after the right password: a disabled account says so, an unknown one never.
    if (account.disabled)
        return Problem::make(Problem::Code::AccountDisabled);
    // "Medewerker klantportaal" off at every organisation: known to the organisation as a
    // contact person, but no user of the portal (seed 004).
    if (m_business.accountKind(account.id) == QLatin1String("business") &&
        !m_business.hasPortalAccess(account.id))
        return Problem::make(Problem::Code::NoPortalAccess);
    return std::nullopt;
}

ApiResponse AuthApi::challenge(const AccountRecord &account) {
    const QString method = m_factors.methodFor(account.id);
    if (method.isEmpty())
        return Problem::make(Problem::Code::SecondFactorUnavailable);
    const auto issued = m_tokens.startSession(account.id, method);
    const auto session = issued ? m_tokens.resolve(issued->token) : std::nullopt;
    if (!session || !m_factors.beginLogin(account.id, session->sessionId, method))
        return Problem::make(Problem::Code::Internal);
    // No refresh token: the waiting token can only complete the factor, then it ends.
    QJsonObject body{{QLatin1String("secondFactorRequired"), true},
                     {QLatin1String("method"), method},
                     {QLatin1String("token"), issued->token},
                     {QLatin1String("tokenType"), QStringLiteral("Bearer")},
                     {QLatin1String("expiresAt"), issued->expiresAt.toString(Qt::ISODate)}};
    if (method == QLatin1String("sms"))
        body.insert(QLatin1String("destination"), m_factors.maskedPhoneOf(account.id));
    return ApiResponse::json(200, body);
}

ApiResponse AuthApi::completeFactor(const ApiRequest &request,
                                    const AuthenticatedSession &session) {
    const QString accountId = session.account.id;
    std::optional<SecondFactorService::Verdict> verdict;
    const LoginThrottle::Attempt attempt =
        m_throttle.attemptSecondFactor(accountId, request.remoteAddress, [&] {
            verdict = m_factors.verifyLogin(accountId, session.sessionId, session.factorPending,
                                            stringField(request, "code"));
            return SecondFactorService::asAttempt(*verdict);
        });
    const TokenService::Session ending{accountId, session.tokenHash, session.sessionId, {}, {}};
    switch (attempt.result) {
    case LoginThrottle::Attempt::Result::Locked:
        // Locked by wrong codes or passwords: this attempt is over, whatever code it holds.
        if (!m_tokens.endSession(ending, QStringLiteral("account-locked")))
            return Problem::make(Problem::Code::Internal);
        return Problem::accountLocked(attempt.retryAfterSeconds);
    case LoginThrottle::Attempt::Result::Busy:
        return verdict ? Problem::make(Problem::Code::Internal) : Problem::busy();
    case LoginThrottle::Attempt::Result::Rejected:
        if (verdict != SecondFactorService::Verdict::Ended)
            return Problem::make(Problem::Code::SecondFactorInvalid);
        if (!m_tokens.endSession(ending, QStringLiteral("second-factor-failed")))
            return Problem::make(Problem::Code::Internal);
        return Problem::make(Problem::Code::SecondFactorEnded);
    case LoginThrottle::Attempt::Result::Accepted:
        break;
    }
    return issueAfterFactor(request, session);
}

ApiResponse AuthApi::issueAfterFactor(const ApiRequest &request,
                                      const AuthenticatedSession &session) {
    const QString accountId = session.account.id;
    std::optional<DeviceRegistry::Remembered> remembered;
    if (request.json.value(QLatin1String("rememberDevice")).toBool()) {
        remembered = m_devices.remember(accountId, stringField(request, "deviceName"));
        if (!remembered)
            return Problem::make(Problem::Code::Internal);
    }
    const auto issued = m_tokens.completeFactor(
        {accountId, session.tokenHash, session.sessionId, session.factorPending, {}},
        remembered ? remembered->id : QString());
    if (!issued)
        return Problem::make(Problem::Code::Unauthorized);
    QJsonObject extra;
    if (remembered) {
        extra.insert(QLatin1String("deviceToken"), remembered->token);
        extra.insert(QLatin1String("deviceExpiresAt"), remembered->expiresAt.toString(Qt::ISODate));
    }
    return tokensResponse(*issued, session.account.mustChangePassword, extra);
}

ApiResponse AuthApi::login(const ApiRequest &request) {
    // The organisation logs people in through its identity provider only (issue 21).
    if (!m_passwordLogin)
        return Problem::make(Problem::Code::PasswordLoginOff);
    const QJsonValue usernameValue = request.json.value(QLatin1String("username"));
    const QJsonValue passwordValue = request.json.value(QLatin1String("password"));
    if (!usernameValue.isString() || !passwordValue.isString() ||
        usernameValue.toString().size() > kMaxFieldLength ||
        passwordValue.toString().size() > kMaxFieldLength)
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("Send \"username\" and \"password\" as strings."));
    const QString username = usernameValue.toString().trimmed();
    const QString password = passwordValue.toString();

    const auto account = m_accounts.accountByUsername(username);
    // Unknown names go through the same throttle with a dummy verify: same work, same
    // 401, and after `threshold` failures the same 429. Nothing tells them apart.
    const QString accountId = account ? account->id : QString();
    // With a code still to come, the right password must not wipe the wrong codes counted
    // so far, or each new login would give a new set of guesses.
    const auto onMatch = account && m_factors.required() ? LoginThrottle::OnMatch::Keep
                                                         : LoginThrottle::OnMatch::Clear;
    const LoginThrottle::Attempt attempt = m_throttle.attempt(
        username, accountId, request.remoteAddress,
        [&] {
            return account ? PasswordHasher::tryVerify(account->passwordHash, password)
                           : PasswordHasher::dummyVerify(password);
        },
        onMatch);
    switch (attempt.result) {
    case LoginThrottle::Attempt::Result::Busy:
        return Problem::busy();
    case LoginThrottle::Attempt::Result::Rejected:
        return Problem::make(Problem::Code::InvalidCredentials);
    case LoginThrottle::Attempt::Result::Locked:
        // Pay for a verify here too, so a locked answer is not recognisably fast.
        if (PasswordHasher::dummyVerify(password) == PasswordHasher::Verdict::Busy)
            return Problem::busy();
        return Problem::accountLocked(attempt.retryAfterSeconds);
    case LoginThrottle::Attempt::Result::Accepted:
        break;
    }
    if (!account) // a dummy verify never matches; this only keeps the compiler sure
        return Problem::make(Problem::Code::Internal);
    if (auto refusal = refusalFor(*account))
        return *std::move(refusal);

    const QJsonValue deviceToken = request.json.value(QLatin1String("deviceToken"));
    return startSession(*account, deviceToken.toString());
}

void AuthApi::registerRoutes(HttpServer &server) {
    server.postJson("/auth/login", [this](const ApiRequest &request) { return login(request); });

    server.postJson("/auth/second-factor", [this](const ApiRequest &request) {
        return m_guard.withSession(request, SessionGuard::Access::SecondFactor,
                                   [&](const AuthenticatedSession &session) -> ApiResponse {
                                       return completeFactor(request, session);
                                   });
    });

    server.postJson("/auth/refresh", [this](const ApiRequest &request) {
        const QJsonValue refreshToken = request.json.value(QLatin1String("refreshToken"));
        if (!refreshToken.isString())
            return Problem::make(Problem::Code::BadRequest,
                                 QStringLiteral("Send \"refreshToken\" as a string."));
        const auto result = m_tokens.refresh(refreshToken.toString());
        if (const auto *failure = std::get_if<TokenService::RefreshFailure>(&result))
            return *failure == TokenService::RefreshFailure::Internal
                       ? Problem::make(Problem::Code::Internal)
                       : Problem::make(Problem::Code::Unauthorized);
        const auto &issued = std::get<TokenService::Issued>(result);
        const auto session = m_tokens.resolve(issued.token);
        const auto account = session ? m_accounts.accountById(session->accountId) : std::nullopt;
        if (!account || account->disabled)
            return Problem::make(Problem::Code::Unauthorized);
        return tokensResponse(issued, session->heldByPasswordChange(*account));
    });

    server.post("/auth/logout-everywhere", [this](const ApiRequest &request) {
        return m_guard.withSession(request, SessionGuard::Access::AllowPendingPasswordChange,
                                   [&](const AuthenticatedSession &session) -> ApiResponse {
                                       if (!m_sessions.revokeAllTokens(session.account.id))
                                           return Problem::make(Problem::Code::Internal);
                                       return ApiResponse::noContent();
                                   });
    });

    server.post("/auth/logout", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::AllowPendingPasswordChange,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                if (!m_tokens.endSession(
                        {session.account.id, session.tokenHash, session.sessionId, {}, {}},
                        QStringLiteral("logout")))
                    return Problem::make(Problem::Code::Internal);
                return ApiResponse::noContent();
            });
    });
}

} // namespace careportal::server
