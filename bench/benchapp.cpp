// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Startup benchmark of CarePortal itself: runs the real startup (careportal::runCarePortal)
// and reports when the window first shows the login screen (--mode login) or, with a
// session in the keychain and a warm cache, the planning with its rows (--mode planning).
// --mode prepare logs in once and fills the cache for the planning runs.
#include "app/appcomposition.h"
#include "app/applauncher.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "framestamp.h"
#include "planning/planningmodel.h"
#include "startclock.h"
#include "storage/tokenstore.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

Q_IMPORT_QML_PLUGIN(CarePortalPlugin)

using careportal::AppComposition;
using careportal::Session;

namespace {

struct BenchOptions {
    std::string mode;
    std::string user;
    std::string password;
};

/// Takes the benchmark's own options out of argv; the rest goes to CarePortal unchanged.
BenchOptions takeBenchOptions(int &argc, char **argv) {
    BenchOptions options;
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (hasValue && std::strcmp(argv[i], "--mode") == 0)
            options.mode = argv[++i];
        else if (hasValue && std::strcmp(argv[i], "--user") == 0)
            options.user = argv[++i];
        else if (hasValue && std::strcmp(argv[i], "--password") == 0)
            options.password = argv[++i];
        else
            argv[kept++] = argv[i];
    }
    argv[kept] = nullptr;
    argc = kept;
    return options;
}

void fail(const char *message) {
    std::fprintf(stderr, "careportal-bench-app: %s\n", message);
    QCoreApplication::exit(2);
}

/// Finds an item by objectName in the visual tree (Loader-created pages are not QObject
/// children of the window, so QObject::findChild does not reach them).
QQuickItem *findItem(QQuickItem *root, const QString &name) {
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QQuickWindow *shellWindow(QQmlApplicationEngine &engine) {
    return engine.rootObjects().isEmpty()
               ? nullptr
               : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

void measureLogin(QQuickWindow *window) {
    new bench::FrameStamp(
        window,
        [window] {
            return findItem(window->contentItem(), QStringLiteral("loginButton")) != nullptr;
        },
        window);
}

void measurePlanning(QQuickWindow *window, Session *session) {
    // Queued: the shell shows "home" on every session change; go to the planning after it,
    // as a user who opens the planning from the menu would.
    QObject::connect(
        session, &Session::stateChanged, window,
        [window, session] {
            if (session->state() == Session::State::LoggedOut)
                fail("no session in the keychain: run --mode prepare first");
            if (session->state() != Session::State::LoggedIn)
                return;
            // As the side menu does it: through the Navigation singleton of Main.qml's scope.
            QQmlExpression show(qmlContext(window), window,
                                QStringLiteral("Navigation.show(\"planning\")"));
            show.evaluate();
            if (show.hasError())
                fail(qPrintable(show.error().toString()));
        },
        Qt::QueuedConnection);
    new bench::FrameStamp(
        window,
        [window] {
            const QQuickItem *list =
                findItem(window->contentItem(), QStringLiteral("planningList"));
            return list && list->property("count").toInt() > 0;
        },
        window);
}

void prepare(const BenchOptions &options, QQuickWindow *window, AppComposition *app) {
    Session *session = app->session();
    careportal::PlanningModel *planning = app->client()->planning();
    const QString user = QString::fromStdString(options.user);
    const QString password = QString::fromStdString(options.password);
    QObject::connect(session, &Session::stateChanged, window, [session, user, password] {
        if (session->state() == Session::State::LoggedOut)
            session->login(user, password);
        else if (session->state() == Session::State::PasswordChangeRequired)
            fail("this account must change its password first");
    });
    QObject::connect(session, &Session::errorMessageChanged, window, [session] {
        if (!session->errorMessage().isEmpty())
            fail(qPrintable(session->errorMessage()));
    });
    // Done once the month came from the server (and so is in the cache) and the token
    // reads back from the keychain. The model stores the month before it drops `loading`,
    // so the check runs on both of its signals.
    const auto check = [app, planning] {
        static bool checking = false;
        if (checking)
            return;
        if (!planning->errorMessage().isEmpty()) {
            fail(qPrintable(planning->errorMessage()));
            return;
        }
        if (planning->loading() || !planning->hasData() || planning->offline())
            return;
        if (planning->rowCount() == 0) {
            fail("the demo client has no visits this month");
            return;
        }
        checking = true;
        auto *watcher = new QFutureWatcher<QByteArray>(app);
        QObject::connect(watcher, &QFutureWatcher<QByteArray>::finished, app, [watcher, planning] {
            if (watcher->result().isEmpty()) {
                fail("the token is not in the keychain");
                return;
            }
            std::printf("prepared rows=%d\n", planning->rowCount());
            QCoreApplication::quit();
        });
        watcher->setFuture(app->tokenStore()->load());
    };
    QObject::connect(planning, &careportal::PlanningModel::statusChanged, window, check);
    QObject::connect(planning, &careportal::PlanningModel::loadingChanged, window, check);
}

} // namespace

int main(int argc, char *argv[]) {
    bench::markProcessStart(argv);
    const BenchOptions options = takeBenchOptions(argc, argv);
    if (options.mode != "login" && options.mode != "planning" && options.mode != "prepare") {
        std::fprintf(stderr, "usage: careportal-bench-app --mode login|planning|prepare "
                             "[--user U --password P] <careportal options>\n");
        return 2;
    }
    const int status = careportal::runCarePortal(
        argc, argv, [&options](QQmlApplicationEngine &engine, AppComposition &composition) {
            QQuickWindow *window = shellWindow(engine);
            if (!window) {
                fail("the shell did not load");
                return;
            }
            Session *session = composition.session();
            QTimer::singleShot(30000, window, [session] {
                const auto state = session->state();
                std::fprintf(stderr, "careportal-bench-app: session state %d\n",
                             static_cast<int>(state));
                fail("timed out after 30 s");
            });
            if (options.mode == "login")
                measureLogin(window);
            else if (options.mode == "planning")
                measurePlanning(window, session);
            else
                prepare(options, window, &composition);
        });
    std::printf("peak_rss_mib=%.1f\n", bench::peakRssMiB());
    return status;
}
