// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/organisationchooser.h"

#include "organisations/organisationdirectorymodel.h"
#include "settings/appearance.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

namespace careportal {

std::optional<OrganisationProfile> OrganisationChooser::run(const Options &options) {
    // The theme (Appearance) and the translations, with CarePortal's neutral look: no
    // organisation yet, so nothing is fetched, no keychain is touched, no cache is opened.
    LanguageSettings language;
    language.apply(options.language.isEmpty() ? LanguageSettings::storedCode() : options.language);
    DisplaySettings display(true);
    Appearance appearance(&display, &language);

    OrganisationDirectoryModel directory;
    directory.setSource(options.directoryFile);
    directory.setProfilePath(options.kiosk ? QString() : options.profilePath);

    std::optional<OrganisationProfile> choice;
    {
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for QML modules yet (6.5 adds :/qt/qml).
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.setInitialProperties({{QStringLiteral("directory"), QVariant::fromValue(&directory)},
                                     {QStringLiteral("refused"), options.kiosk}});
        engine.load(
            QUrl(QStringLiteral("qrc:/CarePortal/Organisation/ChooseOrganisationWindow.qml")));
        if (engine.rootObjects().isEmpty())
            return std::nullopt;
        QEventLoop loop;
        QObject::connect(&directory, &OrganisationDirectoryModel::chosen, &loop, [&] {
            choice = directory.chosenProfile();
            loop.quit();
        });
        QObject::connect(qGuiApp, &QGuiApplication::lastWindowClosed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return choice;
}

} // namespace careportal
