// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <QHash>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for contact requests. Pages go newest first with a keyset cursor (created time and
/// id of the last row seen), so paging stays correct while new requests arrive.
class ContactRequestStore {
public:
    explicit ContactRequestStore(Database &database);

    [[nodiscard]] QList<LabelledOption> subjects();

    using Cursor = PageCursor;
    /// Up to `limit` requests of the client older than `before` (all when unset).
    [[nodiscard]] QList<ContactRequestRecord> page(const QString &clientId,
                                                   const std::optional<Cursor> &before, int limit);
    [[nodiscard]] std::optional<ContactRequestRecord> request(const QString &clientId,
                                                              const QString &id);
    [[nodiscard]] std::optional<ContactRequestRecord> requestById(const QString &id);
    [[nodiscard]] int openCount(const QString &clientId);

    [[nodiscard]] bool insert(const ContactRequestRecord &request);
    /// Changes subject and message of a request that is still open; false otherwise.
    [[nodiscard]] bool updateOpen(const ContactRequestRecord &request);
    /// Deletes a request that is still open; false otherwise.
    [[nodiscard]] bool deleteOpen(const QString &clientId, const QString &id);
    /// The account opened the answer at `at`; the first time counts, later ones change
    /// nothing. False only when the database refused.
    [[nodiscard]] bool markRead(const QString &requestId, const QString &accountId,
                                const QDateTime &at);
    /// When `accountId` first opened each answered request of the client it has opened.
    [[nodiscard]] QHash<QString, QDateTime> readTimes(const QString &accountId,
                                                      const QString &clientId);
    /// Staff: marks the request done with the answer; false when unknown or already done.
    [[nodiscard]] bool answer(const QString &id, const QString &answer, const QString &staffName,
                              const QDateTime &at);

private:
    Database &m_database;
};

} // namespace careportal::server
