// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The reader's text size and high contrast: limits, steps, kept between starts (not on a
// kiosk), and back to normal on request.
#include "settings/displaysettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using careportal::DisplaySettings;

class TestDisplaySettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CarePortalTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_displaysettings"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void stepsAndLimits() {
        DisplaySettings display(true);
        QCOMPARE(display.textPercent(), 100);
        QVERIFY(!display.canReduce());
        QSignalSpy changed(&display, &DisplaySettings::textPercentChanged);
        display.reduce();
        QCOMPARE(display.textPercent(), 100);
        QCOMPARE(changed.count(), 0);
        for (int step = 0; step < 6; ++step)
            display.enlarge();
        QCOMPARE(display.textPercent(), 200);
        QCOMPARE(display.textScale(), 2.0);
        QVERIFY(!display.canEnlarge());
        QCOMPARE(changed.count(), 4); // 125, 150, 175, 200
        display.setTextPercent(140);
        QCOMPARE(display.textPercent(), 150); // the nearest step
        display.setTextPercent(900);
        QCOMPARE(display.textPercent(), 200);
        display.setTextPercent(-5);
        QCOMPARE(display.textPercent(), 100);
    }

    void keptForTheNextStart() {
        {
            DisplaySettings display(true);
            display.setTextPercent(175);
            display.setHighContrast(true);
        }
        const DisplaySettings again(true);
        QCOMPARE(again.textPercent(), 175);
        QVERIFY(again.highContrast());
    }

    void badStoredValueIsCorrected() {
        QSettings().setValue(QStringLiteral("display/textPercent"), 1000);
        QCOMPARE(DisplaySettings(true).textPercent(), 200);
    }

    void kioskKeepsNothing() {
        {
            DisplaySettings kiosk(false);
            kiosk.setTextPercent(200);
            kiosk.setHighContrast(true);
            QCOMPARE(kiosk.textPercent(), 200);
        }
        QVERIFY(!QSettings().contains(QStringLiteral("display/textPercent")));
        QVERIFY(!QSettings().contains(QStringLiteral("display/highContrast")));
        QCOMPARE(DisplaySettings(false).textPercent(), 100);
    }

    void restoreDefaults() {
        DisplaySettings display(true);
        display.setTextPercent(200);
        display.setHighContrast(true);
        QSignalSpy contrast(&display, &DisplaySettings::highContrastChanged);
        display.restoreDefaults();
        QCOMPARE(display.textPercent(), 100);
        QVERIFY(!display.highContrast());
        QCOMPARE(contrast.count(), 1);
        QCOMPARE(DisplaySettings(true).textPercent(), 100);
    }
};

QTEST_GUILESS_MAIN(TestDisplaySettings)
#include "tst_displaysettings.moc"
