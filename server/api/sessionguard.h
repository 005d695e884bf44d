#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "sessioncache.h"
#include "storage/linkrights.h"
#include "storage/records.h"

#include <optional>
#include <utility>
#include <variant>

namespace careportal::server {

class AccessLogStore;
class AccountStore;
class TokenService;

/// The caller behind a valid bearer token.
struct AuthenticatedSession {
    AccountRecord account;
    QByteArray tokenHash;
    QString sessionId;
    QString factorPending; // set only under Access::SecondFactor
    QString deviceId;      // the remembered device this session runs on, if any
};

/// Turns the Authorization header into a session or the problem to answer. While an
/// account must change its password only the endpoints that help it do so are open.
class SessionGuard {
public:
    /// SecondFactor admits only a session still waiting for its second factor, and such a
    /// session nothing else: a token from before the factor opens no data endpoint.
    enum class Access { Full, AllowPendingPasswordChange, SecondFactor };

    SessionGuard(AccountStore &accounts, TokenService &tokens, AccessLogStore &accessLog);

    /// Either the session or the 401/403 response to send.
    [[nodiscard]] std::variant<AuthenticatedSession, ApiResponse>
    authenticate(const ApiRequest &request, Access access) const;

    /// The preamble of a route: answers authenticate()'s 401/403 itself, else what
    /// `handler(const AuthenticatedSession &)` answers.
    template <typename Handler>
    [[nodiscard]] ApiResponse withSession(const ApiRequest &request, Access access,
                                          Handler &&handler) const {
        auto result = authenticate(request, access);
        if (auto *problem = std::get_if<ApiResponse>(&result))
            return std::move(*problem);
        return std::forward<Handler>(handler)(std::get<AuthenticatedSession>(result));
    }

    /// The preamble of every /clients/{clientId}/... route: authenticate(Full) plus the
    /// check that the account may see the client named by the route's first capture, and
    /// that its link to the client opens `right`, the part of the portal the route serves.
    /// Unknown and forbidden clients, and parts the link does not open, all answer 404: no
    /// hint that an id or a part exists; the refusal is recorded as a security event
    /// (admin list-security-events: client-refused, right-refused). Every access
    /// it lets through is written to the NEN 7513 access log first (GET: read, else
    /// change); when that write fails the request is refused — no access without its log
    /// line. Only then does `handler(const AuthenticatedSession &, const QString &clientId)`
    /// run, and its answer is the route's.
    template <typename Handler>
    [[nodiscard]] ApiResponse forClient(const ApiRequest &request, LinkRight right,
                                        Handler &&handler) const {
        auto result = authenticateForClient(request, right);
        if (auto *problem = std::get_if<ApiResponse>(&result))
            return std::move(*problem);
        return std::forward<Handler>(handler)(std::get<AuthenticatedSession>(result),
                                              request.pathParams.value(0));
    }

    static constexpr int kMaxDeviceLength = 200;
    static constexpr int kMaxObjectLength = 300;

private:
    [[nodiscard]] std::variant<AuthenticatedSession, ApiResponse>
    authenticateForClient(const ApiRequest &request, LinkRight right) const;
    /// NEN 7513: an attempt at a client the account may not see (or that does not exist),
    /// or at a part of the portal its link does not open, goes to the security officer's
    /// events (`event`), not to any client's access log.
    void recordRefusal(const ApiRequest &request, const AccountRecord &account,
                       const QString &event) const;
    [[nodiscard]] bool logAccess(const ApiRequest &request, const AccountRecord &account,
                                 const QString &relation) const;

    AccessLogStore &m_accessLog;
    // The guard answers from const methods; what the cache keeps is no state of the guard's.
    mutable SessionCache m_cache;
};

} // namespace careportal::server
