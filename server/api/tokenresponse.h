// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/tokenservice.h"
#include "http/apiresponse.h"

#include <QJsonObject>

namespace careportal::server {

/// The 200 answer that hands out a session's tokens (login, refresh, second factor), with
/// `extra` fields added (e.g. a remembered device's token).
[[nodiscard]] ApiResponse tokensResponse(const TokenService::Issued &issued,
                                         bool mustChangePassword, const QJsonObject &extra = {});

} // namespace careportal::server
