// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiresponse.h"

#include <QJsonDocument>

namespace careportal::server {

ApiResponse ApiResponse::json(int status, const QJsonObject &object) {
    return {status,
            QJsonDocument(object).toJson(QJsonDocument::Compact),
            QByteArrayLiteral("application/json"),
            {}};
}

ApiResponse ApiResponse::noContent() {
    return {204, {}, {}, {}};
}

ApiResponse ApiResponse::notModified(const QByteArray &etag) {
    ApiResponse response{304, {}, {}, {}};
    response.withHeader("ETag", etag).withHeader("Cache-Control", "private, no-cache");
    return response;
}

} // namespace careportal::server
