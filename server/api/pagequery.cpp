// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pagequery.h"

#include "http/problem.h"

namespace careportal::server {

namespace {

std::optional<PageCursor> decodeCursor(const QString &text, bool *ok) {
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray raw = decoded.decoded;
    const qsizetype colon = raw.indexOf(':');
    bool number = false;
    const qint64 utc = raw.left(colon).toLongLong(&number);
    if (!decoded || colon <= 0 || !number) {
        *ok = false;
        return std::nullopt;
    }
    return PageCursor{utc, QString::fromUtf8(raw.mid(colon + 1))};
}

} // namespace

std::variant<PageQuery, ApiResponse> readPageQuery(const ApiRequest &request, int defaultSize,
                                                   int maxSize) {
    bool limitOk = true;
    const QString limitText = request.query.value(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? defaultSize : limitText.toInt(&limitOk);
    bool cursorOk = true;
    auto before = decodeCursor(request.query.value(QStringLiteral("cursor")), &cursorOk);
    if (!limitOk || limit < 1 || limit > maxSize || !cursorOk)
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("\"limit\" must be 1 to %1; \"cursor\" must be "
                                            "a nextCursor of an earlier page.")
                                 .arg(maxSize));
    return PageQuery{limit, std::move(before)};
}

QString encodeCursor(const QDateTime &lastTime, const QString &lastId) {
    const QByteArray raw = QByteArray::number(lastTime.toSecsSinceEpoch()) + ':' + lastId.toUtf8();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject pageBody(const QJsonArray &items, const std::optional<QString> &next) {
    return {{QLatin1String("items"), items},
            {QLatin1String("nextCursor"), next ? QJsonValue(*next) : QJsonValue(QJsonValue::Null)}};
}

} // namespace careportal::server
