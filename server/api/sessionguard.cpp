#include "sessionguard.h"

#include "auth/tokenservice.h"
#include "http/problem.h"
#include "storage/store.h"

namespace careportal::server {

SessionGuard::SessionGuard(Store &store, TokenService &tokens)
    : m_store(store)
    , m_tokens(tokens) {}

std::variant<AuthenticatedSession, ApiResponse>
SessionGuard::authenticate(const ApiRequest &request, Access access) const {
    // One answer for missing, unknown, expired and revoked tokens: the caller learns only
    // that it must log in again.
    const auto session = m_tokens.resolve(request.bearerToken());
    if (!session)
        return Problem::make(Problem::Code::Unauthorized);
    auto account = m_store.accountById(session->accountId);
    if (!account)
        return Problem::make(Problem::Code::Unauthorized);
    if (account->mustChangePassword && access == Access::Full)
        return Problem::make(Problem::Code::PasswordChangeRequired);
    return AuthenticatedSession{*std::move(account), session->tokenHash};
}

std::variant<AuthenticatedSession, ApiResponse>
SessionGuard::authenticateForClient(const ApiRequest &request) const {
    auto result = authenticate(request, Access::Full);
    if (const auto *session = std::get_if<AuthenticatedSession>(&result)) {
        if (!m_store.accountMaySeeClient(session->account.id, request.pathParams.value(0)))
            return Problem::make(Problem::Code::NotFound);
    }
    return result;
}

} // namespace careportal::server
