// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirbackend.h"

#include "fhir/fhiroutcome.h"
#include "network/apiclient.h"

namespace careportal {

using fhir::Resource;
using fhir::SearchPage;

namespace {
const QByteArray kFhirJson = QByteArrayLiteral("application/fhir+json");
} // namespace

FhirBackend::FhirBackend(ApiClient *client, Settings settings, QObject *parent)
    : CareBackend(parent)
    , m_client(client)
    , m_settings(std::move(settings)) {}

void FhirBackend::setSessionTokens(const SessionTokens &tokens) {
    m_session = fhir::FhirSessionToken::decode(tokens.access);
    m_actors.clear();
    m_client->setAccessToken(m_session.bearer);
}

void FhirBackend::setLanguage(const QString &language) {
    m_client->setLanguage(language);
}

ApiError FhirBackend::notOffered() {
    ApiError error = ApiError::make(ApiError::Kind::Forbidden, QStringLiteral("not-offered"));
    error.code = QStringLiteral("not-offered");
    error.messageNl = QStringLiteral(
        "Dit biedt uw zorgorganisatie niet aan in de app: haar systeem (FHIR) kent het niet.");
    error.messageEn = QStringLiteral("Your care organisation does not offer this in the app: "
                                     "its system (FHIR) does not have it.");
    return error;
}

ApiRequest FhirBackend::fhirRequest(ApiRequest::Method method, const QString &path) {
    ApiRequest request;
    request.method = method;
    request.path = path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path;
    request.accept = kFhirJson;
    request.contentType = kFhirJson;
    return request;
}

void FhirBackend::send(ApiRequest request, const Reply &reply, const QByteArray &bearer) {
    if (!bearer.isEmpty()) {
        request.authenticated = false; // not the session's token: this one
        request.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + bearer});
    }
    connect(m_client->send(request), &ApiCall::finished, this, [reply](ApiResponse response) {
        if (response.error.isError())
            response.error = fhir::errorFromOutcome(response.error, response.body.object());
        reply(response);
    });
}

bool FhirBackend::isOwnLink(const QUrl &url) const {
    const QUrl base = m_client->baseUrl();
    QString basePath = base.path();
    if (!basePath.endsWith(QLatin1Char('/')))
        basePath += QLatin1Char('/');
    return url.scheme() == base.scheme() && url.host() == base.host() &&
           url.port(443) == base.port(443) && url.path().startsWith(basePath);
}

Result<ApiRequest> FhirBackend::pageRequest(const QString &type, const QString &cursor,
                                            const QUrlQuery &firstPage) const {
    ApiRequest request = fhirRequest(ApiRequest::Method::Get, type);
    if (cursor.isEmpty()) {
        request.query = firstPage;
        return request;
    }
    const QUrl next(cursor);
    // The session's token goes only to the server it belongs to.
    if (!isOwnLink(next))
        return ApiError::make(ApiError::Kind::BadResponse,
                              QStringLiteral("next link to another server: ") + cursor);
    request.url = next;
    return request;
}

void FhirBackend::searchPage(ApiRequest request, const QString &type,
                             const Deliver<SearchPage> &done, const QByteArray &bearer) {
    send(
        std::move(request),
        [type, done](const ApiResponse &response) {
            if (!response.ok()) {
                done(response.error);
                return;
            }
            done(fhir::readSearchPage(response.body.object(), type));
        },
        bearer);
}

void FhirBackend::searchAll(const QString &type, const QUrlQuery &query,
                            const Deliver<SearchPage> &done, const QByteArray &bearer) {
    ApiRequest request = fhirRequest(ApiRequest::Method::Get, type);
    request.query = query;
    searchPage(
        request, type,
        [this, type, done, bearer](const Result<SearchPage> &first) {
            if (!first.ok()) {
                done(first);
                return;
            }
            continueSearch(type, first.value(), done, bearer);
        },
        bearer);
}

void FhirBackend::continueSearch(const QString &type, const SearchPage &sofar,
                                 const Deliver<SearchPage> &done, const QByteArray &bearer) {
    if (!sofar.next.isValid()) {
        done(sofar);
        return;
    }
    const auto request = pageRequest(type, sofar.next.toString(), {});
    if (!request.ok()) {
        done(request.error());
        return;
    }
    searchPage(
        request.value(), type,
        [this, type, sofar, done, bearer](const Result<SearchPage> &page) {
            if (!page.ok()) {
                done(page);
                return;
            }
            SearchPage all = sofar;
            all.append(page.value());
            continueSearch(type, all, done, bearer);
        },
        bearer);
}

void FhirBackend::read(
    const QString &type, const QString &id, const QByteArray &etag,
    const std::function<void(const Result<Resource> &, bool notModified)> &done) {
    ApiRequest request =
        fhirRequest(ApiRequest::Method::Get,
                    type + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)));
    request.ifNoneMatch = etag;
    send(request, [type, done](const ApiResponse &response) {
        if (!response.ok()) {
            done(response.error, false);
            return;
        }
        if (response.notModified()) {
            done(Resource(), true);
            return;
        }
        const Resource resource(response.body.object());
        if (resource.type() != type || resource.id().isEmpty()) {
            done(ApiError::make(ApiError::Kind::BadResponse,
                                QStringLiteral("expected a %1 with an id").arg(type)),
                 false);
            return;
        }
        done(resource, false);
    });
}

void FhirBackend::put(const Resource &resource, const QByteArray &ifMatch, const Reply &reply) {
    ApiRequest request = fhirRequest(
        ApiRequest::Method::Put, resource.type() + QLatin1Char('/') +
                                     QString::fromLatin1(QUrl::toPercentEncoding(resource.id())));
    request.body = resource.json();
    request.ifMatch = ifMatch;
    send(request, reply);
}

void FhirBackend::postConditional(const QJsonObject &resource, const QString &idempotencyKey,
                                  const Reply &reply) {
    ApiRequest request = fhirRequest(ApiRequest::Method::Post,
                                     resource.value(QLatin1String("resourceType")).toString());
    request.body = resource;
    // Sent again after a lost answer, the server finds the first attempt's resource by this
    // identifier and answers with it (200) instead of making a second (201).
    request.headers.append(
        {QByteArrayLiteral("If-None-Exist"), fhir::ifNoneExistFor(idempotencyKey)});
    send(request, reply);
}

QString FhirBackend::actorFor(const QString &clientId) const {
    return m_actors.value(clientId, QStringLiteral("Patient/") + clientId);
}

} // namespace careportal
