// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/requestbuilder.h"

#include <QCoreApplication>

namespace careportal {

RequestBuilder::RequestBuilder(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl)) {}

QUrl RequestBuilder::urlFor(const ApiRequest &request) const {
    if (request.url.isValid())
        return request.url;
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // request.path is already percent-encoded where needed (ids in paths).
    url.setPath(path + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkRequest RequestBuilder::build(const ApiRequest &request) const {
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setSslConfiguration(m_ssl);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    // One request per TLS handshake check: with HTTP/2 several requests share a connection
    // and QNetworkReply::encrypted fires for the first one only.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setRawHeader("Accept", request.accept + ", application/problem+json");
    networkRequest.setRawHeader("Accept-Language", m_language.toLatin1());
    networkRequest.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("CarePortal/%1").arg(QCoreApplication::applicationVersion()));
    if (request.body)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QString::fromLatin1(request.contentType));
    if (request.authenticated && !request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + request.bearerToken);
    if (!request.ifNoneMatch.isEmpty())
        networkRequest.setRawHeader("If-None-Match", request.ifNoneMatch);
    if (!request.ifMatch.isEmpty())
        networkRequest.setRawHeader("If-Match", request.ifMatch);
    if (!request.idempotencyKey.isEmpty())
        networkRequest.setRawHeader("Idempotency-Key", request.idempotencyKey);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

} // namespace careportal
