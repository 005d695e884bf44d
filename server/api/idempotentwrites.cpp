// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "idempotentwrites.h"

#include "http/problem.h"
#include "sessionguard.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

namespace careportal::server {

namespace {

bool isValidKey(const QString &key) {
    if (key.isEmpty() || key.size() > IdempotentWrites::kMaxKeyLength)
        return false;
    return std::all_of(key.cbegin(), key.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

ApiResponse replay(const IdempotencyStore::Answer &answer) {
    ApiResponse response;
    response.status = answer.status;
    response.body = answer.body;
    response.contentType = answer.contentType;
    response.headers = answer.headers;
    response.withHeader("Idempotent-Replayed", "true");
    return response;
}

} // namespace

IdempotentWrites::IdempotentWrites(IdempotencyStore &store, Clock clock)
    : m_store(store)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

bool IdempotentWrites::isFinal(int status) {
    switch (status) {
    case 401:
    case 403:
    case 408:
    case 409:
    case 425:
    case 429:
        return false;
    default:
        return status < 500;
    }
}

QByteArray IdempotentWrites::fingerprint(const ApiRequest &request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    // QJsonObject keeps its members sorted: the same content always hashes alike.
    hash.addData(QJsonDocument(request.json).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

bool IdempotentWrites::isAbandoned(const IdempotencyStore::Entry &claim, const QString &owner,
                                   const QDateTime &now) {
    return claim.claimedBy != owner || claim.claimedAt.secsTo(now) > kLeaseSeconds;
}

ApiResponse
IdempotentWrites::runForClient(SessionGuard &guard, const ApiRequest &request, LinkRight right,
                               const std::function<ApiResponse(const QString &accountId)> &write) {
    return guard.forClient(
        request, right, [&](const AuthenticatedSession &session, const QString &) -> ApiResponse {
            const QString accountId = session.account.id;
            return run(request, accountId, [&] { return write(accountId); });
        });
}

ApiResponse IdempotentWrites::run(const ApiRequest &request, const QString &accountId,
                                  const std::function<ApiResponse()> &write) {
    if (!request.headers.contains("idempotency-key"))
        return write();
    const QString key = request.header("idempotency-key");
    if (!isValidKey(key))
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("Idempotency-Key must be 1 to %1 visible ASCII "
                                            "characters.")
                                 .arg(kMaxKeyLength));
    const QDateTime now = m_clock();
    sweepOldKeys(now);
    const QByteArray print = fingerprint(request);
    IdempotencyStore::Entry existing;
    const auto claim = m_store.claim(
        accountId, key, print, m_owner, now,
        [&](const IdempotencyStore::Entry &entry) { return isAbandoned(entry, m_owner, now); },
        &existing);
    if (claim == IdempotencyStore::Claim::Failed)
        return Problem::make(Problem::Code::Internal);
    if (claim == IdempotencyStore::Claim::Taken) {
        if (existing.fingerprint != print)
            return Problem::make(Problem::Code::IdempotencyKeyReused);
        if (existing.answer)
            return replay(*existing.answer);
        return Problem::make(Problem::Code::RequestInProgress).withHeader("Retry-After", "1");
    }

    ApiResponse response;
    const bool kept = m_store.runAndRemember(accountId, key, now,
                                             [&]() -> std::optional<IdempotencyStore::Answer> {
                                                 response = write();
                                                 if (!isFinal(response.status))
                                                     return std::nullopt;
                                                 IdempotencyStore::Answer answer;
                                                 answer.status = response.status;
                                                 answer.contentType = response.contentType;
                                                 answer.body = response.body;
                                                 answer.headers = response.headers;
                                                 return answer;
                                             });
    if (kept)
        return response;
    m_store.release(accountId, key, m_owner);
    // A final answer that could not be stored was rolled back with its write: say so.
    return isFinal(response.status) ? Problem::make(Problem::Code::Internal) : response;
}

void IdempotentWrites::sweepOldKeys(const QDateTime &now) {
    const qint64 seconds = now.toSecsSinceEpoch();
    qint64 last = m_lastSweep.load();
    if (seconds - last < 3600 || !m_lastSweep.compare_exchange_strong(last, seconds))
        return;
    (void)m_store.removeClaimedBefore(now.addDays(-kKeepDays));
}

} // namespace careportal::server
