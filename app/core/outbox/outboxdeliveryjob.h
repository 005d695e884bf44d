// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/queuedwrite.h"
#include "network/networkjob.h"

#include <chrono>

namespace careportal {

class CareBackend;

/// Delivers one write of the outbox with the Idempotency-Key it got when it was queued,
/// and says what the answer means for the entry. finished(): the server has it (also when
/// it answered from its store of earlier answers); receipt() holds the answer. failed():
/// outcomeOf(error) says whether the server judged the write and refused it (kept with the
/// reason until the user corrects or discards it) or could not take it now (sent again
/// later, with the same key; a delivery that timed out is one of these). The queue, its
/// order and its retries are the Outbox's.
class OutboxDeliveryJob : public NetworkJob {
    Q_OBJECT
public:
    enum class Outcome {
        Delivered,
        /// 422, 404, or a 409 other than "request-in-progress": the write itself is wrong.
        Refused,
        /// 412: the item changed since it was edited; the error holds the server's version.
        Conflict,
        /// No network, a timeout, server trouble, a session to renew, the same write still
        /// running on the server: try again later.
        Unreachable
    };

    /// A delivery may meet an expired token, wait for the refresh and be sent again: three
    /// requests, each with its own limits, fit in this.
    static constexpr std::chrono::milliseconds kTimeout{120000};

    OutboxDeliveryJob(CareBackend *backend, QueuedWrite write, QObject *parent = nullptr);

    [[nodiscard]] const QueuedWrite &write() const { return m_write; }
    /// After finished(): the server's answer.
    [[nodiscard]] const WriteReceipt &receipt() const { return m_receipt; }
    /// What a failed delivery means for the entry (never Delivered).
    [[nodiscard]] static Outcome outcomeOf(const ApiError &error);

protected:
    void run() override;

private:
    void answered(const Result<WriteReceipt> &answer);

    CareBackend *m_backend;
    QueuedWrite m_write;
    WriteReceipt m_receipt;
};

} // namespace careportal
