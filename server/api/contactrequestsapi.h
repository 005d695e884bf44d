// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apirequest.h"
#include "http/apiresponse.h"
#include "storage/records.h"

#include <QJsonObject>

namespace careportal::server {

class ContactRequestStore;
class HttpServer;
class IdempotentWrites;
class SessionGuard;

/// "Contact zorgorganisatie": GET /contact-request-subjects, and per client
/// GET/POST /clients/{clientId}/contact-requests (newest first, cursor paging) and
/// GET/PUT/DELETE .../contact-requests/{id}. Only open requests can be changed or deleted;
/// staff answer them with `careportal-server admin answer-request`. Every item carries its
/// ETag; edits honour If-Match and every write Idempotency-Key. PUT
/// .../contact-requests/{id}/answer-read marks an answer opened by the account asking, and
/// items show `answerReadAt` for that account.
class ContactRequestsApi {
public:
    ContactRequestsApi(ContactRequestStore &store, SessionGuard &guard, IdempotentWrites &writes);
    void registerRoutes(HttpServer &server);

    static constexpr int kMaxMessageLength = 4000;
    static constexpr int kMaxOpenPerClient = 50;
    static constexpr int kDefaultPageSize = 10;
    static constexpr int kMaxPageSize = 50;

    /// The wire form; `answerReadAt` is when the account asking first opened the answer
    /// (invalid: not yet), per account (ContactRequestStore::readTimes).
    [[nodiscard]] static QJsonObject toJson(const ContactRequestRecord &request,
                                            const QDateTime &answerReadAt = {});

private:
    void registerReads(HttpServer &server);
    void registerWrites(HttpServer &server);
    [[nodiscard]] ApiResponse create(const ApiRequest &request, const QString &accountId);
    [[nodiscard]] ApiResponse update(const ApiRequest &request, const QString &accountId);
    [[nodiscard]] ApiResponse remove(const ApiRequest &request, const QString &accountId);
    [[nodiscard]] ApiResponse markAnswerRead(const ApiRequest &request, const QString &accountId,
                                             const QString &clientId);

    ContactRequestStore &m_store;
    SessionGuard &m_guard;
    IdempotentWrites &m_writes;
};

} // namespace careportal::server
