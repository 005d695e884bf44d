// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backend/tokenrefreshjob.h"

#include "backend/restrequests.h"

#include <utility>

namespace careportal {

TokenRefreshJob::TokenRefreshJob(Send send, QByteArray refreshToken, QObject *parent)
    : NetworkJob(parent)
    , m_send(std::move(send))
    , m_refreshToken(std::move(refreshToken)) {}

void TokenRefreshJob::run() {
    const QJsonObject body{{QLatin1String("refreshToken"), QString::fromLatin1(m_refreshToken)}};
    await(m_send(rest::post(QStringLiteral("/auth/refresh"), body, false)),
          [this](const ApiResponse &response) { answered(response); });
}

void TokenRefreshJob::answered(const ApiResponse &response) {
    if (!response.ok()) {
        fail(response.error);
        return;
    }
    const LoginResult result = LoginResult::fromJson(response.body.object());
    // Only a whole pair renews the session: an access token without its next refresh
    // token would end it at the following expiry.
    if (result.token.isEmpty() || result.refreshToken.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("refresh")));
        return;
    }
    m_tokens = result.tokens();
    succeed();
}

} // namespace careportal
