#include "applauncher.h"

#include "appcontroller.h"
#include "singleinstance.h"
#include "windowplacement.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace careportal {

namespace {

struct CommandLine {
    AppController::Options options;
    QUrl link; ///< careportal://… handed over by the desktop (Exec=careportal %u)
    QString dataDir;
    QString error;
};

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
    parser.addOptions({profileOption, serverOption, fingerprintOption, languageOption, dataOption,
                       kioskOption, idleOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("A careportal:// link, e.g. from a reset e-mail."),
                                 QStringLiteral("[link]"));
    parser.process(app);

    CommandLine result;
    const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString profilePath = parser.isSet(profileOption)
                                    ? parser.value(profileOption)
                                    : configDir + QStringLiteral("/profile.json");
    OrganisationProfile profile;
    if (!parser.isSet(serverOption))
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

} // namespace

int runCarePortal(int &argc, char **argv, const EngineLoadedHook &onLoaded) {
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("CarePortal"));
    QGuiApplication::setApplicationName(QStringLiteral("careportal"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CarePortal"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CAREPORTAL_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    const CommandLine commandLine = parseCommandLine(app);
    if (!commandLine.error.isEmpty())
        qWarning().noquote() << commandLine.error;

    // Already running for this data directory: hand the link over and stop here.
    SingleInstance instance(SingleInstance::nameFor(commandLine.dataDir));
    if (instance.handOver(handOverMessage(commandLine.link)))
        return 0;
    if (!instance.listen())
        qWarning() << "Second starts cannot reach this instance (no local socket).";

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
    controller.start();
    if (!commandLine.link.isEmpty() && !controller.passwordReset()->openLink(commandLine.link))
        qWarning() << "Not a link CarePortal can open:" << commandLine.link.scheme();
    return QGuiApplication::exec();
}

} // namespace careportal
