// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace careportal {

/// One call to the CarePortal JSON API, before it becomes a QNetworkRequest.
struct ApiRequest {
    enum class Method { Get, Post, Put, Delete };

    Method method = Method::Get;
    QString path; ///< Relative to the API base, e.g. "/auth/login".
    /// An absolute address instead of `path` (a FHIR server's next-page link); the caller
    /// checks that it is on the server's own origin before sending the session's token.
    QUrl url;
    QUrlQuery query;
    std::optional<QJsonObject> body;
    QByteArray ifNoneMatch;    ///< ETag for a conditional GET.
    QByteArray ifMatch;        ///< The version an edit was made to (412 when it changed since).
    QByteArray idempotencyKey; ///< Makes a queued write safe to send again.
    bool authenticated = true;
    /// What the answer may be besides a problem: JSON unless said (an invoice's PDF).
    QByteArray accept = QByteArrayLiteral("application/json");
    /// The body's media type (a FHIR server's is application/fhir+json).
    QByteArray contentType = QByteArrayLiteral("application/json");
    /// Other headers the protocol needs (FHIR's If-None-Exist).
    QList<QPair<QByteArray, QByteArray>> headers;
    /// The session token as it was when the call was made (ApiClient fills it in), so a
    /// request that waits for the pin check still carries the token it was made with.
    QByteArray bearerToken;
};

/// What came back: a status and JSON body, or an error. A document that is not JSON (a
/// PDF, asked for with ApiRequest::accept) comes in `document`, with its file name.
struct ApiResponse {
    ApiError error;
    int status = 0;
    QJsonDocument body;
    QByteArray document;
    QString fileName; ///< Content-Disposition's filename, for a document.
    QByteArray etag;
    bool replayed = false; ///< The server answered a retry from its store (Idempotent-Replayed).

    [[nodiscard]] static ApiResponse failure(const ApiError &error) {
        ApiResponse response;
        response.error = error;
        return response;
    }
    [[nodiscard]] bool ok() const { return !error.isError(); }
    [[nodiscard]] bool notModified() const { return status == 304; }
};

} // namespace careportal
