// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactrequestsapi.h"

#include "dutchtime.h"
#include "fieldcheck.h"
#include "http/entitytag.h"
#include "http/httpserver.h"
#include "idempotentwrites.h"
#include "optionjson.h"
#include "pagequery.h"
#include "sessionguard.h"
#include "storage/contactrequeststore.h"

#include <QJsonArray>
#include <QUuid>

namespace careportal::server {

namespace {

using Issue = ContactValidation::Issue;

bool isKnownSubject(const QList<LabelledOption> &subjects, const QString &code) {
    return std::any_of(subjects.cbegin(), subjects.cend(),
                       [&code](const LabelledOption &s) { return s.code == code; });
}

std::optional<ApiResponse> readBody(const QJsonObject &body, const QList<LabelledOption> &subjects,
                                    ContactRequestRecord &request) {
    FieldCheck check(body);
    request.subject = check.text(QStringLiteral("subject"));
    request.message = check.multiLineText(QStringLiteral("message"));
    if (!isKnownSubject(subjects, request.subject))
        check.add(QStringLiteral("subject"),
                  request.subject.isEmpty() ? Issue::Required : Issue::UnknownOption);
    check.add(
        QStringLiteral("message"),
        ContactValidation::checkText(request.message, ContactRequestsApi::kMaxMessageLength, true),
        ContactRequestsApi::kMaxMessageLength);
    if (!check.ok())
        return check.problem();
    return std::nullopt;
}

} // namespace

ContactRequestsApi::ContactRequestsApi(ContactRequestStore &store, SessionGuard &guard,
                                       IdempotentWrites &writes)
    : m_store(store)
    , m_guard(guard)
    , m_writes(writes) {}

QJsonObject ContactRequestsApi::toJson(const ContactRequestRecord &r,
                                       const QDateTime &answerReadAt) {
    QJsonObject json{
        {QLatin1String("id"), r.id},
        {QLatin1String("subject"), r.subject},
        {QLatin1String("message"), r.message},
        {QLatin1String("status"), r.done ? QStringLiteral("done") : QStringLiteral("open")},
        {QLatin1String("createdAt"), localIso(r.createdAt)}};
    if (r.done) {
        json.insert(QLatin1String("answeredAt"), localIso(r.answeredAt));
        json.insert(QLatin1String("answer"), r.answer);
        json.insert(QLatin1String("answeredBy"), r.answeredBy);
        if (answerReadAt.isValid())
            json.insert(QLatin1String("answerReadAt"), localIso(answerReadAt));
    }
    return EntityTag::tagged(json);
}

void ContactRequestsApi::registerRoutes(HttpServer &server) {
    registerReads(server);
    registerWrites(server);
}

void ContactRequestsApi::registerReads(HttpServer &server) {
    server.get("/contact-request-subjects", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full, [&](const AuthenticatedSession &) -> ApiResponse {
                return ApiResponse::json(200, optionListJson(m_store.subjects()));
            });
    });

    server.get("/clients/([^/]+)/contact-requests", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::ContactRequests,
            [&](const AuthenticatedSession &session, const QString &clientId) -> ApiResponse {
                const auto page = readPageQuery(request, kDefaultPageSize, kMaxPageSize);
                if (const auto *bad = std::get_if<ApiResponse>(&page))
                    return *bad;
                const PageQuery &query = std::get<PageQuery>(page);
                // The read markers are this account's: the list's ETag follows them too.
                const auto readTimes = m_store.readTimes(session.account.id, clientId);
                return EntityTag::conditional(
                    request,
                    pageResponse<ContactRequestRecord>(
                        query.limit,
                        [&](int limit) { return m_store.page(clientId, query.before, limit); },
                        [](const ContactRequestRecord &r) { return r.createdAt; },
                        [](const ContactRequestRecord &r) { return r.id; },
                        [&](const ContactRequestRecord &r) {
                            return toJson(r, readTimes.value(r.id));
                        }));
            });
    });

    server.get("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        return m_guard.forClient(
            request, LinkRight::ContactRequests,
            [&](const AuthenticatedSession &session, const QString &clientId) -> ApiResponse {
                const auto found = m_store.request(clientId, request.pathParams[1]);
                if (!found)
                    return Problem::make(Problem::Code::NotFound);
                return ApiResponse::json(
                    200, toJson(*found,
                                m_store.readTimes(session.account.id, clientId).value(found->id)));
            });
    });
}

