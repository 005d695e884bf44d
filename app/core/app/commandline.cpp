// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/commandline.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QStandardPaths>

namespace careportal {

QString CommandLine::defaultProfilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profile.json");
}

CommandLine CommandLine::parse(const QStringList &arguments, const QString &savedProfilePath) {
    QCommandLineParser parser;
    return parse(arguments, savedProfilePath, parser);
}

CommandLine CommandLine::parse(const QStringList &arguments, const QString &savedProfilePath,
                               QCommandLineParser &parser) {
    parser.setApplicationDescription(QStringLiteral("CarePortal"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Organisation profile (JSON: serverUrl, organisationName, fingerprint; "
                       "backend \"fhir\" for a FHIR R4 server)."),
        QStringLiteral("file"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("API base URL (https)."), QStringLiteral("url"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        QStringLiteral("SHA-256 fingerprint of the server's self-signed certificate to pin."),
        QStringLiteral("sha256"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("nl or en."),
                                            QStringLiteral("code"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        QStringLiteral("Where the cache lives."),
                                        QStringLiteral("dir"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QStringLiteral("Shared PC: full screen, nothing remembered, logout when idle."));
    const QCommandLineOption idleOption(QStringLiteral("idle-logout"),
                                        QStringLiteral("Kiosk: minutes until the idle logout."),
                                        QStringLiteral("minutes"));
    const QCommandLineOption keyboardOption(
        QStringLiteral("virtual-keyboard"),
        QStringLiteral("Touch screen without a keyboard: show the on-screen keyboard."));
    const QCommandLineOption directoryOption(
        QStringLiteral("directory"),
        QStringLiteral("Organisations to choose from when no profile is set up (JSON)."),
        QStringLiteral("file"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QStringLiteral("Check the installation and exit: load every screen, log in as "
                       "CAREPORTAL_USER with CAREPORTAL_PASSWORD (when set) and read this "
                       "month's planning. Keeps nothing. Exit status 0: ok."));
    const QCommandLineOption providerCertificatesOption(
        QStringLiteral("provider-certificates"),
        QStringLiteral("PEM file of certificates to trust for the identity provider (OpenID "
                       "Connect) besides the system's."),
        QStringLiteral("file"));
    parser.addOptions({profileOption, serverOption, fingerprintOption, languageOption, dataOption,
                       kioskOption, idleOption, keyboardOption, directoryOption, selfTestOption,
                       providerCertificatesOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A careportal:// link, e.g. from a reset e-mail."),
                                 QStringLiteral("[link]"));

    CommandLine result;
    if (!parser.parse(arguments))
        result.parseError = parser.errorText();
    result.helpRequested =
        parser.isSet(helpOption) || parser.optionNames().contains(QStringLiteral("help-all"));
    result.versionRequested = parser.isSet(versionOption);

    result.profilePath =
        parser.isSet(profileOption) ? parser.value(profileOption) : savedProfilePath;
    result.directoryFile = parser.value(directoryOption);
    result.chooseOrganisation = !parser.isSet(profileOption) && !parser.isSet(serverOption) &&
                                !QFileInfo::exists(result.profilePath);
    OrganisationProfile &profile = result.profile;
    if (!parser.isSet(serverOption) && !result.chooseOrganisation)
        profile = OrganisationProfile::load(result.profilePath, &result.error);
    if (parser.isSet(serverOption)) {
        profile.serverUrl = QUrl(parser.value(serverOption));
        result.error = profile.validate();
    }
    if (parser.isSet(fingerprintOption))
        profile.fingerprint = parser.value(fingerprintOption);
    if (parser.isSet(kioskOption))
        profile.kiosk = true;
    if (parser.isSet(providerCertificatesOption))
        profile.providerCertificates = parser.value(providerCertificatesOption);
    if (parser.isSet(idleOption)) {
        profile.idleLogoutMinutes = parser.value(idleOption).toInt();
        result.error = profile.validate();
    }
    result.virtualKeyboard = parser.isSet(keyboardOption);
    result.selfTest = parser.isSet(selfTestOption);
    result.dataDir = parser.isSet(dataOption)
                         ? parser.value(dataOption)
                         : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    result.language = parser.value(languageOption);
    for (const QString &argument : parser.positionalArguments())
        if (argument.startsWith(QLatin1String("careportal:"), Qt::CaseInsensitive))
            result.link = QUrl(argument, QUrl::StrictMode);
    return result;
}

} // namespace careportal
