// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/selftest.h"

#include "auth/session.h"
#include "planning/planningmodel.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QPluginLoader>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QTextToSpeech>
#include <QUrl>
#include <algorithm>
#include <utility>

namespace careportal {

namespace {

/// ":/CarePortal/Main.qml" is "qrc:/CarePortal/Main.qml" to the engine; a file on disk
/// (the unit test's) is a file: URL.
QUrl qmlUrl(const QString &path) {
    return path.startsWith(QLatin1String(":/")) ? QUrl(QStringLiteral("qrc") + path)
                                                : QUrl::fromLocalFile(path);
}

/// A platforminputcontexts plugin in Qt's plugin folders whose keys name `key`, found as
/// Qt's own factory finds it: by the metadata, without loading the library.
bool hasInputContextPlugin(const QString &key) {
    const QStringList folders = QCoreApplication::libraryPaths();
    for (const QString &folder : folders) {
        QDirIterator it(folder + QStringLiteral("/platforminputcontexts"), QDir::Files);
        while (it.hasNext()) {
            const QPluginLoader plugin(it.next());
            const QJsonObject metaData =
                plugin.metaData().value(QLatin1String("MetaData")).toObject();
            if (metaData.value(QLatin1String("Keys")).toArray().contains(key))
                return true;
        }
    }
    return false;
}

/// Why the planning the model finished loading is not this month's from the server; empty
/// when it is.
QString planningProblem(const PlanningModel &planning) {
    if (!planning.errorMessage().isEmpty())
        return planning.errorMessage();
    if (planning.offline())
        return QStringLiteral("the server cannot be reached");
    if (!planning.hasData())
        return QStringLiteral("no answer from the server");
    if (!planning.showsThisMonth())
        return QStringLiteral("another month is shown");
    return {};
}

} // namespace

SelfTest::Credentials SelfTest::Credentials::fromEnvironment() {
    return {qEnvironmentVariable("CAREPORTAL_USER"), qEnvironmentVariable("CAREPORTAL_PASSWORD")};
}

SelfTest::SelfTest(Session *session, PlanningModel *planning, Credentials credentials,
                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_planning(planning)
    , m_credentials(std::move(credentials)) {
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                                 std::chrono::milliseconds(m_timeout.interval()))
                                 .count();
        fail(QStringLiteral("timed out after %1 s waiting for %2").arg(seconds).arg(waitingFor()));
    });
}

void SelfTest::watch(QQmlEngine *engine) {
    connect(engine, &QQmlEngine::warnings, this, &SelfTest::qmlWarnings);
}

bool SelfTest::compileAll(QQmlEngine *engine, const QString &directory) {
    QStringList files;
    QDirIterator it(directory, {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    if (files.isEmpty()) {
        fail(QStringLiteral("no QML files in %1").arg(directory));
        return false;
    }
    std::sort(files.begin(), files.end());
    for (const QString &file : std::as_const(files)) {
        // Compiling resolves every import of the file (and of the types it uses) without
        // creating anything: no side effects, no screen shown.
        const QQmlComponent component(engine, qmlUrl(file), QQmlComponent::PreferSynchronous);
        if (component.isError()) {
            fail(QStringLiteral("%1 does not compile: %2")
                     .arg(qmlUrl(file).toString(), component.errors().constFirst().toString()));
            return false;
        }
    }
    m_compiled = static_cast<int>(files.size());
    return true;
}

bool SelfTest::checkPlugins(const QString &inputMethod) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        fail(QStringLiteral("no SQLite driver for the cache (Qt's QSQLITE plugin)"));
        return false;
    }
    if (QTextToSpeech::availableEngines().isEmpty()) {
        fail(QStringLiteral("no TextToSpeech engine for \"Voorlezen\" (flite or "
                            "speech-dispatcher plugin)"));
        return false;
    }
    if (!inputMethod.isEmpty() && !hasInputContextPlugin(inputMethod)) {
        fail(QStringLiteral("no input context plugin for QT_IM_MODULE=%1 (the on-screen "
                            "keyboard's)")
                 .arg(inputMethod));
        return false;
    }
    return true;
}

