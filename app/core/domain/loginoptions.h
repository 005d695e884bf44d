// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace careportal {

/// The care organisation's identity provider (OpenID Connect), as `/organisation` names it:
/// where the app sends the user to log in, and as which client.
struct IdentityProviderSettings {
    QUrl issuer;
    QString clientId;
    QString name; ///< Shown as "Inloggen via <name>".
    QStringList scopes;
    QStringList acrValues;

    /// An https issuer and a client id: without them there is nothing to log in with.
    [[nodiscard]] bool isValid() const;
    [[nodiscard]] static IdentityProviderSettings fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
};

/// Which logins the organisation offers: its own password login, its identity provider,
/// or both.
struct LoginOptions {
    bool password = true;
    IdentityProviderSettings provider;

    [[nodiscard]] static LoginOptions fromJson(const QJsonObject &json);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace careportal
