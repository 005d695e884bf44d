// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "guardrecords.h"

#include "contactvalidation.h"
#include "logging/logcategories.h"
#include "storage/accesslogstore.h"
#include "storage/accesslogwriter.h"

namespace careportal::server::guardrecords {

QString deviceOf(const ApiRequest &request) {
    const QString device = request.header("user-agent").left(kMaxDeviceLength);
    return ContactValidation::hasUnsafeCharacters(device, false) ? QStringLiteral("(onleesbaar)")
                                                                 : device;
}

ApiResponse holdUntilLogged(AccessLogWriter *writer, std::optional<AccessLogRecord> &pendingLog,
                            ApiResponse response) {
    if (!pendingLog)
        return response;
    response.holdUntil = [writer,
                          entry = *std::move(pendingLog)](std::function<void(bool)> then) mutable {
        writer->append(std::move(entry), std::move(then));
    };
    return response;
}

void recordRefusal(AccessLogStore &accessLog, const ApiRequest &request,
                   const AccountRecord &account, const QString &event, const char *whose) {
    SecurityEventRecord record;
    record.at = QDateTime::currentDateTimeUtc();
    record.event = event;
    record.accountId = account.id;
    record.userName = account.username;
    record.object = (request.method + u' ' + request.path).left(kMaxObjectLength);
    record.device = deviceOf(request);
    record.address = request.remoteAddress;
    if (!accessLog.appendSecurityEvent(record))
        qCWarning(lcAuth) << "Could not record a refused attempt at" << whose;
}

} // namespace careportal::server::guardrecords
