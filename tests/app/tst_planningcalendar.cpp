// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportfile.h"
#include "export/planningcalendar.h"
#include "export/planningexport.h"
#include "planning/planningcache.h"
#include "planning/planningmodel.h"
#include "sessionharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;

/// The .ics export: what libical reads back from it (events, UIDs, instants, summaries,
/// escaping, folding), and how the file is written (atomically, with a message on failure).
class TestPlanningCalendar : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monthParsesBack();
    void onlyTheVisitIsInIt();
    void specialCharactersAreEscaped();
    void longLinesAreFolded();
    void emptyMonthIsAValidCalendar();
    void invalidVisitsAreLeftOut();
    void fileIsReplacedAtomically();
    void unwritablePathLeavesNothing();
    void diskFullMessage();
    void exportFromThePlanning();
};

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

Component parse(const QByteArray &text) {
    return Component(icalparser_parse_string(text.constData()));
}

QList<icalcomponent *> events(icalcomponent *calendar) {
    QList<icalcomponent *> result;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        result.append(event);
    return result;
}

/// What libical's parser found wrong (X-LIC-ERROR properties), in the calendar and its events.
QStringList parseErrors(icalcomponent *component) {
    QStringList errors;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors.append(QString::fromUtf8(icalproperty_get_xlicerror(p)));
    for (icalcomponent *child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT);
         child; child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
        errors += parseErrors(child);
    return errors;
}

QDateTime instant(icaltimetype time) {
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, time.zone),
                                         QTimeZone::utc());
}

QString text(const char *value) {
    return QString::fromUtf8(value);
}

Appointment visit(const QString &id, const QDateTime &start, const QString &carer,
                  const QString &helpType = QStringLiteral("HV 2")) {
    return {id, start, start.addSecs(qint64{90} * 60), helpType, carer};
}

/// Three visits of December 2026 (+01:00) and one of the summer (+02:00).
QList<Appointment> someVisits() {
    const QTimeZone winter(3600);
    const QTimeZone summer(7200);
    return {visit(QStringLiteral("a-1"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), winter),
                  QStringLiteral("Daan")),
            visit(QStringLiteral("a-2"), QDateTime(QDate(2026, 12, 3), QTime(13, 30), winter),
                  QStringLiteral("Fatima"), QStringLiteral("HV 1")),
            visit(QStringLiteral("a-3"), QDateTime(QDate(2026, 12, 31), QTime(23, 30), winter),
                  QStringLiteral("Piet")),
            visit(QStringLiteral("a-4"), QDateTime(QDate(2026, 7, 1), QTime(8, 0), summer),
                  QStringLiteral("Anouk"))};
}

} // namespace

void TestPlanningCalendar::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // LanguageSettings writes QSettings
}

void TestPlanningCalendar::monthParsesBack() {
    PlanningCalendar calendar(someVisits());
    const QDateTime stamp(QDate(2026, 11, 23), QTime(18, 53), QTimeZone::utc());
    calendar.setStamp(stamp);
    const QByteArray ics = calendar.toICalendar();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));

    const Component parsed = parse(ics);
    QVERIFY(parsed);
    QCOMPARE(icalcomponent_isa(parsed.get()), ICAL_VCALENDAR_COMPONENT);
    // Valid RFC 5545: libical's parser marks nothing. (Its iTIP check, RFC 5546, would
    // also want an ORGANIZER for METHOD:PUBLISH: left out on purpose, as there is no
    // address to give; calendar apps import a published file without one.)
    QCOMPARE(parseErrors(parsed.get()), QStringList());
    icalproperty *version = icalcomponent_get_first_property(parsed.get(), ICAL_VERSION_PROPERTY);
    QVERIFY(version);
    QCOMPARE(text(icalproperty_get_version(version)), QStringLiteral("2.0"));
    icalproperty *prodId = icalcomponent_get_first_property(parsed.get(), ICAL_PRODID_PROPERTY);
    QVERIFY(prodId);
    QCOMPARE(text(icalproperty_get_prodid(prodId)), QStringLiteral("-//CarePortal//Planning//NL"));
    QCOMPARE(icalcomponent_get_method(parsed.get()), ICAL_METHOD_PUBLISH);

    const QList<icalcomponent *> found = events(parsed.get());
    const QList<Appointment> visits = someVisits();
    QCOMPARE(found.size(), visits.size());
    for (int i = 0; i < visits.size(); ++i) {
        icalcomponent *event = found.at(i);
        QCOMPARE(text(icalcomponent_get_uid(event)),
                 visits.at(i).id + QStringLiteral("@careportal"));
        // The same instants, written in UTC.
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        QVERIFY(icaltime_is_utc(start));
        QVERIFY(icaltime_is_utc(end));
        QCOMPARE(instant(start), visits.at(i).start);
        QCOMPARE(instant(end), visits.at(i).end);
        QCOMPARE(instant(icalcomponent_get_dtstamp(event)), stamp);
        QCOMPARE(text(icalcomponent_get_summary(event)),
                 QStringLiteral("Zorgbezoek ") + visits.at(i).helpType + QStringLiteral(" – ") +
                     visits.at(i).carerName);
    }
    // 09:00 at +01:00 is 08:00Z; 23:30 on New Year's Eve is 22:30Z the same day; the
    // summer visit at 08:00 +02:00 is 06:00Z.
    QVERIFY(ics.contains("DTSTART:20261201T080000Z\r\n"));
    QVERIFY(ics.contains("DTEND:20261201T093000Z\r\n"));
    QVERIFY(ics.contains("DTSTART:20261231T223000Z\r\n"));
    QVERIFY(ics.contains("DTSTART:20260701T060000Z\r\n"));
    QVERIFY(ics.contains("DTSTAMP:20261123T185300Z\r\n"));
}