void SelfTest::start(QQuickWindow *window) {
    if (m_finished)
        return; // a QML warning while loading has already decided it
    m_timeout.start();
    if (!window) {
        fail(QStringLiteral("the main window did not load (the QML errors are above)"));
        return;
    }
    m_window = window;
    connect(window, &QQuickWindow::frameSwapped, this, &SelfTest::frameSwapped);
    window->update();
    if (!m_credentials.given())
        return;
    connect(m_session, &Session::stateChanged, this, &SelfTest::sessionStateChanged);
    connect(m_session, &Session::errorMessageChanged, this, &SelfTest::sessionErrorChanged);
    connect(m_planning, &PlanningModel::loadingChanged, this, &SelfTest::planningLoadingChanged);
    sessionStateChanged(); // the session may have started already
}

void SelfTest::qmlWarnings(const QList<QQmlError> &warnings) {
    if (warnings.isEmpty())
        return;
    // A component that cannot load lists its chain, the cause last ("Type AppShell
    // unavailable" ... "module "QtQuick.Dialogs" is not installed"): say the cause.
    QString reason = QStringLiteral("QML: ") + warnings.constLast().toString();
    if (warnings.size() > 1)
        reason += QStringLiteral(" (the last of %1 messages)").arg(warnings.size());
    fail(reason);
}

void SelfTest::sessionStateChanged() {
    switch (m_session->state()) {
    case Session::State::Starting:
        return;
    case Session::State::LoggedOut:
        // The first time: no session kept (the self-test keeps none), so log in. Later: the
        // session ended, and its error message says why (sessionErrorChanged).
        if (!m_loginTried) {
            m_loginTried = true;
            m_step = Step::Login;
            m_session->login(m_credentials.username, m_credentials.password);
        }
        return;
    case Session::State::SecondFactorRequired:
        fail(QStringLiteral("the account needs a second factor, which a self-test cannot give: "
                            "use an account without one"));
        return;
    case Session::State::PasswordChangeRequired:
        fail(QStringLiteral("the account must choose a new password first: log in once in the "
                            "app"));
        return;
    case Session::State::LoggedIn:
        if (m_step == Step::Planning || m_step == Step::PlanningShown)
            return;
        m_step = Step::Planning;
        // The planning model asked for this month as the state changed (it is connected
        // first); an account that acts for several clients takes the first.
        if (m_planning->loading())
            m_planningRequested = true;
        if (m_session->needsClientChoice() && !m_session->account().clients.isEmpty())
            m_session->chooseClient(m_session->account().clients.constFirst().id);
        return;
    }
}

void SelfTest::sessionErrorChanged() {
    const QString message = m_session->errorMessage();
    if (!m_loginTried || message.isEmpty())
        return;
    const bool loggedIn = m_step == Step::Planning || m_step == Step::PlanningShown;
    fail((loggedIn ? QStringLiteral("the session ended: ") : QStringLiteral("login failed: ")) +
         message);
}

void SelfTest::planningLoadingChanged() {
    if (m_step != Step::Planning)
        return;
    if (m_planning->loading()) {
        m_planningRequested = true;
        return;
    }
    if (m_planningRequested)
        planningLoaded();
}

void SelfTest::planningLoaded() {
    if (const QString problem = planningProblem(*m_planning); !problem.isEmpty()) {
        fail(QStringLiteral("this month's planning did not load: ") + problem);
        return;
    }
    m_visits = m_planning->rowCount();
    // Passed once a frame shows it: the planning screen and its rows are then built.
    m_step = Step::PlanningShown;
    if (m_window)
        m_window->update();
}

void SelfTest::frameSwapped() {
    const bool first = !m_framed;
    m_framed = true;
    if (first && !m_credentials.given()) {
        pass(QStringLiteral("self-test: ok, the window and its QML loaded (%1 QML files); "
                            "CAREPORTAL_USER not set, no login")
                 .arg(m_compiled));
    } else if (m_step == Step::PlanningShown) {
        pass(QStringLiteral("self-test: ok, %1 visits this month (%2 QML files, logged in, "
                            "the planning shown)")
                 .arg(m_visits)
                 .arg(m_compiled));
    }
}

QString SelfTest::waitingFor() const {
    if (!m_framed)
        return QStringLiteral("the window's first frame");
    switch (m_step) {
    case Step::SessionStart:
        return QStringLiteral("the session to start (the keychain)");
    case Step::Login:
        return QStringLiteral("the server's answer to the login");
    case Step::Planning:
        return QStringLiteral("this month's planning from the server");
    case Step::PlanningShown:
        break;
    }
    return QStringLiteral("a frame showing the planning");
}

void SelfTest::pass(const QString &summary) {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    Q_EMIT passed(summary);
}

void SelfTest::fail(const QString &reason) {
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    Q_EMIT failed(QStringLiteral("self-test: failed: ") + reason);
}

} // namespace careportal
