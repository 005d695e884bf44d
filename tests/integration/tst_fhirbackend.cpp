// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The FHIR backend (issue 22) against a FHIR server we did not write: Medplum's FHIR router
// (tools/fhir-server) on loopback over TLS, loaded with the demo for today. Every screen's
// data, paging, versions, the server's refusals and malformed answers.

#include "fhirharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace careportal;
using namespace careportal::test;

namespace {

// The demo's visits of a client on these weekdays from `from` to `to`, both inclusive.
int weekdaysBetween(QDate from, QDate to, const QList<int> &weekdays) {
    int count = 0;
    for (QDate day = from; day <= to; day = day.addDays(1))
        count += weekdays.contains(day.dayOfWeek()) ? 1 : 0;
    return count;
}

QDate nextWeekday(int weekday, int weeksAhead) {
    QDate day = QDate::currentDate().addDays(1);
    while (day.dayOfWeek() != weekday)
        day = day.addDays(1);
    return day.addDays(7 * weeksAhead);
}

} // namespace

class FhirBackendTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organisationOffersWhatTheServerServes();
    void loginChecksTheTokenAndTheUser();
    void representativeActsForBothClients();
    void providerLoginUsesAccessTokenAndFhirUser();
    void planningReadsEveryPage();
    void unchangedPlanningIsReportedUnchanged();
    void changedVisitIsReadAndCancelledOneLeaves();
    void contactDetailsAreReadConditionally();
    void contactPersonsAreRead();
    void dossierPagesThroughReports();
    void carePlanAndAccessLogAreRead();
    void contactRequestsComeWithTheirAnswers();
    void absencesAreRead();
    void operationOutcomeBecomesTypedError();
    void unknownResourceTypeIsClearError();
    void visitWithoutStartIsClearError();
    void nextLinkToAnotherServerIsRefused();

private:
    FhirHarness m_fhir;
};

void FhirBackendTest::initTestCase() {
    if (!FhirServerProcess::isInstalled())
        QSKIP("tools/fhir-server is not installed (scripts/test.sh runs npm ci there)");
    QVERIFY2(m_fhir.start(), qPrintable(m_fhir.server.errorOutput()));
}

void FhirBackendTest::organisationOffersWhatTheServerServes() {
    const auto organisation = FhirHarness::await(m_fhir.backend->organisation());
    QVERIFY(organisation && organisation->ok());
    const QStringList features = organisation->value().features;
    for (const char *feature : {"planning", "contactDetails", "contactPersons", "contactRequests",
                                "absence", "dossier", "accessLog"})
        QVERIFY2(features.contains(QLatin1String(feature)), feature);
    // The login is the identity provider's: no password pages from a FHIR server.
    QVERIFY(!features.contains(QStringLiteral("changePassword")));
    QVERIFY(!features.contains(QStringLiteral("accountSecurity")));
    QCOMPARE(organisation->value().name, QStringLiteral("Thuiszorg De Linde"));
}

void FhirBackendTest::loginChecksTheTokenAndTheUser() {
    FhirBackend *backend = m_fhir.backend.get();
    const auto wrongToken = FhirHarness::await(
        backend->login(QStringLiteral("c.test@example.nl"), QStringLiteral("niet-dit"), {}));
    QVERIFY(wrongToken && !wrongToken->ok());
    QCOMPARE(wrongToken->error().kind, ApiError::Kind::Unauthorized);
    const auto unknownUser = FhirHarness::await(
        backend->login(QStringLiteral("niemand@example.nl"), FhirHarness::token, {}));
    QVERIFY(unknownUser && !unknownUser->ok());
    QCOMPARE(unknownUser->error().kind, ApiError::Kind::Unauthorized);

    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const auto account = FhirHarness::await(backend->me());
    QVERIFY(account && account->ok());
    QCOMPARE(account->value().displayName, QStringLiteral("mevrouw C. Test"));
    QCOMPARE(account->value().clients.size(), 1);
    QCOMPARE(account->value().clients.first().id, QStringLiteral("client-c-test"));
    QCOMPARE(account->value().clients.first().relation, QStringLiteral("self"));
    // The token the app keeps is no plain copy of the bearer it holds.
    const auto login = FhirHarness::await(
        backend->login(QStringLiteral("c.test@example.nl"), FhirHarness::token, {}));
    QVERIFY(login && login->ok());
    QVERIFY(!login->value().token.contains(FhirHarness::token.toLatin1()));
}

