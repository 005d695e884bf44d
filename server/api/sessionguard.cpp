// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionguard.h"

#include "auth/tokenservice.h"
#include "guardrecords.h"
#include "http/problem.h"
#include "storage/accesslogstore.h"

namespace careportal::server {

namespace {

// What was touched, as the client may read it: the route after /clients/{id}/, e.g.
// "appointments" or "contact-persons/<id>".
QString objectOf(const ApiRequest &request) {
    const QString marker = QStringLiteral("/clients/") + request.pathParams.value(0) + u'/';
    const qsizetype at = request.path.indexOf(marker);
    return at < 0 ? request.path : request.path.mid(at + marker.size());
}

} // namespace

SessionGuard::SessionGuard(AccountStore &accounts, TokenService &tokens, AccessLogStore &accessLog,
                           AccessLogWriter *readLog)
    : m_accessLog(accessLog)
    , m_readLog(readLog)
    , m_cache(accounts, tokens) {}

std::variant<AuthenticatedSession, ApiResponse>
SessionGuard::authenticate(const ApiRequest &request, Access access) const {
    // One answer for missing, unknown, expired and revoked tokens: the caller learns only
    // that it must log in again.
    auto caller = m_cache.resolve(request.bearerToken());
    if (!caller)
        return Problem::make(Problem::Code::Unauthorized);
    const TokenService::Session &session = caller->session;
    const bool waiting = !session.factorPending.isEmpty();
    if (waiting != (access == Access::SecondFactor))
        return waiting ? Problem::make(Problem::Code::SecondFactorRequired)
                       : Problem::make(Problem::Code::Unauthorized);
    auto &account = caller->account;
    if (!account || account->disabled)
        return Problem::make(Problem::Code::Unauthorized);
    if (session.heldByPasswordChange(*account) && access == Access::Full)
        return Problem::make(Problem::Code::PasswordChangeRequired);
    // A login through the identity provider never used the portal password: for its session
    // no change of it is pending, and the handlers (/me) see it so.
    if (session.loginMethod == LoginMethod::Oidc)
        account->mustChangePassword = false;
    return AuthenticatedSession{*std::move(account), session.tokenHash, session.sessionId,
                                session.factorPending, session.deviceId};
}

std::variant<SessionGuard::Admitted, ApiResponse>
SessionGuard::authenticateForClient(const ApiRequest &request, LinkRight right) const {
    auto result = authenticate(request, Access::Full);
    if (auto *problem = std::get_if<ApiResponse>(&result))
        return std::move(*problem);
    auto &session = std::get<AuthenticatedSession>(result);
    const auto access =
        m_cache.accessToClient(session.tokenHash, session.account.id, request.pathParams.value(0));
    if (!access) {
        recordRefusal(request, session.account, QStringLiteral("client-refused"));
        return Problem::make(Problem::Code::NotFound);
    }
    // A part the link does not open is answered as a client it may not see: the same
    // 404, so the caller cannot tell a dossier kept from it from one that is not there.
    if (!access->rights.has(right)) {
        recordRefusal(request, session.account, QStringLiteral("right-refused"));
        return Problem::make(Problem::Code::NotFound);
    }
    AccessLogRecord entry = accessEntry(request, session.account, access->relation);
    // A read changes nothing, so its row may be committed after the handler ran, as long
    // as the answer waits for it; a change is logged before it is made, and so is a read of
    // the access log itself, which shows its own row.
    if (m_readLog && request.method == QLatin1String("GET") && right != LinkRight::AccessLog)
        return Admitted{std::move(session), std::move(entry)};
    if (!m_accessLog.append(entry))
        return Problem::make(Problem::Code::Internal);
    return Admitted{std::move(session), std::nullopt};
}

ApiResponse SessionGuard::afterHandler(Admitted &admitted, ApiResponse response) const {
    return guardrecords::holdUntilLogged(m_readLog, admitted.pendingLog, std::move(response));
}

void SessionGuard::recordRefusal(const ApiRequest &request, const AccountRecord &account,
                                 const QString &eventName) const {
    guardrecords::recordRefusal(m_accessLog, request, account, eventName, "another client's data");
}

AccessLogRecord SessionGuard::accessEntry(const ApiRequest &request, const AccountRecord &account,
                                          const QString &relation) {
    AccessLogRecord entry;
    entry.at = QDateTime::currentDateTimeUtc();
    entry.event =
        request.method == QLatin1String("GET") ? QStringLiteral("read") : QStringLiteral("change");
    entry.clientId = request.pathParams.value(0);
    entry.accountId = account.id;
    entry.userName = account.displayName;
    // Today every account acts for the client it is linked to; a representative's own
    // name is the user, the client the one on whose behalf.
    entry.onBehalfOf = entry.clientId;
    entry.role = relation;
    entry.device = guardrecords::deviceOf(request);
    entry.address = request.remoteAddress;
    entry.object = objectOf(request);
    return entry;
}

} // namespace careportal::server
