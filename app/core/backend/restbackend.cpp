// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "backend/restbackend.h"

#include "backend/restrequests.h"
#include "backend/tokenrefreshjob.h"
#include "network/apiclient.h"

#include <QJsonArray>
#include <QPromise>
#include <memory>
#include <utility>

namespace careportal {

using rest::conditionalGet;
using rest::done;
using rest::parseItem;
using rest::parseItems;
using rest::parseList;
using rest::post;
using rest::removeRequest;

namespace {

Result<AppointmentPage> parseAppointments(const ApiResponse &response) {
    AppointmentPage page;
    page.etag = response.etag;
    page.notModified = response.notModified();
    for (const auto &value :
         response.body.object().value(QLatin1String("appointments")).toArray()) {
        Appointment appointment = Appointment::fromJson(value.toObject());
        if (!appointment.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("appointment"));
        page.appointments.append(std::move(appointment));
    }
    return page;
}

QString clientPath(const QString &clientId, const QString &collection, const QString &id = {}) {
    QString path = QStringLiteral("/clients/%1/%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)), collection);
    if (!id.isEmpty())
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
    return path;
}

// The business kinds' paths: under the organisation, which the write's clientId names.
QString businessPath(const QueuedWrite &write) {
    const QString base = rest::organisationPath(write.clientId);
    switch (write.kind) {
    case QueuedWrite::Kind::BusinessContact:
        return base + QStringLiteral("/contact");
    case QueuedWrite::Kind::ProjectQuestion:
        return base + QStringLiteral("/projects/%1/questions").arg(rest::escaped(write.targetId));
    default: // BusinessColleague
        break;
    }
    QString path = base + QStringLiteral("/colleagues");
    if (write.operation != QueuedWrite::Operation::Create)
        path += QLatin1Char('/') + rest::escaped(write.targetId);
    return path;
}

bool isBusiness(QueuedWrite::Kind kind) {
    return kind == QueuedWrite::Kind::BusinessContact ||
           kind == QueuedWrite::Kind::BusinessColleague ||
           kind == QueuedWrite::Kind::ProjectQuestion;
}

QString collectionOf(QueuedWrite::Kind kind) {
    switch (kind) {
    case QueuedWrite::Kind::Absence:
        return QStringLiteral("absences");
    case QueuedWrite::Kind::ContactRequest:
        return QStringLiteral("contact-requests");
    case QueuedWrite::Kind::ContactDetail:
        return QStringLiteral("contact-details");
    case QueuedWrite::Kind::ContactPerson:
        return QStringLiteral("contact-persons");
    case QueuedWrite::Kind::BusinessContact:
    case QueuedWrite::Kind::BusinessColleague:
    case QueuedWrite::Kind::ProjectQuestion:
        break; // businessPath()
    }
    return {};
}

// POST to the collection for a new item, PUT or DELETE to the item for an existing one.
ApiRequest writeRequest(const QueuedWrite &write) {
    const QString collection = collectionOf(write.kind);
    const bool business = isBusiness(write.kind);
    const auto path = [&](const QString &id) {
        return business ? businessPath(write) : clientPath(write.clientId, collection, id);
    };
    ApiRequest request;
    switch (write.operation) {
    case QueuedWrite::Operation::Create:
        request = post(path({}), write.fields);
        break;
    case QueuedWrite::Operation::Update:
        request = post(path(write.targetId), write.fields);
        request.method = ApiRequest::Method::Put;
        break;
    case QueuedWrite::Operation::Delete:
        request = removeRequest(path(write.targetId));
        break;
    }
    request.ifMatch = write.ifMatch;
    request.idempotencyKey = write.idempotencyKey.toLatin1();
    return request;
}

} // namespace

QFuture<Result<WriteReceipt>> RestBackend::deliver(const QueuedWrite &write) {
    return call<WriteReceipt>(writeRequest(write), [](const ApiResponse &response) {
        return Result<WriteReceipt>(WriteReceipt{response.body.object(), response.replayed});
    });
}

RestBackend::RestBackend(ApiClient *client, QObject *parent)
    : CareBackend(parent)
    , m_client(client) {}

void RestBackend::setSessionTokens(const SessionTokens &tokens) {
    ++m_session;
    // A refresh of the old session must not renew the new one: its answer is dropped.
    if (m_refreshJob)
        m_refreshJob->abort();
    m_refreshJob = nullptr;
    applyTokens(tokens);
    // Calls waiting for a refresh of the old session must not retry in the new one.
    answerWaiting(false);
}

void RestBackend::applyTokens(const SessionTokens &tokens) {
    m_tokens = tokens;
    ++m_tokenGeneration;
    m_client->setAccessToken(tokens.access);
}

void RestBackend::setLanguage(const QString &language) {
    m_client->setLanguage(language);
}

void RestBackend::send(const ApiRequest &request, const Finish &finish, bool mayRefresh) {
    const TokenStamp sentWith{m_session, m_tokenGeneration};
    ApiCall *apiCall = m_client->send(request);
    connect(apiCall, &ApiCall::finished, this,
            [this, request, finish, mayRefresh, sentWith](const ApiResponse &response) {
                const bool expired = response.error.kind == ApiError::Kind::Unauthorized;
                if (!expired || !request.authenticated || !mayRefresh) {
                    finish(response);
                    return;
                }
                refreshThen(sentWith, [this, request, finish, response](bool refreshed) {
                    if (refreshed)
                        send(request, finish, false); // once: a second 401 is final
                    else
                        finish(response);
                });
            });
}

void RestBackend::refreshThen(TokenStamp sentWith, const std::function<void(bool)> &done) {
    if (sentWith.session != m_session) {
        done(false); // logged out or in since: never retry a call in another session
        return;
    }
    if (sentWith.tokens != m_tokenGeneration) {
        done(true); // renewed since the call was sent: retry with the new token
        return;
    }
    if (m_tokens.refresh.isEmpty()) {
        done(false);
        return;
    }
    m_waitingForRefresh.append(done);
    if (!m_refreshJob || !m_refreshJob->isRunning())
        startRefresh();
}

void RestBackend::startRefresh() {
    auto *job = new TokenRefreshJob([this](const ApiRequest &request) { return sendOnce(request); },
                                    m_tokens.refresh, this);
    m_refreshJob = job;
    connect(job, &NetworkJob::finished, this, [this, job] {
        m_refreshJob = nullptr;
        applyTokens(job->tokens());
        Q_EMIT sessionTokensRotated(m_tokens);
        answerWaiting(true);
    });
    connect(job, &NetworkJob::failed, this, [this] {
        m_refreshJob = nullptr;
        answerWaiting(false);
    });
    job->start();
}

void RestBackend::answerWaiting(bool refreshed) {
    for (const auto &done : std::exchange(m_waitingForRefresh, {}))
        done(refreshed);
}

QFuture<ApiResponse> RestBackend::sendOnce(const ApiRequest &request) {
    auto promise = std::make_shared<QPromise<ApiResponse>>();
    promise->start();
    connect(m_client->send(request), &ApiCall::finished, this,
            [promise](const ApiResponse &response) {
                promise->addResult(response);
                promise->finish();
            });
    return promise->future();
}

QFuture<Result<Organisation>> RestBackend::organisation() {
    ApiRequest request;
    request.path = QStringLiteral("/organisation");
    request.authenticated = false;
    return call<Organisation>(request, [](const ApiResponse &response) -> Result<Organisation> {
        Organisation organisation = Organisation::fromJson(response.body.object());
        if (!organisation.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("organisation"));
        return organisation;
    });
}

QFuture<Result<PrivacyStatement>> RestBackend::privacyStatement() {
    ApiRequest request;
    request.path = QStringLiteral("/organisation/privacy-statement");
    request.authenticated = false;
    return call<PrivacyStatement>(request, [](const ApiResponse &response) {
        return parseItem<PrivacyStatement>(response, "privacy statement");
    });
}

QFuture<Result<Done>> RestBackend::changePassword(const QString &current, const QString &next) {
    const QJsonObject body{{QLatin1String("currentPassword"), current},
                           {QLatin1String("newPassword"), next}};
    return call<Done>(post(QStringLiteral("/account/password"), body), done);
}

QFuture<Result<Done>> RestBackend::logout() {
    return call<Done>(post(QStringLiteral("/auth/logout"), {}), done);
}

QFuture<Result<Done>> RestBackend::logoutEverywhere() {
    return call<Done>(post(QStringLiteral("/auth/logout-everywhere"), {}), done);
}

QFuture<Result<Account>> RestBackend::me() {
    ApiRequest request;
    request.path = QStringLiteral("/me");
    return call<Account>(request, [](const ApiResponse &response) -> Result<Account> {
        Account account = Account::fromJson(response.body.object());
        if (!account.isValid())
            return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("account"));
        return account;
    });
}

QFuture<Result<AppointmentPage>> RestBackend::appointments(const QString &clientId, QDate from,
                                                           QDate to, const QByteArray &etag) {
    ApiRequest request;
    request.path = QStringLiteral("/clients/%1/appointments")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    request.ifNoneMatch = etag;
    return call<AppointmentPage>(request, parseAppointments);
}

QFuture<Result<ListVersion<ContactDetail>>> RestBackend::contactDetails(const QString &clientId,
                                                                        const QByteArray &etag) {
    return call<ListVersion<ContactDetail>>(
        conditionalGet(clientPath(clientId, QStringLiteral("contact-details")), etag),
        [](const ApiResponse &response) {
            return parseList<ContactDetail>(response, "contact detail");
        });
}

QFuture<Result<QList<ContactPersonType>>> RestBackend::contactPersonTypes() {
    ApiRequest request;
    request.path = QStringLiteral("/contact-person-types");
    return call<QList<ContactPersonType>>(request, [](const ApiResponse &response) {
        return parseItems<LabelledOption>(response, "contact person type");
    });
}

QFuture<Result<ListVersion<ContactPerson>>> RestBackend::contactPersons(const QString &clientId,
                                                                        const QByteArray &etag) {
    return call<ListVersion<ContactPerson>>(
        conditionalGet(clientPath(clientId, QStringLiteral("contact-persons")), etag),
        [](const ApiResponse &response) {
            return parseList<ContactPerson>(response, "contact person");
        });
}

QFuture<Result<QList<LabelledOption>>> RestBackend::contactRequestSubjects() {
    ApiRequest request;
    request.path = QStringLiteral("/contact-request-subjects");
    return call<QList<LabelledOption>>(request, [](const ApiResponse &response) {
        return parseItems<LabelledOption>(response, "contact request subject");
    });
}

QFuture<Result<ContactRequestPage>> RestBackend::contactRequests(const QString &clientId,
                                                                 const QString &cursor,
                                                                 const QByteArray &etag) {
    ApiRequest request = conditionalGet(clientPath(clientId, QStringLiteral("contact-requests")),
                                        cursor.isEmpty() ? etag : QByteArray());
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return call<ContactRequestPage>(request, [](const ApiResponse &response) {
        return parseList<ContactRequest>(response, "contact request");
    });
}

QFuture<Result<ContactRequest>> RestBackend::markAnswerRead(const QString &clientId,
                                                            const QString &requestId) {
    ApiRequest request;
    request.method = ApiRequest::Method::Put;
    request.path = clientPath(clientId, QStringLiteral("contact-requests"), requestId) +
                   QStringLiteral("/answer-read");
    return call<ContactRequest>(request, [](const ApiResponse &response) {
        return parseItem<ContactRequest>(response, "contact request");
    });
}

QFuture<Result<QList<LabelledOption>>> RestBackend::absenceTypes() {
    ApiRequest request;
    request.path = QStringLiteral("/absence-types");
    return call<QList<LabelledOption>>(request, [](const ApiResponse &response) {
        return parseItems<LabelledOption>(response, "absence type");
    });
}

QFuture<Result<ListVersion<AbsenceReport>>> RestBackend::absences(const QString &clientId,
                                                                  const QByteArray &etag) {
    return call<ListVersion<AbsenceReport>>(
        conditionalGet(clientPath(clientId, QStringLiteral("absences")), etag),
        [](const ApiResponse &response) { return parseList<AbsenceReport>(response, "absence"); });
}

QFuture<Result<DossierOverview>> RestBackend::dossier(const QString &clientId) {
    ApiRequest request;
    request.path = clientPath(clientId, QStringLiteral("dossier"));
    return call<DossierOverview>(
        request, [](const ApiResponse &response) -> Result<DossierOverview> {
            bool valid = false;
            DossierOverview overview = DossierOverview::fromJson(response.body.object(), &valid);
            if (!valid)
                return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("dossier"));
            return overview;
        });
}

