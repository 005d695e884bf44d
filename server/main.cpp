// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "admin/admincommand.h"
#include "config/serverconfig.h"
#include "logging/logline.h"
#include "runtime/serverruntime.h"

#include <QCoreApplication>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <thread>

using careportal::server::ServerConfig;
using careportal::server::ServerRuntime;

int main(int argc, char *argv[]) {
    // Block SIGINT/SIGTERM before any thread starts, so every thread inherits the mask and
    // only the watcher below receives them: a clean stop() instead of a kill mid-write.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careportal-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREPORTAL_VERSION));
    careportal::server::LogLine::install();

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        QStringList adminArguments = arguments;
        adminArguments.removeAt(1); // QCommandLineParser wants the program name first
        return careportal::server::AdminCommand::run(adminArguments);
    }

    QString error;
    const auto config = ServerConfig::fromArguments(QCoreApplication::arguments(), &error);
    if (!config) {
        std::fprintf(stderr, "careportal-server: %s\n", qPrintable(error));
        return 2;
    }
    ServerRuntime runtime(*config);
    if (!runtime.start(&error)) {
        std::fprintf(stderr, "careportal-server: %s\n", qPrintable(error));
        return 1;
    }

    std::atomic<bool> stopping = false;
    std::thread watcher([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        stopping = true;
        runtime.stop();
    });
    const bool ok = runtime.run();
    if (!stopping) {
        // SIGTERM is blocked in every thread (sigwait above): this only wakes the watcher.
        // NOLINTNEXTLINE(bugprone-bad-signal-to-kill-thread)
        pthread_kill(watcher.native_handle(), SIGTERM);
    }
    watcher.join();
    return ok || stopping ? 0 : 1;
}
