#include "windowplacement.h"

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWindow>

namespace careportal {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString maximizedKey = QStringLiteral("window/maximized");

bool onSomeScreen(const QRect &rect) {
    const auto screens = QGuiApplication::screens();
    return std::any_of(screens.cbegin(), screens.cend(), [&](const QScreen *screen) {
        return screen->availableGeometry().intersects(rect);
    });
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
    QRect rect = settings.value(geometryKey).toRect();
    if (rect.isValid()) {
        rect.setSize(rect.size().expandedTo(window.minimumSize()));
        if (!onSomeScreen(rect) && QGuiApplication::primaryScreen())
            rect.moveTopLeft(QGuiApplication::primaryScreen()->availableGeometry().topLeft());
        window.setGeometry(rect);
    }
    if (settings.value(maximizedKey, false).toBool())
        window.showMaximized();
}

} // namespace careportal
