// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What "Voorlezen" says for a month and for a day.
#include "planning/planningspeech.h"

#include <QTest>

using careportal::Appointment;
using careportal::PlanningSpeech;

namespace {

Appointment visit(const QString &id, const QString &start, const QString &end, const QString &help,
                  const QString &carer) {
    Appointment appointment;
    appointment.id = id;
    appointment.start = QDateTime::fromString(start, Qt::ISODate).toLocalTime();
    appointment.end = QDateTime::fromString(end, Qt::ISODate).toLocalTime();
    appointment.helpType = help;
    appointment.carerName = carer;
    return appointment;
}

QList<Appointment> december() {
    return {visit(QStringLiteral("a1"), QStringLiteral("2026-12-03T13:30:00"),
                  QStringLiteral("2026-12-03T15:30:00"), QStringLiteral("HV 2"),
                  QStringLiteral("Daan")),
            visit(QStringLiteral("a2"), QStringLiteral("2026-12-03T18:00:00"),
                  QStringLiteral("2026-12-03T18:30:00"), QStringLiteral("PV"),
                  QStringLiteral("Sanne")),
            visit(QStringLiteral("a3"), QStringLiteral("2026-12-10T09:00:00"),
                  QStringLiteral("2026-12-10T10:00:00"), QString(), QString())};
}

} // namespace

class TestPlanningSpeech : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void monthInDutch() {
        const QString text =
            PlanningSpeech::monthText(december(), QDate(2026, 12, 1), QStringLiteral("nl"));
        QCOMPARE(text, QStringLiteral("Planning voor december 2026: 3 bezoeken. "
                                      "Donderdag 3 december, van 13:30 tot 15:30, HV 2, met Daan. "
                                      "Donderdag 3 december, van 18:00 tot 18:30, PV, met Sanne. "
                                      "Donderdag 10 december, van 09:00 tot 10:00."));
    }

    void monthNamesInEnglish() {
        const QString text =
            PlanningSpeech::monthText(december(), QDate(2026, 12, 1), QStringLiteral("en"));
        // No translator is installed here: the sentences stay Dutch, the names follow the
        // language (the app installs the English translation with it).
        QVERIFY2(text.contains(QStringLiteral("December 2026")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Thursday 3 December")), qPrintable(text));
    }

    void emptyMonth() {
        QCOMPARE(PlanningSpeech::monthText({}, QDate(2027, 1, 1), QStringLiteral("nl")),
                 QStringLiteral("Planning voor januari 2027: er zijn geen bezoeken gepland."));
    }

    void today() {
        QCOMPARE(PlanningSpeech::dayText(december(), QDate(2026, 12, 3), QDate(2026, 12, 3),
                                         QStringLiteral("nl")),
                 QStringLiteral("Vandaag, donderdag 3 december: 2 bezoeken. "
                                "Van 13:30 tot 15:30, HV 2, met Daan. "
                                "Van 18:00 tot 18:30, PV, met Sanne."));
    }

    void anotherDayWithOneVisit() {
        QCOMPARE(PlanningSpeech::dayText(december(), QDate(2026, 12, 10), QDate(2026, 12, 3),
                                         QStringLiteral("nl")),
                 QStringLiteral("Donderdag 10 december: 1 bezoek. Van 09:00 tot 10:00."));
    }

    void dayWithoutVisits() {
        QCOMPARE(PlanningSpeech::dayText(december(), QDate(2026, 12, 4), QDate(2026, 12, 4),
                                         QStringLiteral("nl")),
                 QStringLiteral("Vandaag, vrijdag 4 december: geen bezoeken gepland."));
    }

    void withoutPlanningSaysNothing() {
        const PlanningSpeech speech;
        QVERIFY(speech.month().isEmpty());
        QVERIFY(speech.day().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPlanningSpeech)
#include "tst_planningspeech.moc"
