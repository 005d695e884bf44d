#include "authapi.h"

#include "auth/deviceregistry.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/secondfactorservice.h"
#include "auth/tokenservice.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/store.h"
#include "tokenresponse.h"

namespace careportal::server {

namespace {

// Long enough for any passphrase, short enough that Argon2id input stays trivial.
constexpr qsizetype kMaxFieldLength = 1024;

} // namespace

AuthApi::AuthApi(Store &store, TokenService &tokens, LoginThrottle &throttle, SessionGuard &guard,
                 SecondFactorService &factors, DeviceRegistry &devices)
    : m_store(store)
    , m_tokens(tokens)
    , m_throttle(throttle)
    , m_guard(guard)
    , m_factors(factors)
    , m_devices(devices) {}

ApiResponse AuthApi::startSession(const AccountRecord &account, const QString &deviceToken) {
    QString deviceId;
    if (m_factors.required()) {
        deviceId = m_devices.recognise(account.id, deviceToken);
        if (deviceId.isEmpty())
            return challenge(account);
    }
    const auto issued = m_tokens.startSession(account.id, {}, deviceId);
    if (!issued)
        return Problem::make(Problem::Code::Internal);
    return tokensResponse(*issued, account.mustChangePassword);
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

void AuthApi::registerRoutes(HttpServer &server) {
    server.postJson("/auth/login", [this](const ApiRequest &request) {
        const QJsonValue usernameValue = request.json.value(QLatin1String("username"));
        const QJsonValue passwordValue = request.json.value(QLatin1String("password"));
        if (!usernameValue.isString() || !passwordValue.isString() ||
            usernameValue.toString().size() > kMaxFieldLength ||
            passwordValue.toString().size() > kMaxFieldLength)
            return Problem::make(Problem::Code::BadRequest,
                                 QStringLiteral("Send \"username\" and \"password\" as strings."));
        const QString username = usernameValue.toString().trimmed();
        const QString password = passwordValue.toString();

        const auto account = m_store.accountByUsername(username);
        // Unknown names go through the same throttle with a dummy verify: same work, same
        // 401, and after `threshold` failures the same 429. Nothing tells them apart.
        const QString accountId = account ? account->id : QString();
        const LoginThrottle::Attempt attempt =
            m_throttle.attempt(username, accountId, request.remoteAddress, [&] {
                return account ? PasswordHasher::tryVerify(account->passwordHash, password)
                               : PasswordHasher::dummyVerify(password);
            });
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
        // Only after the right password: a disabled account says so, an unknown one never.
        if (account->disabled)
            return Problem::make(Problem::Code::AccountDisabled);

        const QJsonValue deviceToken = request.json.value(QLatin1String("deviceToken"));
        return startSession(*account, deviceToken.toString());
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
        const auto account = session ? m_store.accountById(session->accountId) : std::nullopt;
        if (!account || account->disabled)
            return Problem::make(Problem::Code::Unauthorized);
        return tokensResponse(issued, account->mustChangePassword);
    });

    server.post("/auth/logout-everywhere", [this](const ApiRequest &request) {
        auto result =
            m_guard.authenticate(request, SessionGuard::Access::AllowPendingPasswordChange);
        if (auto *failure = std::get_if<ApiResponse>(&result))
            return *failure;
        const auto &session = std::get<AuthenticatedSession>(result);
        if (!m_store.revokeAllTokens(session.account.id))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::noContent();
    });

    server.post("/auth/logout", [this](const ApiRequest &request) {
        auto result =
            m_guard.authenticate(request, SessionGuard::Access::AllowPendingPasswordChange);
        if (auto *failure = std::get_if<ApiResponse>(&result))
            return *failure;
        const auto &session = std::get<AuthenticatedSession>(result);
        if (!m_tokens.endSession({session.account.id, session.tokenHash, session.sessionId, {}, {}},
                                 QStringLiteral("logout")))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::noContent();
    });
}

} // namespace careportal::server