void TestPlanningCalendar::onlyTheVisitIsInIt() {
    // Nothing of the client beyond the visit itself: exactly these properties per event.
    const Component parsed = parse(PlanningCalendar(someVisits()).toICalendar());
    QVERIFY(parsed);
    for (icalcomponent *event : events(parsed.get())) {
        QStringList names;
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY))
            names.append(text(icalproperty_get_property_name(p)));
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("DTEND"), QStringLiteral("DTSTAMP"),
                                     QStringLiteral("DTSTART"), QStringLiteral("SUMMARY"),
                                     QStringLiteral("UID")}));
        QCOMPARE(icalcomponent_count_components(event, ICAL_ANY_COMPONENT), 0);
    }
}

void TestPlanningCalendar::specialCharactersAreEscaped() {
    const QString carer = QStringLiteral("Jan, de; Vries\nBackslash \\ end");
    const QList<Appointment> visits{
        visit(QStringLiteral("a,1;x"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone(3600)),
              carer)};
    const QByteArray ics = PlanningCalendar(visits).toICalendar();
    // RFC 5545 3.3.11: a comma, semicolon, newline and backslash in TEXT are escaped.
    QVERIFY2(ics.contains("Jan\\, de\\; Vries\\nBackslash \\\\ end"), ics.constData());
    QVERIFY(!ics.contains("Vries\n"));

    const Component parsed = parse(ics);
    QVERIFY(parsed);
    const QList<icalcomponent *> found = events(parsed.get());
    QCOMPARE(found.size(), 1);
    QCOMPARE(text(icalcomponent_get_summary(found.at(0))),
             QStringLiteral("Zorgbezoek HV 2 – ") + carer);
    QCOMPARE(text(icalcomponent_get_uid(found.at(0))), QStringLiteral("a,1;x@careportal"));
}

void TestPlanningCalendar::longLinesAreFolded() {
    QString carer;
    for (int i = 0; i < 30; ++i)
        carer += QStringLiteral("Zoë-Annéke ");
    const QList<Appointment> visits{
        visit(QStringLiteral("a-1"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone(3600)),
              carer.trimmed(), QStringLiteral("Hulp bij het huishouden, niveau 2 (HV 2)"))};
    const QByteArray ics = PlanningCalendar(visits).toICalendar();

    // Every line ends in CRLF and is at most 75 octets; the summary goes on over
    // continuation lines that start with a space.
    QVERIFY(ics.endsWith("\r\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n"));
    QCOMPARE(ics.count('\r'), ics.count("\r\n"));
    const QList<QByteArray> lines = ics.chopped(2).split('\n');
    int continuations = 0;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        // Folding never splits a UTF-8 character.
        QVERIFY2(QString::fromUtf8(line).toUtf8() == line, line.constData());
        if (line.startsWith(' '))
            ++continuations;
    }
    QVERIFY(continuations >= 4);

    const Component parsed = parse(ics);
    QVERIFY(parsed);
    QCOMPARE(parseErrors(parsed.get()), QStringList());
    QCOMPARE(text(icalcomponent_get_summary(events(parsed.get()).at(0))),
             QStringLiteral("Zorgbezoek Hulp bij het huishouden, niveau 2 (HV 2) – ") +
                 carer.trimmed());
}

