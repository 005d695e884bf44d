// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/business.h"
#include "lists/clientlistmodel.h"

namespace careportal {

class CareBackend;

/// What every list of the business portal shares: the chosen customer organisation's
/// records (ClientListModel with Subject::Organisation: cached sealed per organisation,
/// revalidated with their ETag, writes through the outbox), shown as roles named after
/// the API's members. A subclass names the members it shows and may add roles it derives
/// (an amount as money, a date as the reader says it).
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class BusinessListModel : public careportal::ClientListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base class of the business portal's lists")
public:
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The item with `id` as a map of the role names (empty when unknown), for a detail
    /// page that must outlive list changes.
    Q_INVOKABLE [[nodiscard]] QVariantMap item(const QString &id) const;

protected:
    /// `members`: the API members shown, each a role of the same name ("id" is "itemId").
    BusinessListModel(Session *session, CareBackend *backend, LanguageSettings *language,
                      const QList<QByteArray> &members, QObject *parent);

    /// Roles a subclass derives from a record: their names, from derivedRole(0) on.
    [[nodiscard]] virtual QList<QByteArray> derivedRoleNames() const { return {}; }
    /// The value of derived role `which` (an index into derivedRoleNames()).
    [[nodiscard]] virtual QVariant derived(const BusinessRecord &record, int which) const;
    /// Pending (outbox) items first when true: a new question tops the list.
    void setNewestFirst(bool newestFirst) { m_newestFirst = newestFirst; }

    [[nodiscard]] CareBackend *backend() const { return m_backend; }
    [[nodiscard]] const QList<BusinessRecord> &serverRows() const { return m_serverRows; }
    [[nodiscard]] const QList<BusinessRecord> &shownRows() const { return m_rows; }
    void setServerRows(const QList<BusinessRecord> &rows);
    /// The version of the item with `id` the server has (If-Match for an edit).
    [[nodiscard]] QByteArray versionOf(const QString &id) const;
    /// Fetches the list kept as `document` from `future`: cached first, then revalidated.
    void
    list(const QString &document,
         const std::function<QFuture<Result<ListVersion<BusinessRecord>>>(const QByteArray &etag)>
             &request);

    void clear() override;
    void rebuildRows() override;
    /// The server's answer replaces (or adds, or for a delete removes) its row.
    void applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) override;

private:
    CareBackend *m_backend;
    QList<QByteArray> m_members;
    QList<BusinessRecord> m_serverRows; ///< As the server (or the cache) has them.
    QList<BusinessRecord> m_rows;       ///< Shown: with the outbox's pending changes.
    bool m_newestFirst = false;
};

} // namespace careportal
