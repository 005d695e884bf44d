// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apirequest.h"
#include "network/requestbuilder.h"

#include <QLoggingCategory>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace careportal {

class ServerTrust;

/// One request in flight: a job that finishes exactly once and then deletes itself.
class ApiCall : public QObject {
    Q_OBJECT
public:
    void abort();

Q_SIGNALS:
    void finished(const careportal::ApiResponse &response);

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent);
    void attach(QNetworkReply *reply, ServerTrust *trust);
    void complete(const ApiResponse &response);

    QPointer<QNetworkReply> m_reply;
    bool m_pinRejected = false;
    bool m_aborted = false;
    bool m_done = false;
};

/// The app's only door to the backend's HTTPS API: one shared QNetworkAccessManager, one
/// RequestBuilder, one ReplyHandler. It knows nothing about screens.
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(const QUrl &baseUrl, ServerTrust *trust, QObject *parent = nullptr);

    void setAccessToken(const QByteArray &token) { m_token = token; }
    void setLanguage(const QString &language) { m_builder.setLanguage(language); }
    void setTransferTimeoutMs(int ms) { m_builder.setTransferTimeoutMs(ms); }
    [[nodiscard]] QUrl baseUrl() const { return m_builder.baseUrl(); }
    /// The app's one network access manager, for the few calls that are not to the
    /// organisation's server (its identity provider).
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    /// Starts the request (after the pinned certificate is known) and returns its job.
    ApiCall *send(ApiRequest request);

private:
    void dispatch(ApiCall *call, const ApiRequest &request);

    QNetworkAccessManager *m_network;
    ServerTrust *m_trust;
    RequestBuilder m_builder;
    QByteArray m_token;
};

} // namespace careportal