void TestPlanningCalendar::emptyMonthIsAValidCalendar() {
    const QByteArray ics = PlanningCalendar({}).toICalendar();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(ics.contains("\r\nVERSION:2.0\r\n"));
    QVERIFY(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
    const Component parsed = parse(ics);
    QVERIFY(parsed);
    QCOMPARE(icalcomponent_isa(parsed.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_components(parsed.get(), ICAL_VEVENT_COMPONENT), 0);
    QCOMPARE(parseErrors(parsed.get()), QStringList());
    QVERIFY(icalcomponent_get_first_property(parsed.get(), ICAL_PRODID_PROPERTY));
}

void TestPlanningCalendar::invalidVisitsAreLeftOut() {
    QList<Appointment> visits = someVisits();
    visits.append(Appointment{}); // no id, no times
    const Component parsed = parse(PlanningCalendar(visits).toICalendar());
    QVERIFY(parsed);
    QCOMPARE(events(parsed.get()).size(), someVisits().size());
}

void TestPlanningCalendar::fileIsReplacedAtomically() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("planning-2026-12.ics"));
    ExportFile first(path);
    QVERIFY(first.write(QByteArrayLiteral("old")));
    QVERIFY(first.errorMessage().isEmpty());

    // A writer that gives up half-way leaves the old file as it was, and nothing else.
    ExportFile broken(path);
    QVERIFY(!broken.write([](QIODevice *device) {
        device->write("half a calen");
        return false;
    }));
    QVERIFY(!broken.errorMessage().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("old"));
    file.close();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("planning-2026-12.ics")});

    const QByteArray ics = PlanningCalendar(someVisits()).toICalendar();
    ExportFile second(path);
    QVERIFY(second.write(ics));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ics);
}

