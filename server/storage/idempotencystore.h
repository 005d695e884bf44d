// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <optional>

namespace careportal::server {

class Database;

/// SQL for Idempotency-Key rows: per account and key, the fingerprint of the request that
/// used the key first and, once its write committed, the answer it got. The answer is
/// stored in the same transaction as the write (runAndRemember), so "written" and
/// "answer kept" can never disagree.
class IdempotencyStore {
public:
    struct Answer {
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    struct Entry {
        QByteArray fingerprint;
        QString claimedBy; ///< The server process that runs (or ran) the write.
        QDateTime claimedAt;
        std::optional<Answer> answer; ///< Empty while the write runs.
    };

    enum class Claim { Claimed, Taken, Failed };

    explicit IdempotencyStore(Database &database);

    [[nodiscard]] std::optional<Entry> entry(const QString &accountId, const QString &key);
    /// Atomically: claims the key for `owner` when it is free, or when its claim has no
    /// answer and `mayTakeOver(entry)` says its writer is gone. Otherwise Taken, and
    /// `existing` holds the entry as it is.
    [[nodiscard]] Claim claim(const QString &accountId, const QString &key,
                              const QByteArray &fingerprint, const QString &owner,
                              const QDateTime &now,
                              const std::function<bool(const Entry &)> &mayTakeOver,
                              Entry *existing);
    /// Runs `write` in one transaction with storing its answer. When `write` returns an
    /// answer, the change and the answer commit together (true); when it returns nullopt
    /// or the commit fails, both roll back (false).
    [[nodiscard]] bool runAndRemember(const QString &accountId, const QString &key,
                                      const QDateTime &now,
                                      const std::function<std::optional<Answer>()> &write);
    /// Gives up a claim whose write did not commit, so a retry can run it.
    void release(const QString &accountId, const QString &key, const QString &owner);
    /// Forgets keys claimed before `before`; the number removed.
    int removeClaimedBefore(const QDateTime &before);

private:
    Database &m_database;
};

} // namespace careportal::server
