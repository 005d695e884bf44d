// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/identityproviderclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <functional>
#include <memory>

Q_LOGGING_CATEGORY(lcIdentityProvider, "careportal.identityprovider")

namespace careportal {

namespace {
constexpr int transferTimeoutMs = 20000;

struct JsonAnswer {
    QJsonObject body;
    ProviderFailure failure;
};

/// The reply's JSON, or why there is none. OAuth errors come as JSON with `error` (RFC
/// 6749 5.2), with status 400 or 401.
JsonAnswer readJson(QNetworkReply *reply) {
    JsonAnswer answer;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    if (status == 0) {
        answer.failure = {ProviderFailure::Kind::Unreachable, {}, reply->errorString()};
        return answer;
    }
    answer.body = QJsonDocument::fromJson(data).object();
    const QString error = answer.body.value(QLatin1String("error")).toString();
    if (!error.isEmpty())
        answer.failure = {ProviderFailure::Kind::Refused, error,
                          answer.body.value(QLatin1String("error_description")).toString()};
    else if (status >= 300 || answer.body.isEmpty())
        answer.failure = {ProviderFailure::Kind::BadAnswer,
                          {},
                          QStringLiteral("HTTP %1 without a JSON answer").arg(status)};
    return answer;
}

template <typename T>
QFuture<ProviderResult<T>> whenDone(QNetworkReply *reply,
                                    std::function<ProviderResult<T>(const JsonAnswer &)> parse) {
    auto promise = std::make_shared<QPromise<ProviderResult<T>>>();
    promise->start();
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, parse] {
        reply->deleteLater();
        const JsonAnswer answer = readJson(reply);
        ProviderResult<T> result;
        if (answer.failure.kind != ProviderFailure::Kind::None) {
            qCInfo(lcIdentityProvider).noquote()
                << reply->url().path() << "failed:" << answer.failure.error
                << answer.failure.description;
            result.failure = answer.failure;
        } else {
            result = parse(answer);
        }
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

ProviderResult<ProviderTokens> parseTokens(const JsonAnswer &answer) {
    ProviderResult<ProviderTokens> result;
    const auto text = [&answer](const char *name) {
        return answer.body.value(QLatin1String(name)).toString().toLatin1();
    };
    result.value = {text("id_token"), text("access_token"), text("refresh_token")};
    if (result.value.idToken.isEmpty())
        result.failure = {ProviderFailure::Kind::BadAnswer,
                          {},
                          QStringLiteral("the token answer has no id_token")};
    return result;
}
} // namespace

IdentityProviderClient::IdentityProviderClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network) {}

QNetworkReply *IdentityProviderClient::get(const QUrl &url) {
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_extraCertificates);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(transferTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    return m_network->get(request);
}

QNetworkReply *IdentityProviderClient::postForm(const QUrl &url, const QUrlQuery &form) {
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificates(m_extraCertificates);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // A '+' is a space in a form: encode it, or a base64 value arrives changed.
    return m_network->post(request, form.query(QUrl::FullyEncoded).toLatin1().replace('+', "%2B"));
}

QFuture<ProviderResult<ProviderMetadata>> IdentityProviderClient::discover(const QUrl &issuer) {
    return whenDone<ProviderMetadata>(
        get(ProviderMetadata::discoveryUrl(issuer)), [issuer](const JsonAnswer &answer) {
            ProviderResult<ProviderMetadata> result;
            QString problem;
            result.value = ProviderMetadata::fromJson(answer.body, issuer, &problem);
            if (!problem.isEmpty())
                result.failure = {ProviderFailure::Kind::BadAnswer, {}, problem};
            return result;
        });
}

QFuture<ProviderResult<ProviderTokens>>
IdentityProviderClient::tokenRequest(const QUrl &endpoint, const QUrlQuery &form) {
    return whenDone<ProviderTokens>(postForm(endpoint, form), parseTokens);
}

QFuture<ProviderResult<ProviderTokens>>
IdentityProviderClient::redeemCode(const ProviderMetadata &provider, const QString &clientId,
                                   const QString &code, const QUrl &redirectUri,
                                   const QByteArray &codeVerifier) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri.toString());
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier));
    return tokenRequest(provider.tokenEndpoint, form);
}

QFuture<ProviderResult<ProviderTokens>>
IdentityProviderClient::refresh(const ProviderMetadata &provider, const QString &clientId,
                                const QByteArray &refreshToken) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    return tokenRequest(provider.tokenEndpoint, form);
}

QFuture<ProviderResult<bool>> IdentityProviderClient::revoke(const ProviderMetadata &provider,
                                                             const QString &clientId,
                                                             const QByteArray &token) {
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), QString::fromLatin1(token));
    form.addQueryItem(QStringLiteral("token_type_hint"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("client_id"), clientId);
    QNetworkReply *reply = postForm(provider.revocationEndpoint, form);
    // RFC 7009 2.2: 200 with an empty body; readJson() would call that a bad answer.
    auto promise = std::make_shared<QPromise<ProviderResult<bool>>>();
    promise->start();
    connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        ProviderResult<bool> result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.value = status == 200;
        if (!result.value)
            result.failure = {ProviderFailure::Kind::Unreachable, {}, reply->errorString()};
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

} // namespace careportal
