#include "app/organisationchooser.h"

#include "app/appcontroller.h"
#include "organisations/organisationdirectorymodel.h"

#include <QEventLoop>
#include <QGuiApplication>
#include <QQmlApplicationEngine>

namespace careportal {

std::optional<OrganisationProfile> OrganisationChooser::run(const Options &options) {
    // Theme and the translations come from App; without a profile it has the neutral
    // CarePortal look. Not started: nothing is fetched, no keychain is touched, and the
    // cache lives in memory.
    AppController::Options neutral;
    neutral.cachePath = QStringLiteral(":memory:");
    neutral.language = options.language;
    AppController controller(neutral);

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
