// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "guardrecords.h"
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
class AccessLogWriter;
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

    /// With `readLog`, a GET's access-log row is committed by that writer and the answer
    /// held until it is (no handler thread waits); without it every row is written first.
    SessionGuard(AccountStore &accounts, TokenService &tokens, AccessLogStore &accessLog,
                 AccessLogWriter *readLog = nullptr);

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
    /// (admin list-security-events: client-refused, right-refused). Every access it lets
    /// through gets its NEN 7513 access-log row (GET: read, else change) before its answer
    /// goes out, and a 500 instead when that write fails — no access without its log line.
    /// A change's row is written before `handler(const AuthenticatedSession &, const
    /// QString &clientId)` runs; a read's (but the access log's own) is committed by the
    /// AccessLogWriter while the answer is held (ApiResponse::holdUntil).
    template <typename Handler>
    [[nodiscard]] ApiResponse forClient(const ApiRequest &request, LinkRight right,
                                        Handler &&handler) const {
        auto result = authenticateForClient(request, right);
        if (auto *problem = std::get_if<ApiResponse>(&result))
            return std::move(*problem);
        auto &admitted = std::get<Admitted>(result);
        return afterHandler(admitted, std::forward<Handler>(handler)(admitted.session,
                                                                     request.pathParams.value(0)));
    }

    static constexpr int kMaxDeviceLength = guardrecords::kMaxDeviceLength;
    static constexpr int kMaxObjectLength = guardrecords::kMaxObjectLength;

private:
    /// A caller let through to a client, and its access-log row when that is still to be
    /// written after the handler (a GET with a writer).
    struct Admitted {
        AuthenticatedSession session;
        std::optional<AccessLogRecord> pendingLog;
    };
    [[nodiscard]] std::variant<Admitted, ApiResponse>
    authenticateForClient(const ApiRequest &request, LinkRight right) const;
    /// The handler's answer, held until the pending access-log row is committed.
    [[nodiscard]] ApiResponse afterHandler(Admitted &admitted, ApiResponse response) const;
    /// NEN 7513: an attempt at a client the account may not see (or that does not exist),
    /// or at a part of the portal its link does not open, goes to the security officer's
    /// events (`event`), not to any client's access log.
    void recordRefusal(const ApiRequest &request, const AccountRecord &account,
                       const QString &event) const;
    [[nodiscard]] static AccessLogRecord
    accessEntry(const ApiRequest &request, const AccountRecord &account, const QString &relation);

    AccessLogStore &m_accessLog;
    AccessLogWriter *m_readLog;
    // The guard answers from const methods; what the cache keeps is no state of the guard's.
    mutable SessionCache m_cache;
};

} // namespace careportal::server
