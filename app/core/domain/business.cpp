// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/business.h"

namespace careportal {

namespace {

bool flag(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toBool();
}

QString text(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

} // namespace

BusinessRights BusinessRights::fromJson(const QJsonObject &json) {
    return {flag(json, "administrator"), flag(json, "portalUser"), flag(json, "emailServices"),
            flag(json, "allProjects")};
}

QJsonObject BusinessRights::toJson() const {
    return {{QLatin1String("administrator"), administrator},
            {QLatin1String("portalUser"), portalUser},
            {QLatin1String("emailServices"), emailServices},
            {QLatin1String("allProjects"), allProjects}};
}

OrganisationLink OrganisationLink::fromJson(const QJsonObject &json) {
    return {text(json, "id"), text(json, "name"), text(json, "contactId"),
            BusinessRights::fromJson(json.value(QLatin1String("rights")).toObject())};
}

QJsonObject OrganisationLink::toJson() const {
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("contactId"), contactId},
            {QLatin1String("rights"), rights.toJson()}};
}

BusinessRecord BusinessRecord::fromJson(const QJsonObject &json) {
    const QJsonValue id = json.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return {};
    return {id.toString(), json, text(json, "etag").toUtf8()};
}

} // namespace careportal
