// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>
#include <variant>

namespace careportal::server {

/// `?limit=` and `?cursor=` of a newest-first list that pages backwards in time.
struct PageQuery {
    int limit = 0;
    std::optional<PageCursor> before; // unset: the newest page
};

/// Reads the query; the 400 to answer when the limit is outside 1..maxSize or the cursor
/// is not one this server handed out.
[[nodiscard]] std::variant<PageQuery, ApiResponse> readPageQuery(const ApiRequest &request,
                                                                 int defaultSize, int maxSize);

/// The cursor is opaque to the app: base64url of "<epoch>:<id>" of the last row sent.
[[nodiscard]] QString encodeCursor(const QDateTime &lastTime, const QString &lastId);

/// {"items": items, "nextCursor": cursor or null}.
[[nodiscard]] QJsonObject pageBody(const QJsonArray &items, const std::optional<QString> &next);

/// Fetches one row more than asked to learn whether an older page exists, and answers the
/// page with its cursor. `fetch(limit)` returns rows newest first; `timeOf`/`idOf` give the
/// cursor of a row and `toJson` its wire form.
template <typename Row, typename Fetch, typename TimeOf, typename IdOf, typename ToJson>
[[nodiscard]] ApiResponse pageResponse(int limit, Fetch fetch, TimeOf timeOf, IdOf idOf,
                                       ToJson toJson) {
    QList<Row> rows = fetch(limit + 1);
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    QJsonArray items;
    for (const Row &row : std::as_const(rows))
        items.append(toJson(row));
    std::optional<QString> next;
    if (more)
        next = encodeCursor(timeOf(rows.last()), idOf(rows.last()));
    return ApiResponse::json(200, pageBody(items, next));
}

} // namespace careportal::server
