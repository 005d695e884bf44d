// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/security.h"

namespace careportal {

namespace {

QDateTime dateTime(const QJsonObject &json, const char *key) {
    return QDateTime::fromString(json.value(QLatin1String(key)).toString(), Qt::ISODate);
}

} // namespace

SecondFactorSettings SecondFactorSettings::fromJson(const QJsonObject &json) {
    return {json.value(QLatin1String("required")).toBool(),
            json.value(QLatin1String("method")).toString(),
            json.value(QLatin1String("phone")).toString(),
            json.value(QLatin1String("changeNeedsCode")).toBool()};
}

AuthenticatorSetup AuthenticatorSetup::fromJson(const QJsonObject &json) {
    return {json.value(QLatin1String("secret")).toString(),
            json.value(QLatin1String("uri")).toString()};
}

RememberedDevice RememberedDevice::fromJson(const QJsonObject &json) {
    return {json.value(QLatin1String("id")).toString(),
            json.value(QLatin1String("name")).toString(),
            dateTime(json, "firstUsedAt"),
            dateTime(json, "lastUsedAt"),
            dateTime(json, "expiresAt"),
            json.value(QLatin1String("current")).toBool()};
}

} // namespace careportal
