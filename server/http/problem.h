// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace careportal::server {

/// RFC 7807 problem+json answers. Every problem carries a stable `code` for the app and
/// ready-to-show sentences in Dutch and English, written for elderly users: the app shows
/// `messages` as they are and never has to invent wording for a server error.
class Problem {
public:
    enum class Code {
        BadRequest,
        Unauthorized,
        InvalidCredentials,
        PasswordChangeRequired,
        NotFound,
        PayloadTooLarge,
        HeadersTooLarge,
        UnsupportedMediaType,
        PasswordPolicy,
        CurrentPasswordIncorrect,
        PasswordReused,
        AccountLocked,
        Validation,
        LimitReached,
        RequestClosed,
        RequestOpen,
        ResetCodeInvalid,
        AccountDisabled,
        NoPortalAccess,
        LastAdministrator,
        SecondFactorRequired,
        SecondFactorInvalid,
        SecondFactorEnded,
        SecondFactorUnavailable,
        ResendTooSoon,
        IdempotencyKeyReused,
        RequestInProgress,
        PreconditionFailed,
        Busy,
        Internal,
        PasswordLoginOff,
        OidcOff,
        OidcTokenRefused,
        ProviderUnavailable,
        AccountNotLinked,
    };

    /// `detail` replaces the English default detail (technical help for developers); the
    /// user-facing `messages` stay the fixed ones of the code.
    /// One field the server refused, with the sentence to show beside it.
    struct FieldError {
        QString field;
        QString code;
        QString nl;
        QString en;
    };

    [[nodiscard]] static ApiResponse make(Code code, const QString &detail = {});
    /// 422 `validation` with `fieldErrors`, so the app can show each message at its field.
    [[nodiscard]] static ApiResponse validation(const QList<FieldError> &errors);
    [[nodiscard]] static ApiResponse passwordPolicy(const QStringList &violations);
    [[nodiscard]] static ApiResponse accountLocked(qint64 retryAfterSeconds);
    /// 503 `busy` with `Retry-After: 1`: no password-hashing slot (or turn) came free in time.
    [[nodiscard]] static ApiResponse busy();
    /// 429 `resend-too-soon` with Retry-After: a new code may be asked for later.
    [[nodiscard]] static ApiResponse resendTooSoon(qint64 retryAfterSeconds);
    /// 412 `precondition-failed` (If-Match did not match) with the server's `current`
    /// version, so the app can show both versions and let the user choose.
    [[nodiscard]] static ApiResponse preconditionFailed(const QJsonObject &current,
                                                        const QByteArray &etag);

    /// 401 `oidc-token-refused` with `reason` (OidcRefusal's name): the ID token from the
    /// organisation's identity provider was not accepted.
    [[nodiscard]] static ApiResponse oidcTokenRefused(const QString &reason);

    [[nodiscard]] static int status(Code code);
    [[nodiscard]] static QString codeName(Code code);
};

} // namespace careportal::server
