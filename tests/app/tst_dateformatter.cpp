// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "util/dateformatter.h"

#include <QTest>
#include <QTimeZone>

using careportal::DateFormatter;

/// Dates as the portals write them: Dutch abbreviations without the CLDR period,
/// capitalised weekdays, and an English variant.
class TestDateFormatter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dutchMonthTitle_data();
    void dutchMonthTitle();
    void englishMonthTitle_data();
    void englishMonthTitle();
    void dayText();
    void weekdayName_data();
    void weekdayName();
    void weekdayInSentence();
    void clockAndTime();
    void dateTimeText();
    void languageFallsBackToDutch();
};

void TestDateFormatter::dutchMonthTitle_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("jan") << QDate(2021, 1, 5) << QStringLiteral("jan 2021");
    QTest::newRow("feb") << QDate(2021, 2, 5) << QStringLiteral("feb 2021");
    QTest::newRow("mrt") << QDate(2021, 3, 31) << QStringLiteral("mrt 2021");
    QTest::newRow("apr") << QDate(2021, 4, 14) << QStringLiteral("apr 2021");
    QTest::newRow("mei") << QDate(2021, 5, 1) << QStringLiteral("mei 2021");
    QTest::newRow("jun") << QDate(2021, 6, 1) << QStringLiteral("jun 2021");
    QTest::newRow("okt") << QDate(2021, 10, 1) << QStringLiteral("okt 2021");
    QTest::newRow("dec") << QDate(2022, 12, 31) << QStringLiteral("dec 2022");
}

void TestDateFormatter::dutchMonthTitle() {
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    const QString title = DateFormatter(QStringLiteral("nl")).monthTitle(date);
    QCOMPARE(title, expected);
    QVERIFY(!title.contains(QLatin1Char('.')));
    QCOMPARE(DateFormatter().monthTitle(date), expected); // Dutch is the default
}

void TestDateFormatter::englishMonthTitle_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Jan") << QDate(2021, 1, 5) << QStringLiteral("Jan 2021");
    QTest::newRow("Mar") << QDate(2021, 3, 31) << QStringLiteral("Mar 2021");
    QTest::newRow("Apr") << QDate(2021, 4, 14) << QStringLiteral("Apr 2021");
    QTest::newRow("May") << QDate(2021, 5, 1) << QStringLiteral("May 2021");
    QTest::newRow("Dec") << QDate(2022, 12, 31) << QStringLiteral("Dec 2022");
}

void TestDateFormatter::englishMonthTitle() {
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateFormatter(QStringLiteral("en")).monthTitle(date), expected);
}

void TestDateFormatter::dayText() {
    QCOMPARE(DateFormatter(QStringLiteral("nl")).dayText(QDate(2021, 4, 14)),
             QStringLiteral("14 apr 2021"));
    QCOMPARE(DateFormatter(QStringLiteral("nl")).dayText(QDate(2021, 3, 2)),
             QStringLiteral("2 mrt 2021"));
    QCOMPARE(DateFormatter(QStringLiteral("nl")).dayText(QDate(2021, 5, 20)),
             QStringLiteral("20 mei 2021"));
    QCOMPARE(DateFormatter(QStringLiteral("en")).dayText(QDate(2021, 4, 14)),
             QStringLiteral("14 Apr 2021"));
}

void TestDateFormatter::weekdayName_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nl wednesday") << QStringLiteral("nl") << QDate(2021, 4, 14)
                                  << QStringLiteral("Woensdag");
    QTest::newRow("nl monday") << QStringLiteral("nl") << QDate(2021, 4, 12)
                               << QStringLiteral("Maandag");
    QTest::newRow("nl sunday") << QStringLiteral("nl") << QDate(2021, 4, 18)
                               << QStringLiteral("Zondag");
    QTest::newRow("en wednesday") << QStringLiteral("en") << QDate(2021, 4, 14)
                                  << QStringLiteral("Wednesday");
    QTest::newRow("en-GB saturday")
        << QStringLiteral("en-GB") << QDate(2021, 4, 17) << QStringLiteral("Saturday");
}

void TestDateFormatter::weekdayName() {
    QFETCH(QString, language);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateFormatter(language).weekdayName(date), expected);
}

// Inside a sentence ("uiterlijk op vrijdag 4 dec 2026"): Dutch weekdays are lower case.
void TestDateFormatter::weekdayInSentence() {
    QCOMPARE(DateFormatter(QStringLiteral("nl")).weekdayInSentence(QDate(2026, 12, 4)),
             QStringLiteral("vrijdag"));
    QCOMPARE(DateFormatter(QStringLiteral("en")).weekdayInSentence(QDate(2026, 12, 4)),
             QStringLiteral("Friday"));
}

void TestDateFormatter::clockAndTime() {
    const QDateTime evening(QDate(2021, 4, 13), QTime(18, 23, 59));
    QCOMPARE(DateFormatter::clockText(evening), QStringLiteral("13-04-2021 18:23"));
    QCOMPARE(DateFormatter::timeText(evening), QStringLiteral("18:23"));
    const QDateTime morning(QDate(2021, 4, 14), QTime(9, 0), QTimeZone(3600));
    QCOMPARE(DateFormatter::timeText(morning), QStringLiteral("09:00")); // zero-padded, own offset
    QCOMPARE(DateFormatter::clockText(morning), QStringLiteral("14-04-2021 09:00"));
}

void TestDateFormatter::dateTimeText() {
    const QDateTime visit(QDate(2021, 4, 14), QTime(9, 5));
    QCOMPARE(DateFormatter(QStringLiteral("nl")).dateTimeText(visit),
             QStringLiteral("14 apr 2021 09:05"));
    QCOMPARE(DateFormatter(QStringLiteral("en")).dateTimeText(visit),
             QStringLiteral("14 Apr 2021 09:05"));
}

void TestDateFormatter::languageFallsBackToDutch() {
    QCOMPARE(DateFormatter(QStringLiteral("de")).monthTitle(QDate(2021, 3, 1)),
             QStringLiteral("mrt 2021"));
    QCOMPARE(DateFormatter(QString()).weekdayName(QDate(2021, 4, 14)), QStringLiteral("Woensdag"));
}

QTEST_GUILESS_MAIN(TestDateFormatter)
#include "tst_dateformatter.moc"