void FhirBackendTest::representativeActsForBothClients() {
    QVERIFY(m_fhir.logIn(QStringLiteral("r.vertegenwoordiger@example.nl")));
    const auto account = FhirHarness::await(m_fhir.backend->me());
    QVERIFY(account && account->ok());
    QCOMPARE(account->value().clients.size(), 2);
    for (const ClientRef &client : account->value().clients) {
        if (client.id == QLatin1String("client-j-voorbeeld")) {
            QCOMPARE(client.relation, QStringLiteral("representative"));
            QVERIFY(client.rights.contains(QStringLiteral("dossier")));
        } else {
            QCOMPARE(client.id, QStringLiteral("client-c-test"));
            QCOMPARE(client.relation, QStringLiteral("contact"));
            QVERIFY(!client.rights.contains(QStringLiteral("dossier")));
        }
    }
}

// An ID token as the provider hands it over (the app reads its claims; the FHIR server
// checks the access token). The signature is not the app's to check again.
static QByteArray idTokenWith(const QJsonObject &claims) {
    const auto part = [](const QJsonObject &json) {
        return QJsonDocument(json)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + '.' + part(claims) +
           ".c2lnbmF0dXJl";
}

void FhirBackendTest::providerLoginUsesAccessTokenAndFhirUser() {
    FhirBackend *backend = m_fhir.backend.get();
    // The test server takes one static token: it stands in for the provider's access token.
    const QByteArray accessToken = FhirHarness::token.toLatin1();
    const auto unlinked = FhirHarness::await(
        backend->loginWithIdToken(idTokenWith({{QStringLiteral("sub"), QStringLiteral("abc")}}),
                                  QStringLiteral("n"), accessToken));
    QVERIFY(unlinked && !unlinked->ok());
    QVERIFY(unlinked->error().message(QStringLiteral("nl")).contains(QStringLiteral("cliënt")));

    const auto login = FhirHarness::await(backend->loginWithIdToken(
        idTokenWith({{QStringLiteral("sub"), QStringLiteral("abc")},
                     {QStringLiteral("fhirUser"),
                      QStringLiteral("RelatedPerson/rp-r-vertegenwoordiger-j-voorbeeld")}}),
        QStringLiteral("n"), accessToken));
    QVERIFY(login);
    QVERIFY2(login->ok(), qPrintable(login->error().message(QStringLiteral("en"))));
    backend->setSessionTokens(login->value().tokens());
    const auto account = FhirHarness::await(backend->me());
    QVERIFY(account && account->ok());
    QCOMPARE(account->value().clients.size(), 1);
    QCOMPARE(account->value().clients.first().id, QStringLiteral("client-j-voorbeeld"));
    QCOMPARE(account->value().clients.first().relation, QStringLiteral("representative"));
    const auto planning = FhirHarness::await(
        backend->appointments(QStringLiteral("client-j-voorbeeld"), QDate::currentDate(),
                              QDate::currentDate().addDays(14), {}));
    QVERIFY(planning && planning->ok() && !planning->value().appointments.isEmpty());
}

void FhirBackendTest::planningReadsEveryPage() {
    QVERIFY(m_fhir.logIn(QStringLiteral("j.voorbeeld@example.nl")));
    // Twice a week for a year: more than one page of 100.
    const QDate from = QDate::currentDate().addMonths(-6);
    const QDate to = QDate::currentDate().addMonths(6);
    const auto page = FhirHarness::await(
        m_fhir.backend->appointments(QStringLiteral("client-j-voorbeeld"), from, to, {}));
    QVERIFY(page);
    QVERIFY2(page->ok(), qPrintable(page->error().message(QStringLiteral("en"))));
    const int expected = weekdaysBetween(from, to, {Qt::Monday, Qt::Thursday});
    QVERIFY(expected > 100);
    QCOMPARE(page->value().appointments.size(), expected);
    const Appointment &first = page->value().appointments.first();
    QCOMPARE(first.helpType, QStringLiteral("HV 2"));
    QVERIFY(!first.carerName.isEmpty());
    QVERIFY(!first.carerName.contains(QLatin1Char(' '))); // first names only
    QVERIFY(first.start < page->value().appointments.last().start);
}

void FhirBackendTest::unchangedPlanningIsReportedUnchanged() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const QDate from = QDate::currentDate();
    const QDate to = from.addDays(60);
    const auto first = FhirHarness::await(
        m_fhir.backend->appointments(QStringLiteral("client-c-test"), from, to, {}));
    QVERIFY(first && first->ok());
    QVERIFY(!first->value().etag.isEmpty());
    const auto again = FhirHarness::await(m_fhir.backend->appointments(
        QStringLiteral("client-c-test"), from, to, first->value().etag));
    QVERIFY(again && again->ok());
    QVERIFY(again->value().notModified);
    QVERIFY(again->value().appointments.isEmpty());
}

