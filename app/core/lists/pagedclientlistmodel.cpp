// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lists/pagedclientlistmodel.h"

namespace careportal {

void PagedClientListModel::loadMore() {
    if (!hasMore() || m_loadingMore || clientId().isEmpty())
        return;
    setPaging(m_nextCursor, true);
    fetchMore(clientId(), m_nextCursor);
}

void PagedClientListModel::fetchMore(const QString &, const QString &) {}

void PagedClientListModel::loadFailed() {
    // What was shown stays, and so does the cursor: "Laad meer" can be tried again.
    setPaging(m_nextCursor, false);
}

void PagedClientListModel::setPaging(const QString &nextCursor, bool loadingMore) {
    m_nextCursor = nextCursor;
    m_loadingMore = loadingMore;
    Q_EMIT pagingChanged();
}

} // namespace careportal
