// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// RestBackend's logins and Accountbeveiliging: login with its second factor, the factor's
// settings and the remembered devices. The rest of the class is in restbackend.cpp.
#include "backend/restbackend.h"
#include "backend/restrequests.h"

namespace careportal {

using rest::done;
using rest::parseItem;
using rest::parseItems;
using rest::post;

namespace {

Result<LoginResult> parseLogin(const ApiResponse &response) {
    LoginResult result = LoginResult::fromJson(response.body.object());
    if (result.token.isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("token"));
    return result;
}

QJsonObject stepUpBody(const QString &password, const QString &code) {
    return {{QLatin1String("password"), password}, {QLatin1String("code"), code.trimmed()}};
}

} // namespace

QFuture<Result<LoginResult>> RestBackend::login(const QString &username, const QString &password,
                                                const QByteArray &deviceToken) {
    QJsonObject body{{QLatin1String("username"), username.trimmed()},
                     {QLatin1String("password"), password}};
    if (!deviceToken.isEmpty())
        body.insert(QLatin1String("deviceToken"), QString::fromLatin1(deviceToken));
    return call<LoginResult>(post(QStringLiteral("/auth/login"), body, false), parseLogin);
}

QFuture<Result<LoginResult>> RestBackend::loginWithIdToken(const QByteArray &idToken,
                                                           const QString &nonce,
                                                           const QByteArray & /*accessToken*/) {
    // Our server makes its own session from the ID token; the provider's access token is
    // not for it.
    const QJsonObject body{{QLatin1String("idToken"), QString::fromLatin1(idToken)},
                           {QLatin1String("nonce"), nonce}};
    return call<LoginResult>(post(QStringLiteral("/auth/oidc"), body, false), parseLogin);
}

QFuture<Result<LoginResult>> RestBackend::completeSecondFactor(const QString &code,
                                                               bool rememberDevice,
                                                               const QString &deviceName) {
    const QJsonObject body{{QLatin1String("code"), code.trimmed()},
                           {QLatin1String("rememberDevice"), rememberDevice},
                           {QLatin1String("deviceName"), deviceName}};
    return call<LoginResult>(post(QStringLiteral("/auth/second-factor"), body), parseLogin);
}

QFuture<Result<Done>> RestBackend::resendSecondFactorCode() {
    return call<Done>(post(QStringLiteral("/auth/second-factor/resend"), {}), done);
}

QFuture<Result<Done>> RestBackend::requestRegistration(const QJsonObject &fields) {
    return call<Done>(post(QStringLiteral("/registrations"), fields, false), done);
}

QFuture<Result<SecondFactorSettings>> RestBackend::secondFactorSettings() {
    ApiRequest request;
    request.path = QStringLiteral("/account/second-factor");
    return call<SecondFactorSettings>(request, [](const ApiResponse &response) {
        return parseItem<SecondFactorSettings>(response, "second factor");
    });
}

QFuture<Result<Done>> RestBackend::sendStepUpCode() {
    return call<Done>(post(QStringLiteral("/account/second-factor/code"), {}), done);
}

QFuture<Result<AuthenticatorSetup>> RestBackend::beginAuthenticator(const QString &password,
                                                                    const QString &code) {
    return call<AuthenticatorSetup>(
        post(QStringLiteral("/account/second-factor/totp"), stepUpBody(password, code)),
        [](const ApiResponse &response) {
            return parseItem<AuthenticatorSetup>(response, "authenticator");
        });
}

QFuture<Result<Done>> RestBackend::confirmAuthenticator(const QString &code) {
    return call<Done>(post(QStringLiteral("/account/second-factor/totp/confirm"),
                           {{QLatin1String("code"), code.trimmed()}}),
                      done);
}

QFuture<Result<Done>> RestBackend::removeAuthenticator(const QString &password,
                                                       const QString &code) {
    return call<Done>(
        post(QStringLiteral("/account/second-factor/totp/remove"), stepUpBody(password, code)),
        done);
}

QFuture<Result<Done>> RestBackend::changePhone(const QString &password, const QString &code,
                                               const QString &phone) {
    QJsonObject body = stepUpBody(password, code);
    body.insert(QLatin1String("phone"), phone.trimmed());
    ApiRequest request = post(QStringLiteral("/account/phone"), body);
    request.method = ApiRequest::Method::Put;
    return call<Done>(request, done);
}

QFuture<Result<QList<RememberedDevice>>> RestBackend::rememberedDevices() {
    ApiRequest request;
    request.path = QStringLiteral("/account/devices");
    return call<QList<RememberedDevice>>(request, [](const ApiResponse &response) {
        return parseItems<RememberedDevice>(response, "device", "devices");
    });
}

QFuture<Result<Done>> RestBackend::revokeDevice(const QString &id) {
    return call<Done>(rest::removeRequest(QStringLiteral("/account/devices/") + rest::escaped(id)),
                      done);
}

} // namespace careportal
