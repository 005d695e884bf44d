// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "router.h"

#include "logging/logcategories.h"
#include "problem.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <string_view>

namespace careportal::server {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string_view pathOf(std::string_view target) {
    return target.substr(0, target.find('?'));
}

std::string_view queryOf(std::string_view target) {
    const auto mark = target.find('?');
    return mark == std::string_view::npos ? std::string_view() : target.substr(mark + 1);
}

QHash<QString, QString> parseQuery(std::string_view query) {
    QHash<QString, QString> result;
    while (!query.empty()) {
        const auto end = query.find('&');
        const std::string_view pair = query.substr(0, end);
        const auto equals = pair.find('=');
        const QString key = Router::percentDecode(pair.substr(0, equals), true);
        const QString value = equals == std::string_view::npos
                                  ? QString()
                                  : Router::percentDecode(pair.substr(equals + 1), true);
        if (!key.isEmpty() && !result.contains(key)) // the first of repeated keys counts
            result.insert(key, value);
        query = end == std::string_view::npos ? std::string_view() : query.substr(end + 1);
    }
    return result;
}

bool isJsonContentType(const QString &value) {
    const QString mediaType = value.section(QLatin1Char(';'), 0, 0).trimmed();
    return mediaType.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0;
}

QString fromStd(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

void Router::add(const std::string &method, const std::string &pattern, Body body,
                 Handler handler) {
    QRegularExpression expression(QRegularExpression::anchoredPattern(fromStd(pattern)));
    expression.optimize();
    m_routes.push_back({method, std::move(expression), body, std::move(handler)});
}

ApiResponse Router::dispatch(const RawRequest &raw) const {
    const QString path = percentDecode(pathOf(raw.target), false);
    for (const Route &route : m_routes) {
        if (route.method != raw.method)
            continue;
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (match.hasMatch())
            return run(route, match, raw, path);
    }
    return Problem::make(Problem::Code::NotFound);
}

ApiResponse Router::run(const Route &route, const QRegularExpressionMatch &match,
                        const RawRequest &raw, const QString &path) const {
    ApiRequest request;
    request.method = fromStd(raw.method);
    request.path = path;
    request.remoteAddress = fromStd(raw.remoteAddress);
    for (int i = 1; i <= match.lastCapturedIndex(); ++i)
        request.pathParams.append(match.captured(i));
    request.query = parseQuery(queryOf(raw.target));
    for (const auto &[name, value] : raw.headers)
        request.headers.insert(QByteArray::fromStdString(name).toLower(), fromStd(value));

    if ((route.body == Body::Json || !raw.body.empty()) &&
        !isJsonContentType(request.header("content-type")))
        return Problem::make(Problem::Code::UnsupportedMediaType);
    if (route.body == Body::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(
            QByteArray::fromRawData(raw.body.data(), static_cast<qsizetype>(raw.body.size())),
            &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Problem::make(Problem::Code::BadRequest,
                                 QStringLiteral("The body must be one JSON object."));
        request.json = document.object();
    }
    try {
        return route.handler(request);
    } catch (...) { // a handler's bug must not take the connection's thread with it
        qCCritical(lcHttp).noquote()
            << "Handler threw for" << request.method << loggablePath(raw.target);
    }
    return Problem::make(Problem::Code::Internal);
}

QString Router::percentDecode(std::string_view text, bool plusIsSpace) {
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(text.size()));
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            bytes.append(static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            bytes.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
    return QString::fromUtf8(bytes);
}

QString Router::loggablePath(const std::string &target) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    QString result;
    for (const char c : pathOf(target)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f || c == '"' || c == '\\') {
            result += QLatin1Char('%');
            result += QLatin1Char(kHex[byte >> 4]);
            result += QLatin1Char(kHex[byte & 0xf]);
        } else {
            result += QLatin1Char(c);
        }
    }
    return result;
}

} // namespace careportal::server
