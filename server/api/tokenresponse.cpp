// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenresponse.h"

namespace careportal::server {

ApiResponse tokensResponse(const TokenService::Issued &issued, bool mustChangePassword,
                           const QJsonObject &extra) {
    QJsonObject body{
        {QLatin1String("token"), issued.token},
        {QLatin1String("tokenType"), QStringLiteral("Bearer")},
        {QLatin1String("expiresAt"), issued.expiresAt.toString(Qt::ISODate)},
        {QLatin1String("refreshToken"), issued.refreshToken},
        {QLatin1String("sessionExpiresAt"), issued.sessionExpiresAt.toString(Qt::ISODate)},
        {QLatin1String("mustChangePassword"), mustChangePassword}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return ApiResponse::json(200, body);
}

} // namespace careportal::server
