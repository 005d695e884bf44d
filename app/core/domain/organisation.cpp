// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/organisation.h"

#include <QJsonArray>

namespace careportal {

Organisation Organisation::fromJson(const QJsonObject &json) {
    Organisation organisation;
    organisation.id = json.value(QLatin1String("id")).toString();
    organisation.name = json.value(QLatin1String("name")).toString();
    organisation.phone = json.value(QLatin1String("phone")).toString();
    organisation.absenceNoticeDays =
        json.value(QLatin1String("absenceNoticeWorkingDays")).toInt(organisation.absenceNoticeDays);
    const QJsonObject branding = json.value(QLatin1String("branding")).toObject();
    organisation.primaryColor = QColor(branding.value(QLatin1String("primaryColor")).toString());
    organisation.accentColor = QColor(branding.value(QLatin1String("accentColor")).toString());
    const QJsonObject logo = branding.value(QLatin1String("logo")).toObject();
    if (logo.value(QLatin1String("mediaType")).toString() == QLatin1String("image/svg+xml"))
        organisation.logoSvg =
            QByteArray::fromBase64(logo.value(QLatin1String("data")).toString().toLatin1());
    organisation.passwordPolicy =
        PasswordPolicy::fromJson(json.value(QLatin1String("passwordPolicy")).toObject());
    for (const auto &feature : json.value(QLatin1String("features")).toArray())
        organisation.features.append(feature.toString());
    organisation.login = LoginOptions::fromJson(json.value(QLatin1String("login")).toObject());
    organisation.accountManagedElsewhere =
        json.value(QLatin1String("accountManagedElsewhere")).toBool(false);
    return organisation;
}

QJsonObject Organisation::toJson() const {
    // Only what the organisation has: an invalid colour would come back as black.
    QJsonObject branding;
    if (primaryColor.isValid())
        branding.insert(QLatin1String("primaryColor"), primaryColor.name());
    if (accentColor.isValid())
        branding.insert(QLatin1String("accentColor"), accentColor.name());
    if (!logoSvg.isEmpty())
        branding.insert(
            QLatin1String("logo"),
            QJsonObject{{QLatin1String("mediaType"), QStringLiteral("image/svg+xml")},
                        {QLatin1String("data"), QString::fromLatin1(logoSvg.toBase64())}});
    return {{QLatin1String("id"), id},
            {QLatin1String("name"), name},
            {QLatin1String("phone"), phone},
            {QLatin1String("absenceNoticeWorkingDays"), absenceNoticeDays},
            {QLatin1String("branding"), branding},
            {QLatin1String("passwordPolicy"), passwordPolicy.toJson()},
            {QLatin1String("features"), QJsonArray::fromStringList(features)},
            {QLatin1String("login"), login.toJson()},
            {QLatin1String("accountManagedElsewhere"), accountManagedElsewhere}};
}

PrivacyStatement PrivacyStatement::fromJson(const QJsonObject &json) {
    const QJsonObject text = json.value(QLatin1String("text")).toObject();
    return {QDate::fromString(json.value(QLatin1String("updatedOn")).toString(), Qt::ISODate),
            text.value(QLatin1String("nl")).toString(), text.value(QLatin1String("en")).toString()};
}

} // namespace careportal
