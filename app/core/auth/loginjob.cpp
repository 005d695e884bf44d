// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/loginjob.h"

#include "auth/devicetokens.h"
#include "backend/carebackend.h"

#include <utility>

namespace careportal {

namespace {

/// An error after which the server will not take another code for this attempt.
bool endsTheAttempt(const ApiError &error) {
    return error.kind == ApiError::Kind::Unauthorized ||
           error.code == QLatin1String("second-factor-ended");
}

} // namespace

LoginJob::LoginJob(CareBackend *backend, DeviceTokens *devices, QString username, QString password,
                   QObject *parent)
    : NetworkJob(parent)
    , m_backend(backend)
    , m_devices(devices)
    , m_username(std::move(username))
    , m_password(std::move(password)) {}

void LoginJob::run() {
    // A remembered device shows its token, so the server can skip the second factor.
    await(m_devices->load(m_username),
          [this](const QByteArray &deviceToken) { sendPassword(deviceToken); });
}

void LoginJob::sendPassword(const QByteArray &deviceToken) {
    restartTimeout(); // the keychain has answered; now the server's turn
    await(m_backend->login(m_username, m_password, deviceToken),
          [this](const Result<LoginResult> &answer) { passwordAnswered(answer); });
    m_password.clear(); // sent: no need to hold it any longer
}

void LoginJob::passwordAnswered(const Result<LoginResult> &answer) {
    if (!answer.ok())
        fail(answer.error());
    else if (answer.value().secondFactorRequired)
        waitForCode(answer.value());
    else
        complete(answer.value());
}

void LoginJob::waitForCode(const LoginResult &challenge) {
    // The waiting token only completes the factor: it goes to the backend for the code's
    // request and nowhere else (never to the keychain).
    m_backend->setSessionTokens({challenge.token, {}});
    m_waitingForCode = true;
    pauseTimeout(); // the user takes the time they need; the server ends the attempt itself
    Q_EMIT secondFactorRequired(challenge.factorMethod, challenge.factorDestination);
}

void LoginJob::submitCode(const QString &code, bool rememberDevice) {
    if (!waitsForCode())
        return;
    m_waitingForCode = false;
    restartTimeout();
    await(m_backend->completeSecondFactor(code, rememberDevice, DeviceTokens::deviceName()),
          [this](const Result<LoginResult> &answer) { codeAnswered(answer); });
}

void LoginJob::codeAnswered(const Result<LoginResult> &answer) {
    if (answer.ok()) {
        if (!answer.value().deviceToken.isEmpty())
            (void)m_devices->save(m_username, answer.value().deviceToken);
        complete(answer.value());
        return;
    }
    if (endsTheAttempt(answer.error())) {
        fail(answer.error());
        return;
    }
    m_waitingForCode = true;
    pauseTimeout();
    Q_EMIT codeRefused(answer.error());
}

void LoginJob::complete(const LoginResult &result) {
    m_result = result;
    succeed();
}

} // namespace careportal
