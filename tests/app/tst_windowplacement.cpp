// The window opens where and as large as it was closed; never off every screen.
#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

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

    void offEveryScreenComesBack() {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), QRect(20000, 20000, 800, 600));
        QWindow next;
        WindowPlacement::restore(next, settings);
        QVERIFY(QGuiApplication::primaryScreen()->availableGeometry().intersects(next.geometry()));
        QCOMPARE(next.size(), QSize(800, 600));
    }

    void tooSmallIsGrownToTheMinimum() {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("window/geometry"), QRect(0, 0, 100, 100));
        QWindow next;
        next.setMinimumSize(QSize(360, 480));
        WindowPlacement::restore(next, settings);
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
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
