// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outbox/outboxdeliveryjob.h"

#include "backend/carebackend.h"

#include <utility>

namespace careportal {

OutboxDeliveryJob::OutboxDeliveryJob(CareBackend *backend, QueuedWrite write, QObject *parent)
    : NetworkJob(parent)
    , m_backend(backend)
    , m_write(std::move(write)) {
    setTimeout(kTimeout);
}

OutboxDeliveryJob::Outcome OutboxDeliveryJob::outcomeOf(const ApiError &error) {
    // Only answers that judge the write itself refuse it; everything else means: try
    // again later, with the same key.
    switch (error.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::NotFound:
        return Outcome::Refused;
    case ApiError::Kind::Conflict:
        if (error.httpStatus == 412)
            return Outcome::Conflict;
        return error.code == QLatin1String("request-in-progress") ? Outcome::Unreachable
                                                                  : Outcome::Refused;
    default:
        // Also a delivery that timed out: sent again with the same key, the server stores
        // it once even if the first attempt did arrive.
        return Outcome::Unreachable;
    }
}

void OutboxDeliveryJob::run() {
    await(m_backend->deliver(m_write),
          [this](const Result<WriteReceipt> &answer) { answered(answer); });
}

void OutboxDeliveryJob::answered(const Result<WriteReceipt> &answer) {
    if (!answer.ok()) {
        fail(answer.error());
        return;
    }
    m_receipt = answer.value();
    succeed();
}

} // namespace careportal