void ContactRequestsApi::registerWrites(HttpServer &server) {
    server.postJson("/clients/([^/]+)/contact-requests", [this](const ApiRequest &request) {
        return m_writes.runForClient(
            m_guard, request, LinkRight::ContactRequests,
            [&](const QString &accountId) { return create(request, accountId); });
    });
    server.putJson("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(
            m_guard, request, LinkRight::ContactRequests,
            [&](const QString &accountId) { return update(request, accountId); });
    });
    server.remove("/clients/([^/]+)/contact-requests/([^/]+)", [this](const ApiRequest &request) {
        return m_writes.runForClient(
            m_guard, request, LinkRight::ContactRequests,
            [&](const QString &accountId) { return remove(request, accountId); });
    });
    // A read marker, not a change of the client's data: setting it twice is setting it
    // once, so it needs no Idempotency-Key.
    server.put("/clients/([^/]+)/contact-requests/([^/]+)/answer-read",
               [this](const ApiRequest &request) {
                   return m_guard.forClient(
                       request, LinkRight::ContactRequests,
                       [&](const AuthenticatedSession &session, const QString &clientId) {
                           return markAnswerRead(request, session.account.id, clientId);
                       });
               });
}

ApiResponse ContactRequestsApi::markAnswerRead(const ApiRequest &request, const QString &accountId,
                                               const QString &clientId) {
    const auto found = m_store.request(clientId, request.pathParams[1]);
    if (!found)
        return Problem::make(Problem::Code::NotFound);
    if (!found->done)
        return Problem::make(Problem::Code::RequestOpen);
    if (!m_store.markRead(found->id, accountId, QDateTime::currentDateTimeUtc()))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(
        200, toJson(*found, m_store.readTimes(accountId, clientId).value(found->id)));
}

ApiResponse ContactRequestsApi::create(const ApiRequest &request, const QString &accountId) {
    ContactRequestRecord record;
    if (auto problem = readBody(request.json, m_store.subjects(), record))
        return *problem;
    record.clientId = request.pathParams[0];
    if (m_store.openCount(record.clientId) >= kMaxOpenPerClient)
        return Problem::make(Problem::Code::LimitReached,
                             QStringLiteral("At most %1 open requests.").arg(kMaxOpenPerClient));
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.accountId = accountId;
    record.createdAt = QDateTime::currentDateTimeUtc();
    if (!m_store.insert(record))
        return Problem::make(Problem::Code::Internal);
    return ApiResponse::json(201, toJson(record));
}

ApiResponse ContactRequestsApi::update(const ApiRequest &request, const QString & /*accountId*/) {
    const auto existing = m_store.request(request.pathParams[0], request.pathParams[1]);
    if (!existing)
        return Problem::make(Problem::Code::NotFound);
    // An answered request cannot change, whatever version the client saw: saying so
    // beats offering a choice between versions (412) that cannot be made.
    if (existing->done)
        return Problem::make(Problem::Code::RequestClosed);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*existing)))
        return *stale;
    ContactRequestRecord record = *existing;
    if (auto problem = readBody(request.json, m_store.subjects(), record))
        return *problem;
    if (record.done || !m_store.updateOpen(record))
        return Problem::make(Problem::Code::RequestClosed);
    return ApiResponse::json(200, toJson(record));
}

ApiResponse ContactRequestsApi::remove(const ApiRequest &request, const QString & /*accountId*/) {
    const auto existing = m_store.request(request.pathParams[0], request.pathParams[1]);
    if (!existing)
        return Problem::make(Problem::Code::NotFound);
    if (existing->done)
        return Problem::make(Problem::Code::RequestClosed);
    if (auto stale = EntityTag::checkIfMatch(request, toJson(*existing)))
        return *stale;
    if (!m_store.deleteOpen(existing->clientId, existing->id))
        return Problem::make(Problem::Code::RequestClosed);
    return ApiResponse::noContent();
}

} // namespace careportal::server
