// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <optional>

namespace careportal::server {

class AccessLogStore;
class AccessLogWriter;

/// What SessionGuard (client routes) and BusinessGuard (business routes) record the same
/// way, so the two NEN 7513 trails cannot drift apart.
namespace guardrecords {

inline constexpr int kMaxDeviceLength = 200;
inline constexpr int kMaxObjectLength = 300;

/// The access point as the client and staff read it: no escape sequence or hidden text.
[[nodiscard]] QString deviceOf(const ApiRequest &request);

/// The handler's answer, held until `pendingLog` (a GET's row, when the guard has a
/// `writer`) is committed; unchanged when there is no pending row.
[[nodiscard]] ApiResponse holdUntilLogged(AccessLogWriter *writer,
                                          std::optional<AccessLogRecord> &pendingLog,
                                          ApiResponse response);

/// The security officer's event for a refused attempt (`event`: client-refused,
/// organisation-refused, right-refused). The caller's answer stays 404 either way: a
/// refusal must not turn into an error that tells the caller more, so a failed write is
/// only logged, with `whose` naming the data ("another client's data").
void recordRefusal(AccessLogStore &accessLog, const ApiRequest &request,
                   const AccountRecord &account, const QString &event, const char *whose);

} // namespace guardrecords

} // namespace careportal::server
