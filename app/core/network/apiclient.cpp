// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/apiclient.h"

#include "network/replyhandler.h"
#include "network/servertrust.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcHttp, "careportal.http")

namespace careportal {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent) {}

void ApiCall::abort() {
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    else
        complete(ApiResponse::failure(
            ApiError::make(ApiError::Kind::Offline, QStringLiteral("aborted"))));
}

void ApiCall::attach(QNetworkReply *reply, ServerTrust *trust) {
    m_reply = reply;
    reply->setParent(this);
    // Checked before any request data goes out: a certificate other than the pinned one
    // ends the connection even if some CA would vouch for it.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, trust] {
        if (!trust->acceptsPeer(reply->sslConfiguration().peerCertificate())) {
            m_pinRejected = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, trust] {
        // Checked again at the end: nothing from a peer other than the pinned one is used.
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull() && !trust->acceptsPeer(peer))
            m_pinRejected = true;
        ApiResponse response = ReplyHandler::interpret(reply, m_pinRejected);
        if (m_aborted && !m_pinRejected)
            response = ApiResponse::failure(
                ApiError::make(ApiError::Kind::Offline, QStringLiteral("aborted")));
        complete(response);
    });
}

void ApiCall::complete(const ApiResponse &response) {
    if (m_done)
        return;
    m_done = true;
    if (response.error.isError())
        qCInfo(lcHttp) << "request failed:" << ApiError::kindName(response.error.kind)
                       << response.status << response.error.code;
    Q_EMIT finished(response);
    deleteLater();
}

ApiClient::ApiClient(const QUrl &baseUrl, ServerTrust *trust, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_trust(trust)
    , m_builder(baseUrl) {
    m_network->setStrictTransportSecurityEnabled(true);
    // The API never redirects; a redirect to another origin must not carry a password.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiCall *ApiClient::send(ApiRequest request) {
    if (request.authenticated)
        request.bearerToken = m_token;
    auto *call = new ApiCall(this);
    if (baseUrl().scheme() != QLatin1String("https")) {
        // HTTPS only: refuse before anything leaves the machine.
        QMetaObject::invokeMethod(
            call,
            [call] {
                call->complete(ApiResponse::failure(
                    ApiError::make(ApiError::Kind::Tls, QStringLiteral("not-https"))));
            },
            Qt::QueuedConnection);
        return call;
    }
    QPointer<ApiCall> guard(call);
    m_trust->prepare(baseUrl(), [this, guard, request](bool ready) {
        if (!guard)
            return;
        if (ready) {
            dispatch(guard, request);
            return;
        }
        const auto kind =
            m_trust->lastErrorWasTls() ? ApiError::Kind::Tls : ApiError::Kind::Offline;
        guard->complete(ApiResponse::failure(ApiError::make(kind)));
    });
    return call;
}

void ApiClient::dispatch(ApiCall *call, const ApiRequest &request) {
    m_builder.setSslConfiguration(m_trust->sslConfiguration());
    const QNetworkRequest networkRequest = m_builder.build(request);
    QNetworkReply *reply = nullptr;
    const QByteArray body =
        request.body ? QJsonDocument(*request.body).toJson(QJsonDocument::Compact) : QByteArray();
    switch (request.method) {
    case ApiRequest::Method::Post:
        reply = m_network->post(networkRequest, body);
        break;
    case ApiRequest::Method::Put:
        reply = m_network->put(networkRequest, body);
        break;
    case ApiRequest::Method::Delete:
        reply = m_network->deleteResource(networkRequest);
        break;
    case ApiRequest::Method::Get:
        reply = m_network->get(networkRequest);
        break;
    }
    call->attach(reply, m_trust);
}

} // namespace careportal
