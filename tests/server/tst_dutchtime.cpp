// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/dutchtime.h"

#include <QTest>

using careportal::server::amsterdam;
using careportal::server::localIso;

/// localIso() formats Dutch local times itself and remembers the offset between the zone's
/// transitions (issue 25, throughput); it must write exactly what Qt writes, on both sides
/// of every change to and from summer time.
class TestDutchTime : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQtWritesAllYearRound() {
        const QDateTime start(QDate(2025, 12, 30), QTime(0, 0), Qt::UTC);
        // Every 7 minutes for 14 months, forwards, then a few jumps backwards.
        for (QDateTime t = start; t < start.addMonths(14); t = t.addSecs(7 * 60))
            QCOMPARE(localIso(t), t.toTimeZone(amsterdam()).toString(Qt::ISODate));
        for (const QDateTime &t : {start.addMonths(9), start.addMonths(3), start.addSecs(59)})
            QCOMPARE(localIso(t), t.toTimeZone(amsterdam()).toString(Qt::ISODate));
    }

    void theSecondsAroundATransition() {
        // 29 March 2026, 01:00 UTC: 02:00 CET becomes 03:00 CEST.
        const QDateTime change(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC);
        QCOMPARE(localIso(change.addSecs(-1)), QStringLiteral("2026-03-29T01:59:59+01:00"));
        QCOMPARE(localIso(change), QStringLiteral("2026-03-29T03:00:00+02:00"));
        QCOMPARE(localIso(change.addSecs(-1)), QStringLiteral("2026-03-29T01:59:59+01:00"));
    }

    void invalidIsEmpty() { QCOMPARE(localIso(QDateTime()), QString()); }
};

QTEST_GUILESS_MAIN(TestDutchTime)
#include "tst_dutchtime.moc"