void TestPlanningCalendar::unwritablePathLeavesNothing() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A "folder" that is a file: no one may write under it, not even root.
    const QString notAFolder = dir.filePath(QStringLiteral("notes.txt"));
    QFile note(notAFolder);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    const QStringList before =
        QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QStringList paths{notAFolder + QStringLiteral("/planning.ics"),
                            dir.filePath(QStringLiteral("missing/planning.ics"))};
    for (const QString &path : paths) {
        ExportFile file(path);
        QVERIFY(!file.write(PlanningCalendar(someVisits()).toICalendar()));
        QVERIFY(file.errorMessage().contains(QStringLiteral("kon niet worden opgeslagen")));
        QVERIFY(!QFile::exists(path));
    }
    // A folder without write permission (root may write anyway: then it is not tested).
    const QString readOnly = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkdir(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    if (!QFileInfo(readOnly).isWritable()) {
        ExportFile file(readOnly + QStringLiteral("/planning.ics"));
        QVERIFY(!file.write(QByteArrayLiteral("BEGIN:VCALENDAR")));
        QVERIFY(file.errorMessage().contains(QStringLiteral("mag CarePortal niet schrijven")));
        QVERIFY(QDir(readOnly)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(QDir(readOnly).removeRecursively());
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
}

void TestPlanningCalendar::diskFullMessage() {
    QVERIFY(ExportFile::messageFor(QFileDevice::ResourceError).contains(QStringLiteral("vol")));
    QVERIFY(ExportFile::messageFor(QFileDevice::PermissionsError)
                .contains(QStringLiteral("niet schrijven")));
    QVERIFY(!ExportFile::messageFor(QFileDevice::WriteError).isEmpty());
}

void TestPlanningCalendar::exportFromThePlanning() {
    // The QML-facing object on a real PlanningModel with two visits this month.
    SessionHarness h;
    QVERIFY(h.open());
    PlanningCache cache(&h.cache);
    PlanningModel planning(&h.session, &h.backend, &cache, &h.language);
    QVERIFY(h.logIn());
    const QDate month = planning.month();
    const QList<Appointment> visits{
        visit(QStringLiteral("v-1"), QDateTime(month.addDays(2), QTime(9, 0), QTimeZone(3600)),
              QStringLiteral("Daan")),
        visit(QStringLiteral("v-2"), QDateTime(month.addDays(9), QTime(14, 0), QTimeZone(3600)),
              QStringLiteral("Fatima"), QStringLiteral("HV 1"))};
    QVERIFY(h.backend.answerAppointments(month, FakeBackend::page(visits, "\"v1\"")));
    QTRY_COMPARE(planning.rowCount(), 2);

    PlanningExport exporter;
    QSignalSpy saved(&exporter, &PlanningExport::saved);
    QSignalSpy failed(&exporter, &PlanningExport::failed);
    QVERIFY(!exporter.saveMonthCalendar(QUrl()));
    QVERIFY(!exporter.errorMessage().isEmpty()); // no planning yet
    exporter.setPlanning(&planning);
    QCOMPARE(exporter.monthFileName(),
             QStringLiteral("planning-") + month.toString(QStringLiteral("yyyy-MM")));
    QCOMPARE(exporter.visitId(1), QStringLiteral("v-2"));
    QCOMPARE(exporter.visitId(2), QString());
    QCOMPARE(exporter.visitFileName(QStringLiteral("v-2")),
             QStringLiteral("bezoek-") + month.addDays(9).toString(QStringLiteral("yyyy-MM-dd")) +
                 QStringLiteral("-1400"));
    QCOMPARE(exporter.suggestedFile(QStringLiteral("x.ics")).toLocalFile(),
             QDir(exporter.suggestedFolder().toLocalFile()).filePath(QStringLiteral("x.ics")));
    QVERIFY(QFileInfo(exporter.suggestedFolder().toLocalFile()).isDir());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // The month, with ".ics" added to a name without a suffix.
    QVERIFY(exporter.saveMonthCalendar(QUrl::fromLocalFile(dir.filePath(QStringLiteral("maand")))));
    QCOMPARE(exporter.errorMessage(), QString());
    QCOMPARE(exporter.resultMessage(), QStringLiteral("Opgeslagen als maand.ics."));
    QCOMPARE(saved.size(), 1);
    QFile monthFile(dir.filePath(QStringLiteral("maand.ics")));
    QVERIFY(monthFile.open(QIODevice::ReadOnly));
    Component parsed = parse(monthFile.readAll());
    QVERIFY(parsed);
    QCOMPARE(events(parsed.get()).size(), 2);

    // One visit: the one in that row.
    const QString visitPath = dir.filePath(QStringLiteral("bezoek.ics"));
    QVERIFY(exporter.saveVisitCalendar(exporter.visitId(1), QUrl::fromLocalFile(visitPath)));
    QFile visitFile(visitPath);
    QVERIFY(visitFile.open(QIODevice::ReadOnly));
    parsed = parse(visitFile.readAll());
    QVERIFY(parsed);
    const QList<icalcomponent *> found = events(parsed.get());
    QCOMPARE(found.size(), 1);
    QCOMPARE(text(icalcomponent_get_uid(found.at(0))), QStringLiteral("v-2@careportal"));
    QCOMPARE(instant(icalcomponent_get_dtstart(found.at(0))), visits.at(1).start);

    // Failures: a visit that is gone, a place that is not a file here, a folder that is a file.
    QVERIFY(!exporter.saveVisitCalendar(QStringLiteral("v-9"), QUrl::fromLocalFile(visitPath)));
    QCOMPARE(exporter.errorMessage(), QStringLiteral("Dit bezoek staat niet meer in de planning."));
    QCOMPARE(exporter.resultMessage(), QString());
    QVERIFY(!exporter.saveMonthCalendar(QUrl(QStringLiteral("https://example.nl/planning.ics"))));
    QVERIFY(!exporter.errorMessage().isEmpty());
    const QString underAFile = visitPath + QStringLiteral("/planning.ics");
    QVERIFY(!exporter.saveMonthCalendar(QUrl::fromLocalFile(underAFile)));
    QVERIFY(exporter.errorMessage().contains(QStringLiteral("kon niet worden opgeslagen")));
    QVERIFY(!exporter.saveMonthPdf(QUrl::fromLocalFile(underAFile)));
    QVERIFY(exporter.errorMessage().contains(QStringLiteral("kon niet worden opgeslagen")));
    QCOMPARE(failed.size(), 5);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("bezoek.ics"), QStringLiteral("maand.ics")}));

    // The PDF next to them.
    QVERIFY(exporter.saveMonthPdf(QUrl::fromLocalFile(dir.filePath(QStringLiteral("maand.pdf")))));
    QFile pdf(dir.filePath(QStringLiteral("maand.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.readAll().startsWith("%PDF-"));
    exporter.clearResult();
    QCOMPARE(exporter.resultMessage(), QString());
}

QTEST_MAIN(TestPlanningCalendar)

#include "tst_planningcalendar.moc"
