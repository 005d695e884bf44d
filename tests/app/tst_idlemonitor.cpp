// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The kiosk's idle logout and the clock it counts in, around a suspended computer: time
// asleep counts, and the touch that wakes a kiosk after its time does not keep the last
// user's session.
#include "fakeidleclock.h"
#include "kiosk/idleclock.h"
#include "kiosk/idlemonitor.h"

#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using careportal::IdleMonitor;
using careportal::SystemIdleClock;
using careportal::test::FakeIdleClock;

namespace {
constexpr int kTimeoutSeconds = 120;

void pressAKey() {
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
    QObject target; // the filter is on the application: any receiver will do
    QCoreApplication::sendEvent(&target, &press);
}
} // namespace

class TestIdleMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inputRestartsTheTime() {
        FakeIdleClock clock;
        IdleMonitor monitor(kTimeoutSeconds, &clock);
        monitor.setEnabled(true);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        clock.advance((kTimeoutSeconds - 10) * 1000);
        QVERIFY(monitor.warning());
        QCOMPARE(monitor.secondsLeft(), 10);
        pressAKey();
        QVERIFY(!monitor.warning());
        clock.advance((kTimeoutSeconds - 10) * 1000);
        QCOMPARE(timedOut.count(), 0);
    }

    void wakingPastTheTimeLogsOutAtTheFirstTick() {
        FakeIdleClock clock;
        IdleMonitor monitor(kTimeoutSeconds, &clock);
        monitor.setEnabled(true);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        QSignalSpy warned(&monitor, &IdleMonitor::warningChanged);
        clock.sleep(3 * 3600 * 1000); // a night asleep, then the first tick after waking
        clock.advance(1000);
        QCOMPARE(timedOut.count(), 1);
        QCOMPARE(warned.count(), 0); // no countdown for a session already past its time
    }

    void theTouchThatWakesItDoesNotKeepTheSession() {
        FakeIdleClock clock;
        IdleMonitor monitor(kTimeoutSeconds, &clock);
        monitor.setEnabled(true);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        clock.sleep((kTimeoutSeconds + 60) * 1000);
        pressAKey(); // before any tick
        QCOMPARE(timedOut.count(), 1);
        // The next person starts with the whole time again.
        clock.advance((kTimeoutSeconds - 31) * 1000);
        QCOMPARE(timedOut.count(), 1);
        QVERIFY(!monitor.warning());
    }

    void disabledNeverTimesOut() {
        FakeIdleClock clock;
        IdleMonitor monitor(kTimeoutSeconds, &clock);
        QSignalSpy timedOut(&monitor, &IdleMonitor::timedOut);
        clock.sleep((kTimeoutSeconds + 60) * 1000);
        pressAKey();
        clock.advance(1000);
        QCOMPARE(timedOut.count(), 0);
    }

    void systemClockCountsTimeAsleep() {
#ifndef Q_OS_LINUX
        QSKIP("compared with /proc/uptime, which only Linux has");
#else
        // /proc/uptime is the time since boot, suspended time included (CLOCK_BOOTTIME).
        QFile uptime(QStringLiteral("/proc/uptime"));
        QVERIFY(uptime.open(QIODevice::ReadOnly));
        bool ok = false;
        const double uptimeSeconds = uptime.readAll().split(' ').value(0).toDouble(&ok);
        QVERIFY(ok);
        const double clockSeconds = double(SystemIdleClock::sinceBootMs()) / 1000.0;
        QVERIFY2(
            qAbs(clockSeconds - uptimeSeconds) < 2.0,
            qPrintable(
                QStringLiteral("clock %1 s, uptime %2 s").arg(clockSeconds).arg(uptimeSeconds)));
#endif
    }

    void systemClockTicksEverySecond() {
        SystemIdleClock clock;
        QSignalSpy ticked(&clock, &SystemIdleClock::ticked);
        const qint64 before = clock.nowMs();
        QVERIFY(ticked.wait(5000));
        QVERIFY(clock.nowMs() >= before + 900);
    }
};

QTEST_MAIN(TestIdleMonitor)
#include "tst_idlemonitor.moc"
