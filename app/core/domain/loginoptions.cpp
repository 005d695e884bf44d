// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/loginoptions.h"

#include <QJsonArray>

namespace careportal {

namespace {
QStringList strings(const QJsonValue &value) {
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}
} // namespace

bool IdentityProviderSettings::isValid() const {
    return issuer.isValid() && issuer.scheme() == QLatin1String("https") && !clientId.isEmpty();
}

IdentityProviderSettings IdentityProviderSettings::fromJson(const QJsonObject &json) {
    IdentityProviderSettings settings;
    settings.issuer = QUrl(json.value(QLatin1String("issuer")).toString());
    settings.clientId = json.value(QLatin1String("clientId")).toString();
    settings.name = json.value(QLatin1String("providerName")).toString();
    settings.scopes = strings(json.value(QLatin1String("scopes")));
    settings.acrValues = strings(json.value(QLatin1String("acrValues")));
    if (!settings.scopes.contains(QLatin1String("openid")))
        settings.scopes.prepend(QStringLiteral("openid")); // without it there is no ID token
    return settings;
}

QJsonObject IdentityProviderSettings::toJson() const {
    return {{QLatin1String("issuer"), issuer.toString()},
            {QLatin1String("clientId"), clientId},
            {QLatin1String("providerName"), name},
            {QLatin1String("scopes"), QJsonArray::fromStringList(scopes)},
            {QLatin1String("acrValues"), QJsonArray::fromStringList(acrValues)}};
}

LoginOptions LoginOptions::fromJson(const QJsonObject &json) {
    LoginOptions options;
    // A server from before this choice has only the password login.
    options.password = json.value(QLatin1String("password")).toBool(true);
    const QJsonValue provider = json.value(QLatin1String("openIdConnect"));
    if (provider.isObject())
        options.provider = IdentityProviderSettings::fromJson(provider.toObject());
    return options;
}

QJsonObject LoginOptions::toJson() const {
    QJsonObject json{{QLatin1String("password"), password}};
    if (provider.isValid())
        json.insert(QLatin1String("openIdConnect"), provider.toJson());
    return json;
}

} // namespace careportal
