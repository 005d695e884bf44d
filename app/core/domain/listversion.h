// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace careportal {

/// A list as the server had it when it answered: the items, the version to ask "changed
/// since?" with next time (the ETag), and whether the answer was "not changed" (a 304;
/// the items are empty then and the cached ones stand). Paged lists also say where the
/// next page starts.
template <typename T> struct ListVersion {
    ListVersion() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): a plain list is an unversioned answer
    ListVersion(QList<T> list, QString cursor = {})
        : items(std::move(list))
        , nextCursor(std::move(cursor)) {}

    QList<T> items;
    QString nextCursor; ///< Empty on the last page (and for lists that are not paged).
    QByteArray etag;
    bool notModified = false;
};

} // namespace careportal
