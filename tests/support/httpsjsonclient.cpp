// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsjsonclient.h"

#include "serverprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <memory>
#include <vector>

namespace careportal::test {

namespace {

constexpr int kRequestTimeoutMs = 30000;

} // namespace

HttpsJsonClient::HttpsJsonClient(const QUrl &baseUrl, const QString &certificatePath)
    : m_baseUrl(baseUrl)
    , m_ssl(QSslConfiguration::defaultConfiguration()) {
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    m_trusted = !certificates.isEmpty();
    // Only this certificate is trusted: the system CAs are not needed for loopback tests.
    m_ssl.setCaCertificates(certificates);
    m_manager.setAutoDeleteReplies(false);
}

HttpsJsonClient::HttpsJsonClient(const ServerProcess &server)
    : HttpsJsonClient(server.baseUrl(), server.certificatePath()) {}

HttpsJsonClient::Reply HttpsJsonClient::get(const QString &path, const QString &token,
                                            const QList<QPair<QByteArray, QByteArray>> &headers) {
    return send("GET", path, {}, {}, token, headers);
}

QStringList HttpsJsonClient::Reply::dutchLabels() const {
    QStringList labels;
    for (const auto &item : json.value(QLatin1String("items")).toArray())
        labels.append(item.toObject()
                          .value(QLatin1String("labels"))
                          .toObject()
                          .value(QLatin1String("nl"))
                          .toString());
    return labels;
}

HttpsJsonClient::Reply HttpsJsonClient::post(const QString &path, const QJsonObject &body,
                                             const QString &token, const Headers &headers) {
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", token, headers);
}

HttpsJsonClient::Reply HttpsJsonClient::put(const QString &path, const QJsonObject &body,
                                            const QString &token, const Headers &headers) {
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                token, headers);
}

HttpsJsonClient::Reply HttpsJsonClient::remove(const QString &path, const QString &token,
                                               const Headers &headers) {
    return send("DELETE", path, {}, {}, token, headers);
}

HttpsJsonClient::Reply HttpsJsonClient::postRaw(const QString &path, const QByteArray &body,
                                                const QByteArray &contentType,
                                                const QString &token) {
    return send("POST", path, body, contentType, token, {});
}

QString HttpsJsonClient::login(const QString &username, const QString &password) {
    const Reply reply =
        post(QStringLiteral("/auth/login"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    return reply.status == 200 ? reply.json.value(QLatin1String("token")).toString() : QString();
}

QList<HttpsJsonClient::Reply> HttpsJsonClient::postConcurrently(const QString &path,
                                                                const QList<QJsonObject> &bodies,
                                                                const QString &token,
                                                                const Headers &headers) {
    const QNetworkRequest request = makeRequest(path, "application/json", token, headers);
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int pending = int(bodies.size());
    for (const QJsonObject &body : bodies) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply *reply =
            managers.back()->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
        replies.append(reply);
    }
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        for (QNetworkReply *reply : std::as_const(replies))
            reply->abort();
    });
    timeout.start(kRequestTimeoutMs);
    if (pending > 0)
        loop.exec();
    QList<Reply> result;
    for (QNetworkReply *reply : std::as_const(replies)) {
        result.append(readReply(reply));
        delete reply;
    }
    return result;
}

QNetworkRequest HttpsJsonClient::makeRequest(const QString &path, const QByteArray &contentType,
                                             const QString &token,
                                             const QList<QPair<QByteArray, QByteArray>> &headers) {
    QUrl url = m_baseUrl;
    const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
    url.setPath(m_baseUrl.path() + path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));

    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    // The tests look at status codes such as 304 themselves; no cache in between.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

HttpsJsonClient::Reply HttpsJsonClient::readReply(QNetworkReply *networkReply) {
    Reply reply;
    reply.status = networkReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply.error = networkReply->error();
    reply.errorString = networkReply->errorString();
    reply.body = networkReply->readAll();
    reply.json = QJsonDocument::fromJson(reply.body).object();
    for (const auto &[name, value] : networkReply->rawHeaderPairs())
        reply.headers.insert(name.toLower(), value);
    return reply;
}

HttpsJsonClient::Reply HttpsJsonClient::send(const QByteArray &verb, const QString &path,
                                             const QByteArray &body, const QByteArray &contentType,
                                             const QString &token,
                                             const QList<QPair<QByteArray, QByteArray>> &headers) {
    QNetworkReply *networkReply =
        m_manager.sendCustomRequest(makeRequest(path, contentType, token, headers), verb, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(networkReply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, networkReply, &QNetworkReply::abort);
    timeout.start(kRequestTimeoutMs);
    if (!networkReply->isFinished())
        loop.exec();

    Reply reply = readReply(networkReply);
    networkReply->deleteLater();
    return reply;
}

} // namespace careportal::test
