// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/businesslistmodel.h"

#include "backend/carebackend.h"

namespace careportal {

namespace {
constexpr int kFirstMemberRole = Qt::UserRole + 1;
constexpr int kFirstDerivedRole = Qt::UserRole + 50; // below the pending roles (+100)
} // namespace

BusinessListModel::BusinessListModel(Session *session, CareBackend *backend,
                                     LanguageSettings *language, const QList<QByteArray> &members,
                                     QObject *parent)
    : ClientListModel(session, language, parent)
    , m_backend(backend)
    , m_members(members) {
    setSubject(Subject::Organisation);
}

int BusinessListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BusinessListModel::data(const QModelIndex &index, int role) const {
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const BusinessRecord &record = m_rows.at(index.row());
    if (const auto pending = pendingData(record.id, role))
        return *pending;
    if (role >= kFirstDerivedRole)
        return derived(record, role - kFirstDerivedRole);
    const qsizetype member = role - kFirstMemberRole;
    if (member < 0 || member >= m_members.size())
        return {};
    return record.json.value(QLatin1String(m_members.at(member))).toVariant();
}

QVariant BusinessListModel::derived(const BusinessRecord &, int) const {
    return {};
}

QHash<int, QByteArray> BusinessListModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        // "id" would shadow the delegate's own id in QML.
        const QByteArray &member = m_members.at(i);
        names.insert(kFirstMemberRole + int(i), member == "id" ? QByteArray("itemId") : member);
    }
    const QList<QByteArray> derivedNames = derivedRoleNames();
    for (qsizetype i = 0; i < derivedNames.size(); ++i)
        names.insert(kFirstDerivedRole + int(i), derivedNames.at(i));
    names.insert(pendingRoleNames());
    return names;
}

QVariantMap BusinessListModel::item(const QString &id) const {
    return rowAsMap(rowOf(m_rows, id));
}

void BusinessListModel::setServerRows(const QList<BusinessRecord> &rows) {
    m_serverRows = rows;
    rebuildRows();
}

QByteArray BusinessListModel::versionOf(const QString &id) const {
    const int row = rowOf(m_serverRows, id);
    return row < 0 ? QByteArray() : m_serverRows.at(row).etag;
}

void BusinessListModel::list(
    const QString &document,
    const std::function<QFuture<Result<ListVersion<BusinessRecord>>>(const QByteArray &)>
        &request) {
    const auto cached = cachedList<BusinessRecord>(document);
    if (cached && awaitingFirstRows()) {
        setServerRows(cached->items);
        showingCached();
    }
    whenListed(request(cached ? cached->etag : QByteArray()), document,
               [this](const ListVersion<BusinessRecord> &list) { setServerRows(list.items); });
}

void BusinessListModel::clear() {
    m_serverRows.clear();
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void BusinessListModel::rebuildRows() {
    beginResetModel();
    m_rows = withPending(m_serverRows, m_newestFirst);
    endResetModel();
}

void BusinessListModel::applyDelivered(const QueuedWrite &write, const WriteReceipt &receipt) {
    if (write.operation == QueuedWrite::Operation::Delete) {
        m_serverRows.removeIf([&](const BusinessRecord &r) { return r.id == write.targetId; });
        rebuildRows();
        return;
    }
    const BusinessRecord record = BusinessRecord::fromJson(receipt.item);
    if (!record.isValid())
        return;
    const int row = rowOf(m_serverRows, record.id);
    if (row < 0)
        m_serverRows.append(record);
    else
        m_serverRows[row] = record;
    rebuildRows();
}

} // namespace careportal
