// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/windowplacement.h"

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWindow>
#include <algorithm>

namespace careportal {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString maximizedKey = QStringLiteral("window/maximized");

// The screen that shows most of `rect`; the primary one when none shows any of it.
const QScreen *screenFor(const QRect &rect) {
    const QScreen *best = QGuiApplication::primaryScreen();
    qint64 bestArea = 0;
    const auto screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QRect shared = screen->availableGeometry().intersected(rect);
        const qint64 area = qint64(shared.width()) * shared.height();
        if (area > bestArea) {
            best = screen;
            bestArea = area;
        }
    }
    return best;
}

// Kept inside `area`: a window saved on a large monitor and opened on a laptop's would
// otherwise hang over its edge, with the title bar or the menu out of reach. Never made
// smaller than the window allows, though; then its top left stays on the screen.
QRect fittedInto(QRect rect, const QRect &area, const QSize &minimum) {
    rect.setSize(rect.size().boundedTo(area.size()).expandedTo(minimum));
    rect.moveLeft(std::max(area.left(), std::min(rect.left(), area.right() - rect.width() + 1)));
    rect.moveTop(std::max(area.top(), std::min(rect.top(), area.bottom() - rect.height() + 1)));
    return rect;
}
} // namespace

void WindowPlacement::save(const QWindow &window, QSettings &settings) {
    // Minimised, hidden or full screen says nothing about how to open next time.
    if (window.visibility() != QWindow::Windowed && window.visibility() != QWindow::Maximized)
        return;
    const bool maximized = window.visibility() == QWindow::Maximized;
    settings.setValue(maximizedKey, maximized);
    if (!maximized) // keep the normal size to come back to
        settings.setValue(geometryKey, window.geometry());
}

void WindowPlacement::restore(QWindow &window, const QSettings &settings) {
    const QRect saved = settings.value(geometryKey).toRect();
    const QScreen *screen = saved.isValid() ? screenFor(saved) : nullptr;
    if (screen) // setGeometry() moves the window to the screen it lies on
        window.setGeometry(fittedInto(saved, screen->availableGeometry(), window.minimumSize()));
    if (settings.value(maximizedKey, false).toBool())
        window.showMaximized();
}

} // namespace careportal
