// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/account.h"
#include "network/apirequest.h"
#include "network/networkjob.h"

#include <QFuture>
#include <functional>

namespace careportal {

/// Renews a session's tokens with its refresh token: one POST /auth/refresh, unauthenticated
/// and never refreshed itself. The server spends a refresh token on its first use and ends
/// the whole session when one is used twice, so RestBackend runs at most one of these at a
/// time and lets every call that met a 401 meanwhile wait for how it ends.
///
/// After finished(), tokens() holds the new pair (both tokens: the old refresh token is
/// spent). Any other answer fails the job: the session cannot be renewed.
class TokenRefreshJob : public NetworkJob {
    Q_OBJECT
public:
    /// How the job sends its request: RestBackend's ApiClient, or a test's fake.
    using Send = std::function<QFuture<ApiResponse>(const ApiRequest &)>;

    TokenRefreshJob(Send send, QByteArray refreshToken, QObject *parent = nullptr);

    [[nodiscard]] const SessionTokens &tokens() const { return m_tokens; }

protected:
    void run() override;

private:
    void answered(const ApiResponse &response);

    Send m_send;
    QByteArray m_refreshToken;
    SessionTokens m_tokens;
};

} // namespace careportal
