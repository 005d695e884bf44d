// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The yardstick for the startup benchmark: the barest Qt Quick Controls window (Basic style,
// an ApplicationWindow with a Label), timed and measured exactly like careportal-bench-app.
#include "framestamp.h"
#include "startclock.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[]) {
    bench::markProcessStart(argv);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    QQmlApplicationEngine engine;
    engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                      "import QtQuick.Controls\n"
                                      "ApplicationWindow {\n"
                                      "    width: 1024; height: 720; visible: true\n"
                                      "    title: \"Bare\"\n"
                                      "    Label { anchors.centerIn: parent; text: \"Hallo\" }\n"
                                      "}\n"));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "careportal-bench-bare: the window did not load\n");
        return 2;
    }
    new bench::FrameStamp(
        window, [] { return true; }, window);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(2); });
    const int status = QGuiApplication::exec();
    std::printf("peak_rss_mib=%.1f\n", bench::peakRssMiB());
    return status;
}
