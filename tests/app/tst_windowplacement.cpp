// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The window opens where and as large as it was closed; never off every screen, never
// over a screen's edge. Run with two offscreen screens (twoscreens.json): a 1920x1080
// monitor and, to its right, a 1366x768 laptop screen.
#include "app/windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>
#include <algorithm>

using careportal::WindowPlacement;

class TestWindowPlacement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Each test starts without saved settings.
    void init() { QFile::remove(m_dir.filePath(QStringLiteral("s.ini"))); }

    void sameGeometryNextRun() {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QWindow closed;
        closed.setGeometry(QRect(40, 50, 700, 600));
        closed.show();
        WindowPlacement::save(closed, settings);
        // Minimised later, before the desktop session ends: the place stays as it was.
        closed.setGeometry(QRect(0, 0, 200, 300));
        closed.showMinimized();
        WindowPlacement::save(closed, settings);

        QWindow next;
        next.setMinimumSize(QSize(360, 480));
        WindowPlacement::restore(next, settings);
        QCOMPARE(next.geometry(), QRect(40, 50, 700, 600));
    }

    void twoScreensAsConfigured() {
        // The cases below mean nothing on a single default screen.
        const auto screens = QGuiApplication::screens();
        QCOMPARE(screens.size(), 2);
        QVERIFY(std::any_of(screens.cbegin(), screens.cend(), [this](const QScreen *screen) {
            return screen->name() == QStringLiteral("Laptop") &&
                   screen->availableGeometry() == laptop;
        }));
    }

    void restoredOnTheScreenItWasOn() {
        QWindow next;
        restore(next, QRect(2000, 60, 900, 650));
        QCOMPARE(next.geometry(), QRect(2000, 60, 900, 650));
        QCOMPARE(next.screen()->name(), QStringLiteral("Laptop"));
    }

    void overTheEdgeIsMovedBackOn() {
        // Mostly on the laptop, its right and bottom edges past the laptop's.
        QWindow next;
        restore(next, QRect(2700, 400, 800, 600));
        QCOMPARE(next.geometry(), QRect(1920 + 1366 - 800, 768 - 600, 800, 600));
    }

    void largerThanItsScreenIsMadeToFit() {
        // Saved full-size on a large monitor that is no longer there: the laptop remains.
        QWindow next;
        next.setMinimumSize(QSize(360, 480));
        restore(next, QRect(1950, 30, 1800, 1000));
        QCOMPARE(next.geometry(), laptop);
    }

    void neverSmallerThanTheMinimum() {
        QWindow next;
        next.setMinimumSize(QSize(1500, 900)); // wider and taller than the laptop's screen
        restore(next, QRect(1950, 30, 1800, 1000));
        // Its top left stays on the screen, with the title bar and the menu.
        QCOMPARE(next.geometry(), QRect(laptop.topLeft(), QSize(1500, 900)));
    }

    void offEveryScreenComesBack() {
        QWindow next;
        restore(next, QRect(20000, 20000, 800, 600));
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().intersects(next.geometry()));
        QCOMPARE(next.size(), QSize(800, 600));
    }

    void tooSmallIsGrownToTheMinimum() {
        QWindow next;
        next.setMinimumSize(QSize(360, 480));
        restore(next, QRect(0, 0, 100, 100));
        QCOMPARE(next.size(), QSize(360, 480));
    }

    void nothingSavedLeavesTheDefault() {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        QWindow next;
        next.setGeometry(QRect(0, 0, 1024, 720));
        WindowPlacement::restore(next, settings);
        QCOMPARE(next.size(), QSize(1024, 720));
    }

private:
    // The window opened on a place saved earlier.
    void restore(QWindow &window, const QRect &saved) {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), saved);
        WindowPlacement::restore(window, settings);
    }

    const QRect laptop{1920, 0, 1366, 768};
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
