// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactvalidation.h"
#include "fhir/fhirabsences.h"
#include "fhir/fhiraccesslog.h"
#include "fhir/fhircontacts.h"
#include "fhir/fhirdossier.h"
#include "fhir/fhirrequests.h"
#include "fhirfixtures.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace careportal;
using namespace careportal::fhir;
using namespace careportal::test;

namespace {

// moc reads this file too and stumbles over this literal, so it does not see it.
#ifndef Q_MOC_RUN
const char *const kComposition = R"({
          "resourceType": "Composition", "id": "rep-1", "status": "final",
          "type": {"coding": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/report-kind",
                               "code": "zorgplanrapportage"}]},
          "date": "2026-12-01T10:05:00+01:00", "title": "Weekrapportage",
          "author": [{"reference": "PractitionerRole/role-eva-vp", "display": "Eva"}],
          "section": [{"text": {"status": "generated",
            "div": "<div xmlns='http:\/\/www.w3.org/1999/xhtml'><p>Douchen ging goed &amp; rustig.</p><p>Regel&#160;twee<br/>en drie &lt;3</p></div>"}},
                      {"text": {"div": "<div>Tweede sectie</div>"}}],
          "someFutureElement": [1, 2]
        })";
#endif

} // namespace

/// The mappings of the dossier (Patient, Composition, CarePlan), contact requests
/// (CommunicationRequest, Communication), absences (Task) and the access log (AuditEvent)
/// between FHIR R4 and the app's domain types (issue 22).
class TestFhirRecordMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:

    void dossierOverviewRead() {
        ResourceIndex included;
        included.insert(QStringLiteral("Practitioner/gp-1"), parse(R"({
          "resourceType": "Practitioner", "id": "gp-1",
          "name": [{"text": "Huisartsenpraktijk Het Voorbeeld"}],
          "telecom": [{"system": "email", "value": "x@example.nl"},
                      {"system": "phone", "value": "030-2223344", "use": "work"}]})"));
        included.insert(QStringLiteral("Organization/pharmacy-1"), parse(R"({
          "resourceType": "Organization", "id": "pharmacy-1", "name": "Apotheek De Vijzel",
          "type": [{"text": "pharmacy"}],
          "telecom": [{"system": "phone", "value": "030-5556677"}]})"));
        const DossierOverview overview = dossierOverview(parse(kPatient), included);
        QVERIFY(overview.available);
        QCOMPARE(overview.general.address, QStringLiteral("Voorbeeldstraat 12, 2e etage"));
        QCOMPARE(overview.general.postcode, QStringLiteral("1234 AB"));
        QCOMPARE(overview.general.city, QStringLiteral("Voorbeeldstad"));
        QCOMPARE(overview.general.birthDate, QDate(1941, 3, 14));
        QCOMPARE(overview.general.gpName, QStringLiteral("Huisartsenpraktijk Het Voorbeeld"));
        QCOMPARE(overview.general.gpPhone, QStringLiteral("030-2223344"));
        QCOMPARE(overview.general.pharmacyName, QStringLiteral("Apotheek De Vijzel"));
        QCOMPARE(overview.general.pharmacyPhone, QStringLiteral("030-5556677"));
        QCOMPARE(overview.kinds.size(), 3);
        QCOMPARE(overview.kinds.first().option.code, QStringLiteral("zorgplanrapportage"));
        QVERIFY(!overview.kinds.first().explanationNl.isEmpty());
        QCOMPARE(overview.disciplines.size(), 10);
        QCOMPARE(overview.disciplines.at(2).labelNl, QStringLiteral("Verpleging/Zorgteam"));
        // Without the included resources the references' displays are what is known.
        const DossierOverview bare = dossierOverview(parse(R"({
          "resourceType": "Patient", "id": "p",
          "generalPractitioner": [{"reference": "Practitioner/gp-1", "display": "Dr. Huis"},
                                  {"reference": "Organization/o", "display": "Apotheek Om De Hoek"}]
        })"),
                                                     {});
        QCOMPARE(bare.general.gpName, QStringLiteral("Dr. Huis"));
        QCOMPARE(bare.general.pharmacyName, QStringLiteral("Apotheek Om De Hoek"));
        QVERIFY(!dossierOverview(Resource(), {}).available);
    }

    void dossierReportRead() {
        ResourceIndex included;
        included.insert(QStringLiteral("PractitionerRole/role-eva-vp"), parse(R"({
          "resourceType": "PractitionerRole", "id": "role-eva-vp",
          "practitioner": {"reference": "Practitioner/carer-eva", "display": "Eva"},
          "code": [{"coding": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/discipline",
                                "code": "VP"}]}]})"));
        included.insert(QStringLiteral("Practitioner/carer-eva"), parse(R"({
          "resourceType": "Practitioner", "id": "carer-eva", "name": [{"text": "Eva", "given": ["Eva"]}]})"));
        const auto result = dossierReport(parse(kComposition), included);
        QVERIFY(result.ok());
        const DossierReport &report = result.value();
        QCOMPARE(report.id, QStringLiteral("rep-1"));
        QCOMPARE(report.kind, QStringLiteral("zorgplanrapportage"));
        QCOMPARE(report.discipline, QStringLiteral("VP"));
        QCOMPARE(report.author, QStringLiteral("Eva"));
        QCOMPARE(report.writtenAt, QDateTime(QDate(2026, 12, 1), QTime(9, 5), QTimeZone::utc()));
        QCOMPARE(report.title, QStringLiteral("Weekrapportage"));
        QCOMPARE(report.text, QStringLiteral("Douchen ging goed & rustig.\nRegel twee\nen drie <3"
                                             "\n\nTweede sectie"));
    }

    void dossierReportStrict_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("no id") << QStringLiteral(
            R"({"resourceType": "Composition", "date": "2026-12-01"})");
        QTest::newRow("no date") << QStringLiteral(R"({"resourceType": "Composition", "id": "r"})");
        QTest::newRow("bad date") << QStringLiteral(
            R"({"resourceType": "Composition", "id": "r", "date": "gisteren"})");
    }
    void dossierReportStrict() {
        QFETCH(QString, json);
        const auto result = dossierReport(parse(json.toUtf8().constData()), {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    }

    void careGoalsRead() {
        ResourceIndex included;
        included.insert(QStringLiteral("Goal/g1"), parse(R"({
          "resourceType": "Goal", "id": "g1", "description": {"text": "Zelfstandig douchen"}})"));
        included.insert(QStringLiteral("Goal/g2"), parse(R"({
          "resourceType": "Goal", "id": "g2", "description": {"text": "Veilig lopen"}})"));
        const QList<Resource> plans{parse(R"({
          "resourceType": "CarePlan", "id": "cp1", "status": "active",
          "title": "Hulp bij persoonlijke verzorging",
          "goal": [{"reference": "Goal/g1"}, {"reference": "Goal/g2"}],
          "activity": [
            {"detail": {"description": "Hulp bij douchen", "scheduledString": "2x per week",
                        "goal": [{"reference": "Goal/g1"}]}},
            {"detail": {"description": "Looprek oefenen", "scheduledString": "dagelijks",
                        "goal": [{"reference": "Goal/g2"}]}},
            {"detail": {"description": "Haren wassen", "goal": [{"reference": "Goal/g1"}]}}]
        })")};
        const auto result = careGoals(plans, included);
        QVERIFY(result.ok());
        const QList<CareGoal> &goals = result.value();
        QCOMPARE(goals.size(), 2);
        QCOMPARE(goals.at(0).id, QStringLiteral("g1"));
        QCOMPARE(goals.at(0).title, QStringLiteral("Zelfstandig douchen"));
        QCOMPARE(goals.at(0).careQuestion, QStringLiteral("Hulp bij persoonlijke verzorging"));
        QCOMPARE(goals.at(0).actions.size(), 2);
        QCOMPARE(goals.at(0).actions.at(0).description, QStringLiteral("Hulp bij douchen"));
        QCOMPARE(goals.at(0).actions.at(0).frequency, QStringLiteral("2x per week"));
        QVERIFY(!goals.at(0).actions.at(0).id.isEmpty());
        QCOMPARE(goals.at(1).actions.size(), 1);
        QCOMPARE(goals.at(1).actions.at(0).frequency, QStringLiteral("dagelijks"));
        for (const CareGoal &goal : goals)
            QVERIFY(goal.isValid());

        const auto withoutId = careGoals({parse(R"({"resourceType": "CarePlan"})")}, {});
        QCOMPARE(withoutId.error().kind, ApiError::Kind::BadResponse);
    }

    // --- Contact zorgorganisatie ----------------------------------------------------------

    void contactRequestRead() {
        const Resource request = parse(R"({
          "resourceType": "CommunicationRequest", "id": "demo-cr-1", "meta": {"versionId": "2"},
          "status": "completed",
          "category": [{"coding": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/contact-request-subject",
                                    "code": "planning"}]}],
          "payload": [{"contentString": "Kan de hulp op donderdag komen?"}],
          "authoredOn": "2026-11-25T10:15:00+01:00",
          "extension": [{"url": "https:\/\/example.org/unknown", "valueString": "x"}]})");
        const Resource answer = parse(R"json({
          "resourceType": "Communication", "id": "demo-cr-1-answer", "status": "completed",
          "basedOn": [{"reference": "CommunicationRequest/demo-cr-1"}],
          "sender": {"display": "Marloes (planning)"},
          "payload": [{"contentString": "Dat is geregeld."}],
          "sent": "2026-11-26T14:15:00+01:00"})json");
        const auto result = contactRequest(request, answer);
        QVERIFY(result.ok());
        const ContactRequest &read = result.value();
        QCOMPARE(read.id, QStringLiteral("demo-cr-1"));
        QCOMPARE(read.subject, QStringLiteral("planning"));
        QCOMPARE(read.message, QStringLiteral("Kan de hulp op donderdag komen?"));
        QVERIFY(read.done);
        QCOMPARE(read.createdAt, QDateTime(QDate(2026, 11, 25), QTime(9, 15), QTimeZone::utc()));
        QCOMPARE(read.answer, QStringLiteral("Dat is geregeld."));
        QCOMPARE(read.answeredBy, QStringLiteral("Marloes (planning)"));
        QCOMPARE(read.answeredAt, QDateTime(QDate(2026, 11, 26), QTime(13, 15), QTimeZone::utc()));
        QVERIFY(!read.answerReadAt.isValid());
        QCOMPARE(read.etag, QByteArray("W/\"2\""));

        // Marked read: received set once; the first opening is the one that stays.
        const QDateTime now(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc());
        const Resource readAnswer(markedRead(answer, now));
        QCOMPARE(contactRequest(request, readAnswer).value().answerReadAt, now);
        QCOMPARE(markedRead(readAnswer, now.addDays(1)), readAnswer.json());
    }

    void contactRequestStrict() {
        const auto noId = contactRequest(
            parse(R"({"resourceType": "CommunicationRequest", "authoredOn": "2026-11-25"})"), {});
        QCOMPARE(noId.error().kind, ApiError::Kind::BadResponse);
        const auto noDate =
            contactRequest(parse(R"({"resourceType": "CommunicationRequest", "id": "r"})"), {});
        QCOMPARE(noDate.error().kind, ApiError::Kind::BadResponse);
    }

    void contactRequestCreateRoundTrip() {
        ContactRequest typed;
        typed.subject = QStringLiteral("indicatie");
        typed.message = QStringLiteral("Wanneer wordt mijn indicatie herzien?");
        const QString key = QStringLiteral("3a9b6c1d-0000-4000-8000-000000000003");
        const QJsonObject body = communicationRequestFor(
            typed.toJson(), QStringLiteral("client-test"),
            QStringLiteral("RelatedPerson/rp-r-vertegenwoordiger-c-test"), key);
        QCOMPARE(identifierValue(body.value(QLatin1String("identifier")).toArray(), kUriSystem),
                 QStringLiteral("urn:uuid:") + key);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("active"));
        QCOMPARE(
            body.value(QLatin1String("requester")).toObject().value(QLatin1String("reference")),
            QStringLiteral("RelatedPerson/rp-r-vertegenwoordiger-c-test"));
        const auto read = contactRequest(stored(body, "cr-9", "1"), {});
        QVERIFY(read.ok());
        QCOMPARE(read.value().subject, typed.subject);
        QCOMPARE(read.value().message, typed.message);
        QVERIFY(!read.value().done);
        QVERIFY(qAbs(read.value().createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(contactRequestSubjects().size(), 4);
    }

    // --- Afwezigheid ----------------------------------------------------------------------

    void absenceRead_data() {
        QTest::addColumn<QString>("period");
        QTest::addColumn<QDate>("startDate");
        QTest::addColumn<QDate>("endDate");
        QTest::addColumn<bool>("wholeDay");
        QTest::addColumn<QTime>("startTime");
        QTest::addColumn<QTime>("endTime");
        QTest::newRow("whole days")
            << QStringLiteral(R"({"start": "2026-12-21", "end": "2026-12-28"})")
            << QDate(2026, 12, 21) << QDate(2026, 12, 28) << true << QTime() << QTime();
        QTest::newRow("open end") << QStringLiteral(R"({"start": "2026-12-21"})")
                                  << QDate(2026, 12, 21) << QDate() << true << QTime() << QTime();
        QTest::newRow("part of a day, in Amsterdam")
            << QStringLiteral(R"({"start": "2026-12-21T08:00:00Z", "end": "2026-12-21T11:30:00Z"})")
            << QDate(2026, 12, 21) << QDate() << false << QTime(9, 0) << QTime(12, 30);
        QTest::newRow("instants, midnight to midnight")
            << QStringLiteral(
                   R"({"start": "2026-07-01T00:00:00+02:00", "end": "2026-07-03T00:00:00+02:00"})")
            << QDate(2026, 7, 1) << QDate(2026, 7, 2) << true << QTime() << QTime();
    }
    void absenceRead() {
        QFETCH(QString, period);
        QFETCH(QDate, startDate);
        QFETCH(QDate, endDate);
        QFETCH(bool, wholeDay);
        QFETCH(QTime, startTime);
        QFETCH(QTime, endTime);
        const QByteArray json = R"({"resourceType": "Task", "id": "demo-absence-1",
          "meta": {"versionId": "1"}, "status": "completed", "intent": "order",
          "businessStatus": {"coding": [{"system": "https:\/\/example.org/x", "code": "late"}]},
          "authoredOn": "2026-12-04T10:15:00+01:00",
          "input": [{"type": {"text": "note"}, "valueString": "x"},
                    {"type": {"text": "absence-type"}, "valueCodeableConcept": {"coding": [
                      {"system": "https:\/\/careportal.example/fhir/CodeSystem/absence-type",
                       "code": "vakantie"}]}}],
          "note": [{"text": "Op vakantie"}],
          "executionPeriod": )" +
                                period.toUtf8() + "}";
        const auto result = absenceReport(parse(json.constData()));
        QVERIFY(result.ok());
        const AbsenceReport &report = result.value();
        QCOMPARE(report.id, QStringLiteral("demo-absence-1"));
        QCOMPARE(report.type, QStringLiteral("vakantie"));
        QCOMPARE(report.startDate, startDate);
        QCOMPARE(report.endDate, endDate);
        QCOMPARE(report.wholeDay, wholeDay);
        QCOMPARE(report.startTime, startTime);
        QCOMPARE(report.endTime, endTime);
        QVERIFY(report.late);
        QVERIFY(report.processed);
        QCOMPARE(report.createdAt, QDateTime(QDate(2026, 12, 4), QTime(9, 15), QTimeZone::utc()));
        QCOMPARE(report.etag, QByteArray("W/\"1\""));
    }

    void absenceStrict_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("no id") << QStringLiteral(
            R"({"resourceType": "Task", "executionPeriod": {"start": "2026-12-21"}})");
        QTest::newRow("no period") << QStringLiteral(R"({"resourceType": "Task", "id": "t"})");
        QTest::newRow("no start") << QStringLiteral(
            R"({"resourceType": "Task", "id": "t", "executionPeriod": {"end": "2026-12-21"}})");
    }
    void absenceStrict() {
        QFETCH(QString, json);
        const auto result = absenceReport(parse(json.toUtf8().constData()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    }

    void absenceCreateRoundTrip_data() {
        QTest::addColumn<bool>("wholeDay");
        QTest::addColumn<QDate>("endDate");
        QTest::newRow("whole days") << true << QDate(2026, 12, 24);
        QTest::newRow("open end") << true << QDate();
        QTest::newRow("part of a day") << false << QDate();
    }
    void absenceCreateRoundTrip() {
        QFETCH(bool, wholeDay);
        QFETCH(QDate, endDate);
        AbsenceReport typed;
        typed.type = QStringLiteral("opname");
        typed.startDate = QDate(2026, 12, 21);
        typed.endDate = endDate;
        typed.wholeDay = wholeDay;
        if (!wholeDay) {
            typed.startTime = QTime(9, 0);
            typed.endTime = QTime(12, 30);
        }
        const QString key = QStringLiteral("c0ffee00-0000-4000-8000-000000000004");
        const QJsonObject body =
            absenceTaskFor(typed.toJson(), QStringLiteral("client-test"),
                           QStringLiteral("Patient/client-test"), key, QDate(2026, 12, 7), 3);
        QCOMPARE(identifierValue(body.value(QLatin1String("identifier")).toArray(), kUriSystem),
                 QStringLiteral("urn:uuid:") + key);
        QCOMPARE(codeIn(body.value(QLatin1String("code")).toObject(),
                        codeSystem(QStringLiteral("task-type"))),
                 QStringLiteral("afwezigheid"));
        QCOMPARE(
            referencedId(body.value(QLatin1String("for")).toObject(), QStringLiteral("Patient")),
            QStringLiteral("client-test"));
        const auto read = absenceReport(stored(body, "t-9", "1"));
        QVERIFY(read.ok());
        const AbsenceReport &report = read.value();
        QCOMPARE(report.type, typed.type);
        QCOMPARE(report.startDate, typed.startDate);
        QCOMPARE(report.endDate, typed.endDate);
        QCOMPARE(report.wholeDay, typed.wholeDay);
        QCOMPARE(report.startTime, typed.startTime);
        QCOMPARE(report.endTime, typed.endTime);
        QVERIFY(!report.late); // two weeks ahead
        QVERIFY(!report.processed);
        QVERIFY(report.createdAt.isValid());
    }

    void absenceLateRule_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("late");
        // Wednesday 25 Nov 2026 with 3 working days' notice: the deadline is Friday 20 Nov.
        QTest::newRow("on the deadline") << QDate(2026, 11, 20) << QDate(2026, 11, 25) << false;
        QTest::newRow("the weekend after") << QDate(2026, 11, 21) << QDate(2026, 11, 25) << true;
        QTest::newRow("the Monday after") << QDate(2026, 11, 23) << QDate(2026, 11, 25) << true;
        QTest::newRow("well ahead") << QDate(2026, 11, 2) << QDate(2026, 11, 25) << false;
        // Monday 28 Dec 2026: Christmas and the weekend do not count, the deadline is Tue 22.
        QTest::newRow("over Christmas, in time")
            << QDate(2026, 12, 22) << QDate(2026, 12, 28) << false;
        QTest::newRow("over Christmas, late") << QDate(2026, 12, 23) << QDate(2026, 12, 28) << true;
        QTest::newRow("already begun") << QDate(2026, 12, 29) << QDate(2026, 12, 28) << true;
    }
    void absenceLateRule() {
        QFETCH(QDate, today);
        QFETCH(QDate, start);
        QFETCH(bool, late);
        AbsenceReport typed;
        typed.type = QStringLiteral("vakantie");
        typed.startDate = start;
        const QJsonObject body =
            absenceTaskFor(typed.toJson(), QStringLiteral("p"), QStringLiteral("Patient/p"),
                           QStringLiteral("k"), today, 3);
        QCOMPARE(body.contains(QLatin1String("businessStatus")), late);
        QCOMPARE(absenceReport(stored(body, "t", "1")).value().late, late);
    }

    void absenceTypesAreTheServers() {
        const QList<LabelledOption> types = absenceTypes();
        QCOMPARE(types.size(), 4);
        QCOMPARE(types.at(3).labelNl, QStringLiteral("I.v.m. actuele gezondheidsrisico's"));
    }

    // --- Wie heeft mijn gegevens ingezien -------------------------------------------------

    void accessLogRead_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("object");
        QTest::newRow("demo: read, free-text role, only the patient")
            << QStringLiteral(R"({"resourceType": "AuditEvent", "id": "a1",
                 "recorded": "2026-12-06T09:30:00+01:00", "action": "R",
                 "subtype": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/audit-subtype",
                              "code": "planning-ingezien", "display": "Planning ingezien"}],
                 "agent": [{"who": {"display": "Sanne"}, "requestor": true,
                            "role": [{"text": "Zorgverlener"}],
                            "network": {"address": "192.0.2.10", "type": "2"}}],
                 "source": {"observer": {"display": "ECD Thuiszorg De Linde"}},
                 "entity": [{"what": {"reference": "Patient/client-test"}}],
                 "unknown": 1})")
            << QStringLiteral("read") << QStringLiteral("Zorgverlener")
            << QStringLiteral("Planning ingezien");
        QTest::newRow("search of appointments, coded role")
            << QStringLiteral(R"({"resourceType": "AuditEvent", "id": "a2",
                 "recorded": "2026-12-06T09:30:00Z", "action": "E",
                 "subtype": [{"system": "http:\/\/hl7.org/fhir/restful-interaction", "code": "search-type"}],
                 "agent": [{"who": {"display": "Systeem"}, "requestor": false},
                           {"who": {"display": "Sanne"}, "requestor": true,
                            "role": [{"coding": [{"system": "https:\/\/careportal.example/x", "code": "staff"}]}],
                            "network": {"address": "192.0.2.10"}}],
                 "source": {"observer": {"display": "ECD Thuiszorg De Linde"}},
                 "entity": [{"what": {"reference": "Patient/client-test"}},
                            {"what": {"reference": "Appointment/v1"}}]})")
            << QStringLiteral("search") << QStringLiteral("staff")
            << QStringLiteral("appointments");
        QTest::newRow("update of a contact person")
            << QStringLiteral(R"({"resourceType": "AuditEvent", "id": "a3",
                 "recorded": "2026-12-06T09:30:00Z", "action": "U",
                 "agent": [{"who": {"display": "Sanne"}, "requestor": true}],
                 "source": {"observer": {"display": "ECD Thuiszorg De Linde"}},
                 "entity": [{"what": {"reference": "https:\/\/fhir.example/R4/RelatedPerson/cp-1/_history/2"}}]})")
            << QStringLiteral("change") << QString() << QStringLiteral("contact-persons/cp-1");
        QTest::newRow("export") << QStringLiteral(R"({"resourceType": "AuditEvent", "id": "a4",
                 "recorded": "2026-12-06T09:30:00Z", "action": "R",
                 "subtype": [{"system": "http:\/\/dicom.nema.org/resources/ontology/DCM", "code": "110106",
                              "display": "Export"}],
                 "agent": [{"who": {"display": "Sanne"}, "requestor": true}],
                 "source": {"observer": {"display": "ECD Thuiszorg De Linde"}},
                 "entity": [{"what": {"reference": "Composition/rep-1"}}]})")
                                << QStringLiteral("export") << QString()
                                << QStringLiteral("dossier");
    }
    void accessLogRead() {
        QFETCH(QString, json);
        QFETCH(QString, event);
        QFETCH(QString, role);
        QFETCH(QString, object);
        const auto result = accessLogEntry(parse(json.toUtf8().constData()));
        QVERIFY(result.ok());
        const AccessLogEntry &entry = result.value();
        QVERIFY(entry.isValid());
        QCOMPARE(entry.at, QDateTime(QDate(2026, 12, 6), QTime(8, 30), QTimeZone::utc())
                               .addSecs(entry.id == QLatin1String("a1") ? 0 : 3600));
        QCOMPARE(entry.event, event);
        QCOMPARE(entry.user, QStringLiteral("Sanne"));
        QCOMPARE(entry.role, role);
        QCOMPARE(entry.device, QStringLiteral("ECD Thuiszorg De Linde"));
        QCOMPARE(entry.address, entry.id == QLatin1String("a1") || entry.id == QLatin1String("a2")
                                    ? QStringLiteral("192.0.2.10")
                                    : QString());
        QCOMPARE(entry.object, object);
    }

    void accessLogStrict() {
        const auto noId = accessLogEntry(
            parse(R"({"resourceType": "AuditEvent", "recorded": "2026-12-06T09:30:00Z"})"));
        QCOMPARE(noId.error().kind, ApiError::Kind::BadResponse);
        const auto noRecorded =
            accessLogEntry(parse(R"({"resourceType": "AuditEvent", "id": "a"})"));
        QCOMPARE(noRecorded.error().kind, ApiError::Kind::BadResponse);
    }
};

QTEST_APPLESS_MAIN(TestFhirRecordMapping)
#include "tst_fhirrecordmapping.moc"
