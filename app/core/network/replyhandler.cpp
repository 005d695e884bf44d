// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/replyhandler.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>

namespace careportal {

namespace {

ApiError::Kind kindForNetworkError(QNetworkReply::NetworkError error) {
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout cancels the reply
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Offline;
    }
}

} // namespace

ApiError::Kind ReplyHandler::kindForStatus(int status) {
    if (status >= 200 && status < 300)
        return ApiError::Kind::None;
    switch (status) {
    case 304:
        return ApiError::Kind::None;
    case 401:
        return ApiError::Kind::Unauthorized;
    case 403:
        return ApiError::Kind::Forbidden;
    case 404:
        return ApiError::Kind::NotFound;
    case 409:
    case 412:
        return ApiError::Kind::Conflict;
    case 429:
        return ApiError::Kind::Throttled;
    default:
        break;
    }
    if (status >= 500)
        return ApiError::Kind::Server;
    if (status >= 400)
        return ApiError::Kind::Validation;
    return ApiError::Kind::BadResponse;
}

void ReplyHandler::readDocument(QNetworkReply *reply, const QByteArray &body,
                                ApiResponse &response) {
    // Only a document the caller asked for (an invoice's PDF) is taken as it is.
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!type.startsWith(QLatin1String("application/pdf"))) {
        response.error = ApiError::make(ApiError::Kind::BadResponse, type);
        return;
    }
    response.document = body;
    static const QRegularExpression fileName(QStringLiteral("filename=\"([^\"/\\\\]+)\""));
    const auto match = fileName.match(QString::fromLatin1(reply->rawHeader("Content-Disposition")));
    if (match.hasMatch())
        response.fileName = match.captured(1);
}

void ReplyHandler::readProblem(const QByteArray &body, ApiError &error) {
    const QJsonObject problem = QJsonDocument::fromJson(body).object();
    error.code = problem.value(QLatin1String("code")).toString();
    const QJsonObject messages = problem.value(QLatin1String("messages")).toObject();
    error.messageNl = messages.value(QLatin1String("nl")).toString();
    error.messageEn = messages.value(QLatin1String("en")).toString();
    error.current = problem.value(QLatin1String("current")).toObject();
    for (const auto &violation : problem.value(QLatin1String("violations")).toArray())
        error.violations.append(violation.toString());
    for (const auto &value : problem.value(QLatin1String("fieldErrors")).toArray()) {
        const QJsonObject field = value.toObject();
        const QJsonObject texts = field.value(QLatin1String("messages")).toObject();
        error.fieldErrors.insert(field.value(QLatin1String("field")).toString(),
                                 {texts.value(QLatin1String("nl")).toString(),
                                  texts.value(QLatin1String("en")).toString()});
    }
}

ApiResponse ReplyHandler::interpret(QNetworkReply *reply, bool pinRejected) {
    ApiResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pinRejected) {
        response.error = ApiError::make(ApiError::Kind::Tls, QStringLiteral("pin-mismatch"));
        return response;
    }
    if (response.status == 0) {
        response.error = ApiError::make(kindForNetworkError(reply->error()), reply->errorString());
        return response;
    }
    const QByteArray body = reply->readAll();
    response.etag = reply->rawHeader("ETag");
    response.replayed = reply->rawHeader("Idempotent-Replayed") == "true";
    response.error.kind = kindForStatus(response.status);
    response.error.httpStatus = response.status;
    if (response.error.isError()) {
        readProblem(body, response.error);
        // The body as it came, for a protocol whose errors say more than a problem's fields
        // (a FHIR server's OperationOutcome).
        response.body = QJsonDocument::fromJson(body);
        response.error.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        return response;
    }
    if (response.status == 204 || response.status == 304)
        return response;
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!type.startsWith(QLatin1String("application/json")) &&
        !type.startsWith(QLatin1String("application/fhir+json"))) {
        readDocument(reply, body, response);
        return response;
    }
    QJsonParseError parseError;
    response.body = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !response.body.isObject())
        response.error = ApiError::make(ApiError::Kind::BadResponse, parseError.errorString());
    return response;
}

} // namespace careportal
