// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "framestamp.h"

#include "startclock.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <cstdio>

namespace bench {

FrameStamp::FrameStamp(QQuickWindow *window, std::function<bool()> ready, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_ready(std::move(ready)) {
    connect(
        window, &QQuickWindow::beforeSynchronizing, this,
        [this] {
            if (!m_armed && m_ready())
                m_armed = true;
        },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            if (!m_armed || m_done.exchange(true))
                return;
            const double ms = msSinceProcessStart();
            const double procStatMs = msSinceProcStatStart();
            QMetaObject::invokeMethod(this, [this, ms, procStatMs] { report(ms, procStatMs); });
        },
        Qt::DirectConnection);
}

void FrameStamp::report(double ms, double procStatMs) {
    printFigures(m_window, ms, procStatMs);
    QCoreApplication::quit();
}

void printFigures(QQuickWindow *window, double ms, double procStatMs) {
    QString api = QStringLiteral("unknown");
    if (const QSGRendererInterface *renderer = window->rendererInterface()) {
        switch (renderer->graphicsApi()) {
        case QSGRendererInterface::Software:
            api = QStringLiteral("software");
            break;
        case QSGRendererInterface::OpenGL:
            api = QStringLiteral("opengl");
            break;
        case QSGRendererInterface::Vulkan:
            api = QStringLiteral("vulkan");
            break;
        default:
            api = QString::number(static_cast<int>(renderer->graphicsApi()));
        }
    }
    std::printf("backend=%s\nms=%.1f\nproc_stat_ms=%.1f\n", qPrintable(api), ms, procStatMs);
    std::fflush(stdout);
}

} // namespace bench
