#include "app/applauncher.h"

#include "app/appcontroller.h"
#include "app/organisationchooser.h"
#include "app/singleinstance.h"
#include "app/virtualkeyboard.h"
#include "app/windowplacement.h"
#include "notifications/trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <optional>

namespace careportal {

namespace {

struct CommandLine {
    AppController::Options options;
    QUrl link; ///< careportal://… handed over by the desktop (Exec=careportal %u)
    QString dataDir;
    QString error;
    /// No --profile, no --server and no saved profile: "Selecteer organisatie" first.
    bool chooseOrganisation = false;
    QString profilePath;   ///< where a chosen organisation is saved
    QString directoryFile; ///< --directory: the installer's list of organisations
};

QString defaultProfilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/profile.json");
}

QStringList argumentList(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

CommandLine parseCommandLine(const QGuiApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CarePortal"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Organisation profile (JSON: serverUrl, organisationName, fingerprint)."),
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
    // Read before the application exists (VirtualKeyboard::enableIfWanted); listed here for
    // --help and so that the parser accepts it.
    const QCommandLineOption keyboardOption(
        QStringLiteral("virtual-keyboard"),
        QStringLiteral("Touch screen without a keyboard: show the on-screen keyboard."));
    const QCommandLineOption directoryOption(
        QStringLiteral("directory"),
        QStringLiteral("Organisations to choose from when no profile is set up (JSON)."),
        QStringLiteral("file"));
    parser.addOptions({profileOption, serverOption, fingerprintOption, languageOption, dataOption,
                       kioskOption, idleOption, keyboardOption, directoryOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A careportal:// link, e.g. from a reset e-mail."),
                                 QStringLiteral("[link]"));
    parser.process(app);

    CommandLine result;
    const QString profilePath =
        parser.isSet(profileOption) ? parser.value(profileOption) : defaultProfilePath();
    OrganisationProfile profile;
    result.profilePath = profilePath;
    result.directoryFile = parser.value(directoryOption);
    result.chooseOrganisation = !parser.isSet(profileOption) && !parser.isSet(serverOption) &&
                                !QFileInfo::exists(profilePath);
    if (!parser.isSet(serverOption) && !result.chooseOrganisation)
        profile = OrganisationProfile::load(profilePath, &result.error);
    if (parser.isSet(serverOption)) {
        profile.serverUrl = QUrl(parser.value(serverOption));
        result.error = profile.validate();
    }
    if (parser.isSet(fingerprintOption))
        profile.fingerprint = parser.value(fingerprintOption);
    if (parser.isSet(kioskOption))
        profile.kiosk = true;
    if (parser.isSet(idleOption)) {
        profile.idleLogoutMinutes = parser.value(idleOption).toInt();
        result.error = profile.validate();
    }
    const QString dataDir =
        parser.isSet(dataOption)
            ? parser.value(dataOption)
            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    result.options.profile = profile;
    result.dataDir = dataDir;
    result.options.cachePath = dataDir + QStringLiteral("/cache.sqlite");
    result.options.language = parser.value(languageOption);
    for (const QString &argument : parser.positionalArguments())
        if (argument.startsWith(QLatin1String("careportal:"), Qt::CaseInsensitive))
            result.link = QUrl(argument, QUrl::StrictMode);
    return result;
}

QByteArray handOverMessage(const QUrl &link) {
    return link.isEmpty() ? QByteArrayLiteral("open") : "link " + link.toEncoded();
}

/// A second start's message: bring the window to the front, and open its link.
void takeMessage(const QByteArray &message, QQuickWindow *window, AppController &controller) {
    if (window) {
        // A minimised window stays minimised on show(): un-minimise it first.
        window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
        window->show();
        window->raise();
        window->requestActivate();
    }
    if (message.startsWith("link "))
        (void)controller.passwordReset()->openLink(QUrl::fromEncoded(message.mid(5)));
}

/// Restores the window's place and saves it half a second after each move or resize: a
/// desktop logout may end the app without a clean quit.
void rememberPlacement(QQuickWindow *window) {
    WindowPlacement::restore(*window, QSettings());
    auto *saveSoon = new QTimer(window);
    saveSoon->setSingleShot(true);
    saveSoon->setInterval(500);
    QObject::connect(saveSoon, &QTimer::timeout, window, [window] {
        QSettings settings;
        WindowPlacement::save(*window, settings);
    });
    const auto changed = [saveSoon] {
        saveSoon->start();
    };
    QObject::connect(window, &QWindow::xChanged, saveSoon, changed);
    QObject::connect(window, &QWindow::yChanged, saveSoon, changed);
    QObject::connect(window, &QWindow::widthChanged, saveSoon, changed);
    QObject::connect(window, &QWindow::heightChanged, saveSoon, changed);
    QObject::connect(window, &QWindow::visibilityChanged, saveSoon, changed);
}

QQuickWindow *mainWindow(const QQmlApplicationEngine &engine) {
    const auto roots = engine.rootObjects();
    return roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
}

// The exit code when this start is not the running instance, std::nullopt when it is.
std::optional<int> handedOver(SingleInstance &instance, const QUrl &link) {
    switch (instance.start(handOverMessage(link))) {
    case SingleInstance::Start::First:
        return std::nullopt;
    case SingleInstance::Start::HandedOver:
        return 0;
    case SingleInstance::Start::Refused:
        qWarning() << "The running CarePortal refused what this start asked.";
        return 1;
    case SingleInstance::Start::NoAnswer:
        qWarning() << "CarePortal is already running for this data folder but does not answer.";
        return 1;
    case SingleInstance::Start::Alone:
        qWarning() << "Second starts cannot reach this instance (no local socket).";
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

int runCarePortal(int &argc, char **argv, const EngineLoadedHook &onLoaded) {
    QGuiApplication::setOrganizationName(QStringLiteral("CarePortal"));
    QGuiApplication::setApplicationName(QStringLiteral("careportal"));
    // The input method is fixed when the application object is built.
    VirtualKeyboard::enableIfWanted(argumentList(argc, argv), defaultProfilePath());
    // A QApplication (Qt Widgets) for the tray icon, QSystemTrayIcon; Qt Quick as before.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CarePortal"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CAREPORTAL_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    CommandLine commandLine = parseCommandLine(app);
    if (!commandLine.error.isEmpty())
        qWarning().noquote() << commandLine.error;

    // Already running for this data directory: hand the link over and stop here.
    SingleInstance instance(SingleInstance::nameFor(commandLine.dataDir));
    if (const auto exitCode = handedOver(instance, commandLine.link))
        return *exitCode;

    if (commandLine.chooseOrganisation) {
        const auto chosen = OrganisationChooser::run(
            {commandLine.directoryFile, commandLine.profilePath, commandLine.options.language,
             commandLine.options.profile.kiosk});
        if (!chosen)
            return 0;
        commandLine.options.profile = *chosen;
    }

    AppController controller(commandLine.options);
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource root for QML modules yet (6.5 adds :/qt/qml).
    engine.addImportPath(QStringLiteral("qrc:/"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CarePortal/Main.qml")));
    if (onLoaded)
        onLoaded(engine);
    QQuickWindow *window = mainWindow(engine);
    QObject::connect(&instance, &SingleInstance::messageReceived, &app,
                     [window, &controller](const QByteArray &message) {
                         takeMessage(message, window, controller);
                     });
    // A kiosk always fills the screen; elsewhere the window opens as it was closed.
    if (window && !controller.kiosk())
        rememberPlacement(window);
    // The desktop's tray: changed visits and answers as notifications. Not on a kiosk;
    // where the desktop has no tray, no icon.
    std::unique_ptr<TrayIcon> tray;
    if (!controller.kiosk())
        tray =
            std::make_unique<TrayIcon>(controller.notifications(), controller.language(), window);
    controller.start();
    if (!commandLine.link.isEmpty() && !controller.passwordReset()->openLink(commandLine.link))
        qWarning() << "Not a link CarePortal can open:" << commandLine.link.scheme();
    return QApplication::exec();
}

} // namespace careportal