void FhirBackendTest::changedVisitIsReadAndCancelledOneLeaves() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const QDate from = QDate::currentDate();
    const QDate to = from.addDays(60);
    const auto before = FhirHarness::await(
        m_fhir.backend->appointments(QStringLiteral("client-c-test"), from, to, {}));
    QVERIFY(before && before->ok());

    // The organisation's system moves one visit an hour later and cancels another.
    const QString moved = QStringLiteral("client-c-test-") +
                          nextWeekday(Qt::Wednesday, 2).toString(QStringLiteral("yyyyMMdd"));
    const QString cancelled = QStringLiteral("client-c-test-") +
                              nextWeekday(Qt::Wednesday, 3).toString(QStringLiteral("yyyyMMdd"));
    auto *system = m_fhir.organisationSystem.get();
    const QString bearer = FhirHarness::token;
    auto visit = system->get(QStringLiteral("/Appointment/") + moved, bearer);
    QCOMPARE(visit.status, 200);
    QJsonObject changed = visit.json;
    const QDateTime start =
        QDateTime::fromString(changed.value(QLatin1String("start")).toString(), Qt::ISODate);
    changed.insert(QStringLiteral("start"), start.addSecs(3600).toString(Qt::ISODate));
    QCOMPARE(system->put(QStringLiteral("/Appointment/") + moved, changed, bearer).status, 200);
    visit = system->get(QStringLiteral("/Appointment/") + cancelled, bearer);
    QCOMPARE(visit.status, 200);
    changed = visit.json;
    changed.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    QCOMPARE(system->put(QStringLiteral("/Appointment/") + cancelled, changed, bearer).status, 200);

    const auto after = FhirHarness::await(m_fhir.backend->appointments(
        QStringLiteral("client-c-test"), from, to, before->value().etag));
    QVERIFY(after && after->ok());
    QVERIFY(!after->value().notModified);
    QCOMPARE(after->value().appointments.size(), before->value().appointments.size() - 1);
    bool sawMoved = false;
    for (const Appointment &appointment : after->value().appointments) {
        QVERIFY(appointment.id != cancelled);
        if (appointment.id == moved) {
            sawMoved = true;
            QCOMPARE(appointment.start.toUTC(), start.addSecs(3600).toUTC());
        }
    }
    QVERIFY(sawMoved);
}

void FhirBackendTest::contactDetailsAreReadConditionally() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const auto details =
        FhirHarness::await(m_fhir.backend->contactDetails(QStringLiteral("client-c-test"), {}));
    QVERIFY(details && details->ok());
    QVERIFY(!details->value().items.isEmpty());
    QVERIFY(!details->value().etag.isEmpty());
    for (const ContactDetail &detail : details->value().items)
        QVERIFY(detail.isValid());
    // If-None-Match with the patient's version: a 304, nothing to parse.
    const auto again = FhirHarness::await(
        m_fhir.backend->contactDetails(QStringLiteral("client-c-test"), details->value().etag));
    QVERIFY(again && again->ok());
    QVERIFY(again->value().notModified);
}

