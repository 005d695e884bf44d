#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace careportal::server {

/// What a handler answers. Headers here replace HttpServer's defaults of the same name
/// (e.g. Cache-Control).
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] static ApiResponse json(int status, const QJsonObject &object);
    [[nodiscard]] static ApiResponse noContent();
    [[nodiscard]] static ApiResponse notModified(const QByteArray &etag);

    ApiResponse &withHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
        return *this;
    }
};

} // namespace careportal::server
