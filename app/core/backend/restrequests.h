#pragma once

#include "apirequest.h"
#include "result.h"

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

template <typename T> Result<T> parseItem(const ApiResponse &response, const char *what) {
    T item = T::fromJson(response.body.object());
    if (!item.isValid())
        return ApiError::make(ApiError::Kind::BadResponse, QString::fromLatin1(what));
    return item;
}

} // namespace careportal::rest
