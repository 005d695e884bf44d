// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace careportal::server {

/// What a handler needs from a request, already decoded by HttpServer, so API classes
/// never see the HTTP library.
struct ApiRequest {
    QString method;
    QString path;
    /// Regex captures of the route pattern, e.g. the client id of /clients/{id}/appointments.
    QStringList pathParams;
    QHash<QString, QString> query;
    /// Keys are lower-case header names.
    QHash<QByteArray, QString> headers;
    /// The peer's IP address (the access point in the access log).
    QString remoteAddress;
    /// The parsed body for routes that take JSON; empty otherwise.
    QJsonObject json;

    [[nodiscard]] QString header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
    /// The token of "Authorization: Bearer <token>", or empty.
    [[nodiscard]] QString bearerToken() const;
};

} // namespace careportal::server
