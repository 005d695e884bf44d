// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/account.h"
#include "network/networkjob.h"

#include <QString>

namespace careportal {

class CareBackend;
class DeviceTokens;

/// One login attempt, from the password to the session's tokens: the password goes with a
/// remembered device's token (so the server may skip the second factor); when the server
/// asks for a second factor the job waits for the user's code (submitCode()) and sends it
/// with the waiting token, until the tokens or an error that ends the attempt.
///
/// A wrong code, or a code that could not be sent, does not end the attempt: the user may
/// try again (codeRefused()). The attempt ends when the server ended it (401, or the
/// problem "second-factor-ended"). After finished(), result() holds the tokens and whether
/// the password must be changed first; what to do with them is the Session's business.
class LoginJob : public NetworkJob {
    Q_OBJECT
public:
    LoginJob(CareBackend *backend, DeviceTokens *devices, QString username, QString password,
             QObject *parent = nullptr);

    /// The code the user typed (six digits, checked by the caller) while the job waits for
    /// one; with `rememberDevice` the device token the server gives is kept in the keychain.
    void submitCode(const QString &code, bool rememberDevice);
    [[nodiscard]] bool waitsForCode() const { return isRunning() && m_waitingForCode; }
    /// After finished(): the complete login's answer.
    [[nodiscard]] const LoginResult &result() const { return m_result; }

Q_SIGNALS:
    /// The server wants a second factor: the job now waits for submitCode(). `method` is
    /// "sms" or "totp", `destination` the masked phone number for "sms".
    void secondFactorRequired(const QString &method, const QString &destination);
    /// The code was not accepted, or could not be sent; the job waits for another.
    void codeRefused(const careportal::ApiError &error);

protected:
    void run() override;

private:
    void sendPassword(const QByteArray &deviceToken);
    void passwordAnswered(const Result<LoginResult> &answer);
    void codeAnswered(const Result<LoginResult> &answer);
    void waitForCode(const LoginResult &challenge);
    void complete(const LoginResult &result);

    CareBackend *m_backend;
    DeviceTokens *m_devices;
    QString m_username;
    QString m_password;
    LoginResult m_result;
    bool m_waitingForCode = false;
};

} // namespace careportal
