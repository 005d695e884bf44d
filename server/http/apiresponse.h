// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace careportal::server {

/// What a handler answers. Headers here replace HttpServer's defaults of the same name
/// (e.g. Cache-Control).
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    /// Set when the answer may go out only after work the handler started has finished (a
    /// read's access-log row being committed, see AccessLogWriter): HttpServer calls it with
    /// what to do then, and sends this answer on true, a 500 on false.
    std::function<void(std::function<void(bool ok)>)> holdUntil = {};
    /// A few words the request log adds to this answer's line (why a login was refused);
    /// never secrets, never anything the caller sent.
    QString logNote = {};

    [[nodiscard]] static ApiResponse json(int status, const QJsonObject &object);
    [[nodiscard]] static ApiResponse noContent();
    [[nodiscard]] static ApiResponse notModified(const QByteArray &etag);

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
        return *this;
    }
};

} // namespace careportal::server
