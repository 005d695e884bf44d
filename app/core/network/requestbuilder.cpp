#include "requestbuilder.h"

#include <QCoreApplication>

namespace careportal {

RequestBuilder::RequestBuilder(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl)) {}

QUrl RequestBuilder::urlFor(const ApiRequest &request) const {
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QNetworkRequest RequestBuilder::build(const ApiRequest &request) const {
    QNetworkRequest networkRequest(urlFor(request));
    networkRequest.setSslConfiguration(m_ssl);
    networkRequest.setTransferTimeout(m_timeoutMs);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setRawHeader("Accept", "application/json, application/problem+json");
    networkRequest.setRawHeader("Accept-Language", m_language.toLatin1());
    networkRequest.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("CarePortal/%1").arg(QCoreApplication::applicationVersion()));
    if (request.body)
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QStringLiteral("application/json"));
    if (request.authenticated && !m_token.isEmpty())
        networkRequest.setRawHeader("Authorization", "Bearer " + m_token);
    if (!request.ifNoneMatch.isEmpty())
        networkRequest.setRawHeader("If-None-Match", request.ifNoneMatch);
    return networkRequest;
}

} // namespace careportal