QFuture<Result<DossierReportPage>> RestBackend::dossierReports(const QString &clientId,
                                                               const QString &kind,
                                                               const QString &cursor, int limit) {
    ApiRequest request;
    request.path = clientPath(clientId, QStringLiteral("dossier/reports"));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!kind.isEmpty())
        request.query.addQueryItem(QStringLiteral("kind"), kind);
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return call<DossierReportPage>(
        request, [](const ApiResponse &response) -> Result<DossierReportPage> {
            const auto items = parseItems<DossierReport>(response, "dossier report");
            if (!items.ok())
                return items.error();
            return DossierReportPage{
                items.value(),
                response.body.object().value(QLatin1String("nextCursor")).toString()};
        });
}

QFuture<Result<QList<CareGoal>>> RestBackend::carePlan(const QString &clientId) {
    ApiRequest request;
    request.path = clientPath(clientId, QStringLiteral("dossier/care-plan"));
    return call<QList<CareGoal>>(request, [](const ApiResponse &response) {
        return parseItems<CareGoal>(response, "care goal", "goals");
    });
}

QFuture<Result<AccessLogPage>> RestBackend::accessLog(const QString &clientId, QDate from, QDate to,
                                                      const QString &cursor, int limit) {
    ApiRequest request;
    request.path = clientPath(clientId, QStringLiteral("access-log"));
    request.query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), cursor);
    return call<AccessLogPage>(request, [](const ApiResponse &response) -> Result<AccessLogPage> {
        const auto items = parseItems<AccessLogEntry>(response, "access log entry");
        if (!items.ok())
            return items.error();
        return AccessLogPage{items.value(),
                             response.body.object().value(QLatin1String("nextCursor")).toString()};
    });
}

QFuture<Result<Done>> RestBackend::requestPasswordReset(const QString &username,
                                                        const QString &email) {
    const QJsonObject body{{QLatin1String("username"), username}, {QLatin1String("email"), email}};
    return call<Done>(post(QStringLiteral("/auth/password-reset"), body, false), done);
}

QFuture<Result<Done>> RestBackend::confirmPasswordReset(const QString &username,
                                                        const QString &code,
                                                        const QString &newPassword) {
    const QJsonObject body{{QLatin1String("username"), username},
                           {QLatin1String("code"), code},
                           {QLatin1String("newPassword"), newPassword}};
    return call<Done>(post(QStringLiteral("/auth/password-reset/confirm"), body, false), done);
}

} // namespace careportal
