// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace careportal {

/// Every way a call to the backend can fail, sorted so that the UI can say something
/// useful ("you are offline" is not "the server broke") and tests can assert on it.
struct ApiError {
    enum class Kind {
        None,
        Offline,
        Timeout,
        Tls,
        Unauthorized,
        Forbidden,
        NotFound,
        Validation,
        Conflict,
        Throttled,
        Server,
        BadResponse,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;      ///< The server's problem code, e.g. "invalid-credentials".
    QString messageNl; ///< Dutch text for the user.
    QString messageEn; ///< English text for the user.
    QStringList violations;
    /// Per field the server refused (422 `validation`): field name -> {nl, en} sentence.
    QHash<QString, QPair<QString, QString>> fieldErrors;
    int retryAfterSeconds = 0;
    /// 412 `precondition-failed`: the server's current version of what was edited.
    QJsonObject current;

    [[nodiscard]] bool isError() const { return kind != Kind::None; }
    /// The message in the user's language; falls back to a generic text per kind.
    [[nodiscard]] QString message(const QString &language) const;
    /// fieldErrors as field -> sentence in the user's language, for a form.
    [[nodiscard]] QVariantMap fieldMessages(const QString &language) const;
    [[nodiscard]] static ApiError make(Kind kind, const QString &detail = {});
    [[nodiscard]] static QString kindName(Kind kind);
};

} // namespace careportal

Q_DECLARE_METATYPE(careportal::ApiError)