void FhirBackendTest::contactPersonsAreRead() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const auto types = FhirHarness::await(m_fhir.backend->contactPersonTypes());
    QVERIFY(types && types->ok() && !types->value().isEmpty());
    const auto persons =
        FhirHarness::await(m_fhir.backend->contactPersons(QStringLiteral("client-c-test"), {}));
    QVERIFY(persons && persons->ok());
    QVERIFY(!persons->value().items.isEmpty());
    for (const ContactPerson &person : persons->value().items) {
        QVERIFY(person.isValid());
        QVERIFY(!person.etag.isEmpty());
    }
    const auto again = FhirHarness::await(
        m_fhir.backend->contactPersons(QStringLiteral("client-c-test"), persons->value().etag));
    QVERIFY(again && again->ok() && again->value().notModified);
}

void FhirBackendTest::dossierPagesThroughReports() {
    QVERIFY(m_fhir.logIn(QStringLiteral("j.voorbeeld@example.nl")));
    const QString client = QStringLiteral("client-j-voorbeeld");
    const auto overview = FhirHarness::await(m_fhir.backend->dossier(client));
    QVERIFY(overview && overview->ok());
    QVERIFY(overview->value().available);
    QVERIFY(!overview->value().general.gpName.isEmpty());
    QVERIFY(overview->value().general.birthDate.isValid());
    QVERIFY(!overview->value().kinds.isEmpty());

    const auto first = FhirHarness::await(m_fhir.backend->dossierReports(client, {}, {}, 20));
    QVERIFY(first && first->ok());
    QCOMPARE(first->value().reports.size(), 20);
    QVERIFY(!first->value().nextCursor.isEmpty());
    const auto second = FhirHarness::await(
        m_fhir.backend->dossierReports(client, {}, first->value().nextCursor, 20));
    QVERIFY(second && second->ok());
    QVERIFY(!second->value().reports.isEmpty());
    QVERIFY(second->value().reports.first().id != first->value().reports.first().id);
    // Newest first, across the pages.
    QVERIFY(first->value().reports.last().writtenAt >= second->value().reports.first().writtenAt);
    const DossierReport &report = first->value().reports.first();
    QVERIFY(!report.text.isEmpty() && !report.title.isEmpty() && !report.discipline.isEmpty());

    const QString kind = report.kind;
    const auto ofKind = FhirHarness::await(m_fhir.backend->dossierReports(client, kind, {}, 50));
    QVERIFY(ofKind && ofKind->ok() && !ofKind->value().reports.isEmpty());
    for (const DossierReport &each : ofKind->value().reports)
        QCOMPARE(each.kind, kind);
}

void FhirBackendTest::carePlanAndAccessLogAreRead() {
    QVERIFY(m_fhir.logIn(QStringLiteral("j.voorbeeld@example.nl")));
    const QString client = QStringLiteral("client-j-voorbeeld");
    const auto goals = FhirHarness::await(m_fhir.backend->carePlan(client));
    QVERIFY(goals && goals->ok());
    QVERIFY(!goals->value().isEmpty());
    QVERIFY(!goals->value().first().actions.isEmpty());
    const QDate today = QDate::currentDate();
    const auto log =
        FhirHarness::await(m_fhir.backend->accessLog(client, today.addMonths(-3), today, {}, 50));
    QVERIFY(log && log->ok());
    QVERIFY(!log->value().entries.isEmpty());
    QVERIFY(!log->value().entries.first().user.isEmpty());
}

void FhirBackendTest::contactRequestsComeWithTheirAnswers() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const auto subjects = FhirHarness::await(m_fhir.backend->contactRequestSubjects());
    QVERIFY(subjects && subjects->ok() && subjects->value().size() == 4);
    const auto requests = FhirHarness::await(
        m_fhir.backend->contactRequests(QStringLiteral("client-c-test"), {}, {}));
    QVERIFY(requests && requests->ok());
    QVERIFY(!requests->value().items.isEmpty());
    const auto answered =
        std::find_if(requests->value().items.cbegin(), requests->value().items.cend(),
                     [](const ContactRequest &request) { return request.done; });
    QVERIFY(answered != requests->value().items.cend());
    QVERIFY(!answered->answer.isEmpty());
    const auto read = FhirHarness::await(
        m_fhir.backend->markAnswerRead(QStringLiteral("client-c-test"), answered->id));
    QVERIFY(read && read->ok());
    QVERIFY(read->value().answerReadAt.isValid());
}

