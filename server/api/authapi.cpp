#include "authapi.h"

#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/tokenservice.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/store.h"

namespace careportal::server {

namespace {

// Long enough for any passphrase, short enough that Argon2id input stays trivial.
constexpr qsizetype kMaxFieldLength = 1024;

} // namespace

AuthApi::AuthApi(Store &store, TokenService &tokens, LoginThrottle &throttle, SessionGuard &guard)
    : m_store(store)
    , m_tokens(tokens)
    , m_throttle(throttle)
    , m_guard(guard) {}

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

        const auto issued = m_tokens.issue(account->id);
        if (!issued)
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::json(
            200, {{QLatin1String("token"), issued->token},
                  {QLatin1String("tokenType"), QStringLiteral("Bearer")},
                  {QLatin1String("expiresAt"), issued->expiresAt.toString(Qt::ISODate)},
                  {QLatin1String("mustChangePassword"), account->mustChangePassword}});
    });

    server.post("/auth/logout", [this](const ApiRequest &request) {
        auto result =
            m_guard.authenticate(request, SessionGuard::Access::AllowPendingPasswordChange);
        if (auto *failure = std::get_if<ApiResponse>(&result))
            return *failure;
        const auto &session = std::get<AuthenticatedSession>(result);
        if (!m_tokens.revoke(session.tokenHash))
            return Problem::make(Problem::Code::Internal);
        return ApiResponse::noContent();
    });
}

} // namespace careportal::server
