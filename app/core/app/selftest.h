// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <chrono>

class QQmlEngine;
class QQmlError;
class QQuickWindow;

namespace careportal {

class PlanningModel;
class Session;

/// `careportal --self-test`: proof that an installed app works, for the package test and
/// for a care home's IT person. The app starts as usual, and then:
/// - every QML file of the app must compile (a missing QML module fails even when only a
///   screen not shown yet imports it), the plugins Qt loads by name must be there, the
///   main window must load and draw a frame, and the QML engine must not warn at all while
///   the test runs;
/// - with credentials it logs in, takes the first client where the account acts for more
///   than one, waits until this month's planning came from the server and for the frame
///   that shows it.
/// It reports once, passed() or failed() with the reason; when the whole check takes
/// longer than the timeout it fails, naming the step it was waiting for.
class SelfTest : public QObject {
    Q_OBJECT
public:
    struct Credentials {
        QString username;
        QString password;
        /// A user name was given: log in. (A missing password is then a failed login.)
        [[nodiscard]] bool given() const { return !username.isEmpty(); }
        /// CAREPORTAL_USER and CAREPORTAL_PASSWORD, never the command line: arguments are
        /// visible to everyone on the machine (ps).
        [[nodiscard]] static Credentials fromEnvironment();
    };
    static constexpr std::chrono::milliseconds kDefaultTimeout{60'000};

    /// `session` and `planning` are the app's own; both outlive this object.
    SelfTest(Session *session, PlanningModel *planning, Credentials credentials,
             QObject *parent = nullptr);

    /// Every warning `engine` reports from now on fails the test. Call before loading QML.
    void watch(QQmlEngine *engine);
    /// Compiles (does not create) every .qml file under `directory`, the app's QML module in
    /// the resources (":/CarePortal"). False, and failed(), at the first that does not.
    bool compileAll(QQmlEngine *engine, const QString &directory);
    /// The plugins Qt loads by name, not through QML: the cache's SQLite driver, a
    /// TextToSpeech engine for "Voorlezen" and, when `inputMethod` is set (QT_IM_MODULE,
    /// "qtvirtualkeyboard"), its input context plugin, which Qt would otherwise skip in
    /// silence. False, and failed(), when one is missing.
    bool checkPlugins(const QString &inputMethod = {});
    /// Starts the clock and the steps; `window` is the loaded main window, nullptr when it
    /// did not load.
    void start(QQuickWindow *window);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout.setInterval(timeout); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// One line for stdout, e.g. "self-test: ok, 3 visits this month".
    void passed(const QString &summary);
    /// One line for stderr: "self-test: failed: " and why.
    void failed(const QString &reason);

private:
    enum class Step { SessionStart, Login, Planning, PlanningShown };

    void qmlWarnings(const QList<QQmlError> &warnings);
    void sessionStateChanged();
    void sessionErrorChanged();
    void planningLoadingChanged();
    void frameSwapped();
    void planningLoaded();
    [[nodiscard]] QString waitingFor() const;
    void pass(const QString &summary);
    void fail(const QString &reason);

    Session *m_session;
    PlanningModel *m_planning;
    Credentials m_credentials;
    QPointer<QQuickWindow> m_window;
    QTimer m_timeout;
    Step m_step = Step::SessionStart;
    bool m_framed = false;
    bool m_loginTried = false;
    bool m_planningRequested = false;
    int m_compiled = 0; ///< QML files compiled by compileAll()
    int m_visits = 0;
    bool m_finished = false;
};

} // namespace careportal
