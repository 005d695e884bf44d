// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/listversion.h"
#include "network/apirequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

// Request building and answer parsing that RestBackend's files share; only they include it.
namespace careportal::rest {

inline ApiRequest post(const QString &path, const QJsonObject &body, bool authenticated = true) {
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.path = path;
    request.body = body;
    request.authenticated = authenticated;
    return request;
}

inline Result<Done> done(const ApiResponse &) {
    return Done{};
}

inline ApiRequest removeRequest(const QString &path) {
    ApiRequest request;
    request.method = ApiRequest::Method::Delete;
    request.path = path;
    return request;
}

inline QString escaped(const QString &id) {
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The business portal's base path for the customer organisation `orgId`.
inline QString organisationPath(const QString &orgId) {
    return QStringLiteral("/business/organisations/") + escaped(orgId);
}

// Reads `items` of a list answer; one malformed item makes the whole answer bad rather
// than silently showing a shorter list.
template <typename T>
Result<QList<T>> parseItems(const ApiResponse &response, const char *what,
                            const char *key = "items") {
    QList<T> items;
    for (const auto &value : response.body.object().value(QLatin1String(key)).toArray()) {
        T item = T::fromJson(value.toObject());
        if (!item.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QString::fromLatin1(what));
        items.append(std::move(item));
    }
    return items;
}

// A list answer with its version: the items (none for a 304), the ETag and the next page.
template <typename T>
Result<ListVersion<T>> parseList(const ApiResponse &response, const char *what) {
    ListVersion<T> list;
    list.etag = response.etag;
    list.notModified = response.notModified();
    if (list.notModified)
        return list;
    auto items = parseItems<T>(response, what);
    if (!items.ok())
        return items.error();
    list.items = items.value();
    list.nextCursor = response.body.object().value(QLatin1String("nextCursor")).toString();
    return list;
}

// A GET of `path` that a cached version (`etag`) may answer with 304.
inline ApiRequest conditionalGet(const QString &path, const QByteArray &etag) {
    ApiRequest request;
    request.path = path;
    request.ifNoneMatch = etag;
    return request;
}

template <typename T> Result<T> parseItem(const ApiResponse &response, const char *what) {
    T item = T::fromJson(response.body.object());
    if (!item.isValid())
        return ApiError::make(ApiError::Kind::BadResponse, QString::fromLatin1(what));
    return item;
}

} // namespace careportal::rest
