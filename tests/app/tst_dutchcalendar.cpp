// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dutchcalendar.h"

#include <QTest>

using careportal::DutchCalendar;

/// Dutch public holidays and the working-day notice rule for absence reports.
class TestDutchCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void easter_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("sunday");
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038, latest century date") << 2038 << QDate(2038, 4, 25);
    }

    void easter() {
        QFETCH(int, year);
        QFETCH(QDate, sunday);
        QCOMPARE(DutchCalendar::easterSunday(year), sunday);
    }

    void holidays2026() {
        const QList<QPair<QDate, QString>> expected{
            {QDate(2026, 1, 1), QStringLiteral("Nieuwjaarsdag")},
            {QDate(2026, 4, 5), QStringLiteral("Eerste Paasdag")},
            {QDate(2026, 4, 6), QStringLiteral("Tweede Paasdag")},
            {QDate(2026, 4, 27), QStringLiteral("Koningsdag")},
            {QDate(2026, 5, 5), QStringLiteral("Bevrijdingsdag")},
            {QDate(2026, 5, 14), QStringLiteral("Hemelvaartsdag")},
            {QDate(2026, 5, 24), QStringLiteral("Eerste Pinksterdag")},
            {QDate(2026, 5, 25), QStringLiteral("Tweede Pinksterdag")},
            {QDate(2026, 12, 25), QStringLiteral("Eerste Kerstdag")},
            {QDate(2026, 12, 26), QStringLiteral("Tweede Kerstdag")},
        };
        int count = 0;
        for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) {
            if (DutchCalendar::isPublicHoliday(day))
                ++count;
        }
        QCOMPARE(count, expected.size());
        for (const auto &[date, name] : expected)
            QCOMPARE(DutchCalendar::holidayName(date), name);
        QVERIFY(!DutchCalendar::isPublicHoliday(QDate(2026, 4, 3))); // Goede Vrijdag is not
    }

    void dateAtIsTheDateInTheNetherlands_data() {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDate>("date");
        // Winter (UTC+1) and summer (UTC+2): late evening UTC is already tomorrow there.
        QTest::newRow("winter, 22:59 UTC")
            << QDateTime(QDate(2026, 12, 6), QTime(22, 59), Qt::UTC) << QDate(2026, 12, 6);
        QTest::newRow("winter, 23:30 UTC")
            << QDateTime(QDate(2026, 12, 6), QTime(23, 30), Qt::UTC) << QDate(2026, 12, 7);
        QTest::newRow("summer, 21:59 UTC")
            << QDateTime(QDate(2026, 7, 1), QTime(21, 59), Qt::UTC) << QDate(2026, 7, 1);
        QTest::newRow("summer, 22:00 UTC")
            << QDateTime(QDate(2026, 7, 1), QTime(22, 0), Qt::UTC) << QDate(2026, 7, 2);
    }
    void dateAtIsTheDateInTheNetherlands() {
        QFETCH(QDateTime, moment);
        QFETCH(QDate, date);
        QCOMPARE(DutchCalendar::dateAt(moment), date);
    }

    void kingsDayMovesFromSunday() {
        QCOMPARE(QDate(2025, 4, 27).dayOfWeek(), int(Qt::Sunday));
        QCOMPARE(DutchCalendar::holidayName(QDate(2025, 4, 26)), QStringLiteral("Koningsdag"));
        QVERIFY(!DutchCalendar::isPublicHoliday(QDate(2025, 4, 27)));
    }

    void workingDays() {
        QVERIFY(DutchCalendar::isWorkingDay(QDate(2026, 11, 24)));  // a Tuesday
        QVERIFY(!DutchCalendar::isWorkingDay(QDate(2026, 11, 28))); // Saturday
        QVERIFY(!DutchCalendar::isWorkingDay(QDate(2026, 11, 29))); // Sunday
        QVERIFY(!DutchCalendar::isWorkingDay(QDate(2026, 12, 25))); // Christmas, a Friday
        QVERIFY(!DutchCalendar::isWorkingDay(QDate()));
    }

    void noticeDeadline_data() {
        QTest::addColumn<QDate>("visit");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("deadline");
        // Wednesday visit: Tue, Mon, Fri are the three working days before → Friday.
        QTest::newRow("plain week") << QDate(2026, 11, 25) << 3 << QDate(2026, 11, 20);
        // Friday visit: Thu, Wed, Tue → Tuesday.
        QTest::newRow("within the week") << QDate(2026, 11, 27) << 3 << QDate(2026, 11, 24);
        // Monday 28 Dec 2026: Thu 24, Wed 23, Tue 22 (Fri 25 and Sat 26 are Christmas/weekend).
        QTest::newRow("over Christmas") << QDate(2026, 12, 28) << 3 << QDate(2026, 12, 22);
        // Thursday after Easter Monday 2026: Wed 8, Tue 7, Fri 3 (Mon 6 is Tweede Paasdag).
        QTest::newRow("over Easter Monday") << QDate(2026, 4, 9) << 3 << QDate(2026, 4, 3);
        QTest::newRow("no notice") << QDate(2026, 11, 25) << 0 << QDate(2026, 11, 25);
    }

    void noticeDeadline() {
        QFETCH(QDate, visit);
        QFETCH(int, days);
        QFETCH(QDate, deadline);
        QCOMPARE(DutchCalendar::noticeDeadline(visit, days), deadline);
    }
};

QTEST_APPLESS_MAIN(TestDutchCalendar)
#include "tst_dutchcalendar.moc"
