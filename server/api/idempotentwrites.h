// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/idempotencystore.h"
#include "storage/linkrights.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <functional>

namespace careportal::server {

class SessionGuard;

/// Makes a write safe to retry. The app's outbox sends every write with an
/// Idempotency-Key it made when the user queued it, and may send it again after a lost
/// answer or a crash. Per account and key:
/// - the first request runs, and its answer is stored in the same transaction as the write;
/// - the same request again gets the stored answer (Idempotent-Replayed: true), no write;
/// - the same key with another method, path or body is refused (422 idempotency-key-reused);
/// - while the first is still running, a duplicate gets 409 request-in-progress.
/// Keys are scoped to the account, so another account's key never replays its answer.
/// One server process per database file: a claim left by another process (one that
/// stopped mid-write, whose write therefore never committed) is taken over at once.
class IdempotentWrites {
public:
    using Clock = std::function<QDateTime()>;

    explicit IdempotentWrites(IdempotencyStore &store, Clock clock = {});

    /// Runs `write` (after authentication, so the key is bound to `accountId`) once per
    /// key; without an Idempotency-Key header it just runs it.
    [[nodiscard]] ApiResponse run(const ApiRequest &request, const QString &accountId,
                                  const std::function<ApiResponse()> &write);
    /// A client's write as every client API has it: authenticated for the client in the
    /// path and the part of the portal `right` (`guard`), then run() with the account's id,
    /// which `write` also gets.
    [[nodiscard]] ApiResponse
    runForClient(SessionGuard &guard, const ApiRequest &request, LinkRight right,
                 const std::function<ApiResponse(const QString &accountId)> &write);

    static constexpr int kMaxKeyLength = 255;
    /// A claim of this process older than this is taken to belong to a write that died.
    static constexpr qint64 kLeaseSeconds = 120;
    /// How long a key is remembered: longer than the app keeps an unsent outbox item.
    static constexpr int kKeepDays = 30;

    /// Whether an answer is final for the key. Refusals that do not judge the request
    /// itself (not logged in, rate limits, conflicts, server errors) are not kept, so the
    /// retry after them runs the write.
    [[nodiscard]] static bool isFinal(int status);
    [[nodiscard]] static QByteArray fingerprint(const ApiRequest &request);
    /// Whether a claim without an answer belongs to a write that is gone: one of another
    /// process, or one of `owner` older than the lease.
    [[nodiscard]] static bool isAbandoned(const IdempotencyStore::Entry &claim,
                                          const QString &owner, const QDateTime &now);

private:
    void sweepOldKeys(const QDateTime &now);

    IdempotencyStore &m_store;
    Clock m_clock;
    QString m_owner;
    std::atomic<qint64> m_lastSweep{0};
};

} // namespace careportal::server
