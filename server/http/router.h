// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "rawrequest.h"

#include <QRegularExpression>
#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace careportal::server {

/// The route table and the checks every route shares: JSON content type (415) and syntax
/// (400) for routes that take a body, problem+json 404 for anything unknown, and the
/// decoding of path and query into an ApiRequest, so handlers never see HTTP.
class Router {
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;
    enum class Body { None, Json };

    /// `pattern` is a regular expression for the whole decoded path, e.g.
    /// "/api/v1/clients/([^/]+)/appointments"; its captures become ApiRequest::pathParams.
    void add(const std::string &method, const std::string &pattern, Body body, Handler handler);

    /// Runs the matching handler (on the calling thread) and returns its answer; exceptions
    /// from a handler become a logged 500.
    [[nodiscard]] ApiResponse dispatch(const RawRequest &request) const;

    /// The path of a target as it may be logged: still percent-encoded, with anything that
    /// could forge or break a log line (control characters, quotes, backslashes, bytes
    /// outside ASCII) percent-encoded too, and no query string.
    [[nodiscard]] static QString loggablePath(const std::string &target);
    /// %XX decoding; `plusIsSpace` for query strings (form encoding).
    [[nodiscard]] static QString percentDecode(std::string_view text, bool plusIsSpace);

private:
    struct Route {
        std::string method;
        QRegularExpression pattern;
        Body body;
        Handler handler;
    };

    [[nodiscard]] ApiResponse run(const Route &route, const QRegularExpressionMatch &match,
                                  const RawRequest &raw, const QString &path) const;

    std::vector<Route> m_routes;
};

} // namespace careportal::server
