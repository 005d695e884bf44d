// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace careportal {

/// How the account gives its second factor (getSecondFactor).
struct SecondFactorSettings {
    bool required = false; ///< The organisation requires a second factor.
    QString method;        ///< "totp", "sms" or empty.
    QString phone;         ///< Masked mobile number, empty when none.
    bool changeNeedsCode = false;

    [[nodiscard]] static SecondFactorSettings fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return true; }
};

/// A new authenticator secret waiting for its first code.
struct AuthenticatorSetup {
    QString secret; ///< base32, as people type it into an app
    QString uri;    ///< otpauth://, for the QR code

    [[nodiscard]] static AuthenticatorSetup fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !secret.isEmpty() && !uri.isEmpty(); }
};

/// A device that skips the second factor for 90 days.
struct RememberedDevice {
    QString id;
    QString name;
    QDateTime firstUsedAt;
    QDateTime lastUsedAt;
    QDateTime expiresAt;
    bool current = false; ///< The device this session runs on.

    [[nodiscard]] static RememberedDevice fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && lastUsedAt.isValid(); }
};

} // namespace careportal