void FhirBackendTest::absencesAreRead() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const auto types = FhirHarness::await(m_fhir.backend->absenceTypes());
    QVERIFY(types && types->ok() && !types->value().isEmpty());
    const auto absences =
        FhirHarness::await(m_fhir.backend->absences(QStringLiteral("client-c-test"), {}));
    QVERIFY(absences && absences->ok());
    QVERIFY(!absences->value().items.isEmpty());
    QVERIFY(absences->value().items.first().startDate.isValid());
}

void FhirBackendTest::operationOutcomeBecomesTypedError() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    QVERIFY(m_fhir.server.failNext(QStringLiteral("POST"), QStringLiteral("CommunicationRequest"),
                                   422, QStringLiteral("Het onderwerp ontbreekt")));
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::ContactRequest;
    write.clientId = QStringLiteral("client-c-test");
    write.fields = {{QStringLiteral("subject"), QStringLiteral("planning")},
                    {QStringLiteral("message"), QStringLiteral("Kan de zorg later komen?")}};
    write.idempotencyKey = QueuedWrite::newKey();
    const auto refused = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ApiError::Kind::Validation);
    QVERIFY(refused->error()
                .message(QStringLiteral("nl"))
                .contains(QStringLiteral("Het onderwerp ontbreekt")));
    QVERIFY(
        refused->error().message(QStringLiteral("nl")).startsWith(QStringLiteral("Het systeem")));
}

void FhirBackendTest::unknownResourceTypeIsClearError() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const QJsonObject bundle =
        FhirHarness::searchsetOf({{QStringLiteral("resourceType"), QStringLiteral("Zorgmoment")},
                                  {QStringLiteral("id"), QStringLiteral("x")}});
    QVERIFY(m_fhir.server.rawNext(QStringLiteral("Appointment"), bundle));
    const QDate today = QDate::currentDate();
    const auto page = FhirHarness::await(m_fhir.backend->appointments(
        QStringLiteral("client-c-test"), today, today.addDays(30), {}));
    QVERIFY(page && !page->ok());
    QCOMPARE(page->error().kind, ApiError::Kind::BadResponse);
}

void FhirBackendTest::visitWithoutStartIsClearError() {
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
    const QJsonObject bundle = FhirHarness::searchsetOf(FhirHarness::visitWithoutStart());
    QVERIFY(m_fhir.server.rawNext(QStringLiteral("Appointment"), bundle));
    const QDate today = QDate::currentDate();
    const auto page = FhirHarness::await(m_fhir.backend->appointments(
        QStringLiteral("client-c-test"), today, today.addDays(30), {}));
    QVERIFY(page && !page->ok());
    QCOMPARE(page->error().kind, ApiError::Kind::BadResponse);
    // The next call, answered by the server itself, works as before: nothing was broken.
    const auto next = FhirHarness::await(m_fhir.backend->appointments(
        QStringLiteral("client-c-test"), today, today.addDays(30), {}));
    QVERIFY(next && next->ok());
}

void FhirBackendTest::nextLinkToAnotherServerIsRefused() {
    QVERIFY(m_fhir.logIn(QStringLiteral("j.voorbeeld@example.nl")));
    // A cursor is the server's next link; one to another host would carry the token away.
    const auto page = FhirHarness::await(m_fhir.backend->dossierReports(
        QStringLiteral("client-j-voorbeeld"), {},
        QStringLiteral("https://elders.example/fhir/R4/Composition?_page=2"), 20));
    QVERIFY(page && !page->ok());
    QCOMPARE(page->error().kind, ApiError::Kind::BadResponse);
}

QTEST_GUILESS_MAIN(FhirBackendTest)
#include "tst_fhirbackend.moc"
