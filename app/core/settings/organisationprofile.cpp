// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/organisationprofile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace careportal {

QString OrganisationProfile::validate() const {
    if (!serverUrl.isValid() || serverUrl.host().isEmpty())
        return QStringLiteral("Het serveradres ontbreekt of is ongeldig. / The server address is "
                              "missing or invalid.");
    if (serverUrl.scheme() != QLatin1String("https"))
        return QStringLiteral("Het serveradres moet met https:// beginnen. / The server address "
                              "must start with https://.");
    static const QRegularExpression sha256(
        QStringLiteral("^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$"));
    if (!fingerprint.isEmpty() && !sha256.match(fingerprint).hasMatch())
        return QStringLiteral("De vingerafdruk van het certificaat is geen SHA-256-waarde. / "
                              "The certificate fingerprint is not a SHA-256 value.");
    if (backend != QLatin1String("api") && !isFhir())
        return QStringLiteral("Het soort server moet \"api\" of \"fhir\" zijn. / The kind of "
                              "server must be \"api\" or \"fhir\".");
    if (idleLogoutMinutes < 1 || idleLogoutMinutes > 60)
        return QStringLiteral("De tijd tot automatisch uitloggen moet tussen 1 en 60 minuten "
                              "liggen. / The idle logout time must be between 1 and 60 minutes.");
    return {};
}

QString OrganisationProfile::sessionKey() const {
    const QByteArray origin =
        serverUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toEncoded();
    return QStringLiteral("session-") +
           QString::fromLatin1(
               QCryptographicHash::hash(origin, QCryptographicHash::Sha256).toHex().left(16));
}

OrganisationProfile OrganisationProfile::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Het organisatieprofiel %1 kan niet worden gelezen. / "
                                "The organisation profile %1 cannot be read.")
                     .arg(path);
        return {};
    }
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("Het organisatieprofiel %1 is geen geldige JSON (%2). / "
                                "The organisation profile %1 is not valid JSON (%2).")
                     .arg(path, parseError.errorString());
        return {};
    }
    OrganisationProfile profile;
    profile.serverUrl = QUrl(json.value(QLatin1String("serverUrl")).toString());
    profile.organisationName = json.value(QLatin1String("organisationName")).toString();
    profile.fingerprint = json.value(QLatin1String("fingerprint")).toString();
    profile.kiosk = json.value(QLatin1String("kiosk")).toBool(false);
    profile.idleLogoutMinutes = json.value(QLatin1String("idleLogoutMinutes")).toInt(3);
    profile.virtualKeyboard = json.value(QLatin1String("virtualKeyboard")).toBool(false);
    profile.providerCertificates = json.value(QLatin1String("providerCertificates")).toString();
    profile.backend = json.value(QLatin1String("backend")).toString(QStringLiteral("api"));
    if (json.contains(QLatin1String("login")))
        profile.login = LoginOptions::fromJson(json.value(QLatin1String("login")).toObject());
    *error = profile.validate();
    return profile;
}

bool OrganisationProfile::save(const QString &path) const {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QJsonObject json{{QLatin1String("serverUrl"), serverUrl.toString()},
                     {QLatin1String("organisationName"), organisationName},
                     {QLatin1String("fingerprint"), fingerprint},
                     {QLatin1String("kiosk"), kiosk},
                     {QLatin1String("idleLogoutMinutes"), idleLogoutMinutes},
                     {QLatin1String("virtualKeyboard"), virtualKeyboard},
                     {QLatin1String("providerCertificates"), providerCertificates}};
    if (isFhir()) {
        json.insert(QLatin1String("backend"), backend);
        json.insert(QLatin1String("login"), login.toJson());
    }
    return file.write(QJsonDocument(json).toJson()) > 0;
}

} // namespace careportal
