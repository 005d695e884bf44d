// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/applauncher.h"

#include "app/appcomposition.h"
#include "app/appservices.h"
#include "app/commandline.h"
#include "app/organisationchooser.h"
#include "app/selftest.h"
#include "app/singleinstance.h"
#include "app/virtualkeyboard.h"
#include "app/windowplacement.h"
#include "auth/passwordreset.h"
#include "client/clientdata.h"
#include "notifications/trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <optional>

namespace careportal {

namespace {

QStringList argumentList(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

/// The parser's complaint about the command line, if any. It read argv before QApplication
/// took out Qt's own options (-platform, -style …): an unknown option counts only when the
/// application left it there, as when QCommandLineParser::process() reads arguments().
QString commandLineError(const QCommandLineParser &parser, const CommandLine &commandLine) {
    const QStringList unknown = parser.unknownOptionNames();
    if (commandLine.parseError.isEmpty() || unknown.isEmpty())
        return commandLine.parseError;
    const QStringList arguments = QCoreApplication::arguments();
    QStringList remaining;
    for (const QString &name : unknown) {
        const bool left =
            std::any_of(arguments.cbegin(), arguments.cend(), [&name](QString argument) {
                if (argument.startsWith(QLatin1String("--")))
                    argument.remove(0, 1);
                return argument == QLatin1Char('-') + name ||
                       argument.startsWith(QLatin1Char('-') + name + QLatin1Char('='));
            });
        if (left)
            remaining << name;
    }
    if (remaining.isEmpty())
        return {};
    return remaining.size() == 1
               ? QCoreApplication::translate("QCommandLineParser", "Unknown option '%1'.")
                     .arg(remaining.first())
               : QCoreApplication::translate("QCommandLineParser", "Unknown options: %1.")
                     .arg(remaining.join(QStringLiteral(", ")));
}

QByteArray handOverMessage(const QUrl &link) {
    return link.isEmpty() ? QByteArrayLiteral("open") : "link " + link.toEncoded();
}

/// A second start's message: bring the window to the front, and open its link.
void takeMessage(const QByteArray &message, QQuickWindow *window, AppComposition &composition) {
    if (window) {
        // A minimised window stays minimised on show(): un-minimise it first.
        window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
        window->show();
        window->raise();
        window->requestActivate();
    }
    if (message.startsWith("link "))
        (void)composition.services()->passwordReset()->openLink(QUrl::fromEncoded(message.mid(5)));
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

/// --self-test: the verdict on stdout (ok) or stderr (why not) and the exit code, once the
/// event loop runs (a failure while QML loads comes before it).
std::unique_ptr<SelfTest> makeSelfTest(QQmlApplicationEngine &engine,
                                       const AppComposition &composition) {
    auto test = std::make_unique<SelfTest>(composition.session(), composition.client()->planning(),
                                           SelfTest::Credentials::fromEnvironment());
    test->watch(&engine);
    QObject::connect(
        test.get(), &SelfTest::passed, qApp,
        [](const QString &summary) {
            std::fputs(qPrintable(summary + QLatin1Char('\n')), stdout);
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    QObject::connect(
        test.get(), &SelfTest::failed, qApp,
        [](const QString &reason) {
            std::fputs(qPrintable(reason + QLatin1Char('\n')), stderr);
            QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    return test;
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
    // Read once, before the application object: the input method is fixed when it is built.
    QCommandLineParser parser;
    CommandLine commandLine =
        CommandLine::parse(argumentList(argc, argv), CommandLine::defaultProfilePath(), parser);
    VirtualKeyboard::enableIfWanted(commandLine);
    // --version before the application object, which needs a display: on a server, over
    // SSH or in a fresh root there is none, and the version is what one asks there. As
    // QCommandLineParser::showVersion() prints it; on a command line with Qt's own options
    // (-platform …) the parser's complaint needs the application, so that goes the long way.
    // Not on Windows: a GUI program has no console there, and showVersion() shows a message
    // box instead.
#ifndef Q_OS_WIN
    if (commandLine.versionRequested && commandLine.parseError.isEmpty()) {
        std::fputs("careportal " CAREPORTAL_VERSION "\n", stdout);
        return 0;
    }
#endif
    // A QApplication (Qt Widgets) for the tray icon, QSystemTrayIcon; Qt Quick as before.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CarePortal"));
    QGuiApplication::setApplicationVersion(QStringLiteral(CAREPORTAL_VERSION));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    // What QCommandLineParser::process() would do, now that there is an application.
    if (const QString error = commandLineError(parser, commandLine); !error.isEmpty()) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        return 1;
    }
    if (commandLine.versionRequested)
        parser.showVersion();
    if (commandLine.helpRequested)
        parser.showHelp();
    if (!commandLine.error.isEmpty())
        qWarning().noquote() << commandLine.error;

    // Already running for this data directory: hand the link over and stop here. A
    // self-test keeps nothing and is not an instance a second start could hand over to.
    const bool selfTest = commandLine.selfTest;
    SingleInstance instance(SingleInstance::nameFor(commandLine.dataDir));
    if (const auto exitCode = selfTest ? std::nullopt : handedOver(instance, commandLine.link))
        return *exitCode;
    // macOS opens a clicked careportal:// link in the running app as an event.
    instance.takeLinkEvents();

    AppComposition::Options options{commandLine.profile, commandLine.cachePath(),
                                    commandLine.language, selfTest};
    // A self-test without an organisation set up still loads every screen (no login then).
    if (commandLine.chooseOrganisation && !selfTest) {
        const auto chosen =
            OrganisationChooser::run({commandLine.directoryFile, commandLine.profilePath,
                                      commandLine.language, commandLine.profile.kiosk});
        if (!chosen)
            return 0;
        options.profile = *chosen;
    }

    AppComposition composition(options);
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource root for QML modules yet (6.5 adds :/qt/qml).
    engine.addImportPath(QStringLiteral("qrc:/"));
    const std::unique_ptr<SelfTest> test = selfTest ? makeSelfTest(engine, composition) : nullptr;
    if (!test) // a self-test says why and exits itself
        QObject::connect(
            &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
            [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CarePortal/Main.qml")));
    if (onLoaded)
        onLoaded(engine, composition);
    QQuickWindow *window = mainWindow(engine);
    if (test) {
        // Every screen's QML, also of those not shown yet, and the plugins; then the
        // window, the login and the planning. No tray icon, window placement or link: the
        // self-test keeps nothing.
        const QString inputMethod = VirtualKeyboard::active()
                                        ? QString::fromLatin1(VirtualKeyboard::kInputMethod)
                                        : QString();
        if (window && test->compileAll(&engine, QStringLiteral(":/CarePortal")))
            (void)test->checkPlugins(inputMethod);
        test->start(window);
        composition.start();
        return QApplication::exec();
    }
    QObject::connect(&instance, &SingleInstance::messageReceived, &app,
                     [window, &composition](const QByteArray &message) {
                         takeMessage(message, window, composition);
                     });
    // A kiosk always fills the screen; elsewhere the window opens as it was closed.
    if (window && !composition.services()->kiosk())
        rememberPlacement(window);
    // The desktop's tray: changed visits and answers as notifications. Not on a kiosk;
    // where the desktop has no tray, no icon.
    std::unique_ptr<TrayIcon> tray;
    if (!composition.services()->kiosk())
        tray = std::make_unique<TrayIcon>(composition.services()->notifications(),
                                          composition.services()->language(), window);
    composition.start();
    if (!commandLine.link.isEmpty() &&
        !composition.services()->passwordReset()->openLink(commandLine.link))
        qWarning() << "Not a link CarePortal can open:" << commandLine.link.scheme();
    return QApplication::exec();
}

} // namespace careportal
