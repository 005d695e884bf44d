// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace careportal::test {

class ServerProcess;

/// Blocking HTTPS JSON requests for server API tests. Trusts exactly the server's own
/// certificate through QSslConfiguration::setCaCertificates — never by ignoring TLS errors,
/// so every test also proves the certificate verifies for 127.0.0.1.
class HttpsJsonClient {
public:
    struct Reply {
        int status = 0; // 0 when no HTTP response arrived
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QJsonObject json;
        QHash<QByteArray, QByteArray> headers; // lower-case names

        [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const {
            return headers.value(lowerCaseName);
        }
        /// The Dutch labels of a served option list ({items: [{code, labels: {nl, en}}]}).
        [[nodiscard]] QStringList dutchLabels() const;
        /// The problem+json `code`, or empty.
        [[nodiscard]] QString problemCode() const {
            return json.value(QLatin1String("code")).toString();
        }
    };

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpsJsonClient(const QUrl &baseUrl, const QString &certificatePath);
    explicit HttpsJsonClient(const ServerProcess &server);

    [[nodiscard]] Reply get(const QString &path, const QString &token = {},
                            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    [[nodiscard]] Reply post(const QString &path, const QJsonObject &body,
                             const QString &token = {}, const Headers &headers = {});
    [[nodiscard]] Reply put(const QString &path, const QJsonObject &body, const QString &token,
                            const Headers &headers = {});
    [[nodiscard]] Reply remove(const QString &path, const QString &token,
                               const Headers &headers = {});
    [[nodiscard]] Reply postRaw(const QString &path, const QByteArray &body,
                                const QByteArray &contentType, const QString &token = {});
    /// Sends every body at once, each on its own connection (one QNetworkAccessManager per
    /// request, so Qt's six-connections-per-host limit does not queue them), and waits for
    /// all. Replies are in the order of `bodies`.
    [[nodiscard]] QList<Reply> postConcurrently(const QString &path,
                                                const QList<QJsonObject> &bodies,
                                                const QString &token = {},
                                                const Headers &headers = {});
    /// POST /auth/login; returns the token or empty.
    [[nodiscard]] QString login(const QString &username, const QString &password);

    [[nodiscard]] bool isTrustConfigured() const { return m_trusted; }

private:
    [[nodiscard]] QNetworkRequest makeRequest(const QString &path, const QByteArray &contentType,
                                              const QString &token,
                                              const QList<QPair<QByteArray, QByteArray>> &headers);
    [[nodiscard]] static Reply readReply(QNetworkReply *networkReply);
    [[nodiscard]] Reply send(const QByteArray &verb, const QString &path, const QByteArray &body,
                             const QByteArray &contentType, const QString &token,
                             const QList<QPair<QByteArray, QByteArray>> &headers);

    QUrl m_baseUrl;
    QSslConfiguration m_ssl;
    bool m_trusted = false;
    QNetworkAccessManager m_manager;
};

} // namespace careportal::test
