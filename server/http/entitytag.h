// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace careportal::server {

/// Entity tags (RFC 9110 8.8.3) for conditional requests. Lists and the planning answer 304
/// to an If-None-Match that names what the app already has; edits refuse a stale If-Match
/// with 412 and the current version, so no one overwrites a change they never saw.
class EntityTag {
public:
    /// Strong tag of a body (quoted, as HTTP wants it).
    [[nodiscard]] static QByteArray of(const QByteArray &body);
    /// Strong tag of one resource's JSON representation (its "etag" member left out).
    [[nodiscard]] static QByteArray of(const QJsonObject &representation);
    /// The representation with its tag as the "etag" member, as lists and answers carry it.
    [[nodiscard]] static QJsonObject tagged(QJsonObject representation);

    /// If-None-Match: weak comparison, "*" matches anything (RFC 9110 13.1.2).
    [[nodiscard]] static bool noneMatchNames(const QString &ifNoneMatch, const QByteArray &etag);
    /// If-Match: strong comparison, so a weak tag never matches (RFC 9110 13.1.1).
    [[nodiscard]] static bool matchNames(const QString &ifMatch, const QByteArray &etag);

    /// A 200 JSON answer with its ETag and revalidation headers, or 304 when the request's
    /// If-None-Match names it.
    [[nodiscard]] static ApiResponse conditional(const ApiRequest &request, ApiResponse response);
    /// The same with the tag of `response`'s body computed before (a kept answer).
    [[nodiscard]] static ApiResponse conditional(const ApiRequest &request, ApiResponse response,
                                                 const QByteArray &etag);
    /// nullopt when an edit may go on (no If-Match, or it names `current`); otherwise the
    /// 412 to answer, carrying `current`.
    [[nodiscard]] static std::optional<ApiResponse> checkIfMatch(const ApiRequest &request,
                                                                 const QJsonObject &current);
};

} // namespace careportal::server
