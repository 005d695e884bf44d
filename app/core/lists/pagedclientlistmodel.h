// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "lists/clientlistmodel.h"

namespace careportal {

/// A client list that comes newest first, a page at a time, with the cursor the server
/// hands out ("Laad meer ..."): contact requests, dossier reports, the access log. Keeps
/// the cursor and the loading-more state, and appends a page without rows seen before
/// (the list may shift while paging).
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class PagedClientListModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base class of the client's paged lists")
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY pagingChanged)
    Q_PROPERTY(bool loadingMore READ loadingMore NOTIFY pagingChanged)
public:
    [[nodiscard]] bool hasMore() const { return !m_nextCursor.isEmpty(); }
    [[nodiscard]] bool loadingMore() const { return m_loadingMore; }

    /// Fetches the next, older page and appends it; nothing while one is on its way.
    Q_INVOKABLE void loadMore();

Q_SIGNALS:
    void pagingChanged();

protected:
    using ClientListModel::ClientListModel;

    /// Starts fetching the page that `cursor` points at; hand its rows to appendPage().
    virtual void fetchMore(const QString &clientId, const QString &cursor);

    /// Appends the rows of `page` not in `rows` yet and remembers where the next page
    /// starts; true when rows were added.
    template <typename T>
    bool appendPage(QList<T> &rows, const QList<T> &page, const QString &nextCursor) {
        QList<T> fresh;
        for (const T &row : page) {
            if (rowOf(rows, row.id) < 0)
                fresh.append(row);
        }
        if (!fresh.isEmpty()) {
            const int first = static_cast<int>(rows.size());
            beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
            rows.append(fresh);
            endInsertRows();
        }
        setPaging(nextCursor, false);
        return !fresh.isEmpty();
    }

    /// Back to "no page yet" (a new first page, logout).
    void resetPaging() { setPaging({}, false); }
    /// A page arrived that the model merges itself; the next one starts at `nextCursor`.
    void setNextCursor(const QString &nextCursor) { setPaging(nextCursor, false); }
    void loadFailed() override;

private:
    void setPaging(const QString &nextCursor, bool loadingMore);

    QString m_nextCursor;
    bool m_loadingMore = false;
};

} // namespace careportal
