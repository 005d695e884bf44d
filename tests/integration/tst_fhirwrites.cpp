// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The FHIR backend's writes (issue 22) against Medplum's FHIR router: each delivered exactly
// once even when its answer is lost, edits refused when the resource changed meanwhile (a
// 412 with the server's version), deletes that find the item gone.

#include "fhirharness.h"

#include <QTest>

using namespace careportal;
using namespace careportal::test;

namespace {

QueuedWrite writeOf(QueuedWrite::Kind kind, QueuedWrite::Operation operation,
                    const QJsonObject &fields, const QString &targetId = {},
                    const QByteArray &ifMatch = {}) {
    QueuedWrite write;
    write.kind = kind;
    write.operation = operation;
    write.clientId = QStringLiteral("client-c-test");
    write.targetId = targetId;
    write.fields = fields;
    write.ifMatch = ifMatch;
    write.idempotencyKey = QueuedWrite::newKey();
    return write;
}

QJsonObject personFields(const QString &name) {
    return {{QStringLiteral("name"), name},
            {QStringLiteral("phone1"), QStringLiteral("06 12 34 56 78")},
            {QStringLiteral("email"), QStringLiteral("buur@example.nl")},
            {QStringLiteral("type"), QStringLiteral("buur")},
            {QStringLiteral("primary"), false},
            {QStringLiteral("remarks"), QStringLiteral("Heeft een sleutel")}};
}

} // namespace

class FhirWritesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contactPersonIsCreatedOnceThoughTheAnswerIsLost();
    void contactPersonEditWithStaleVersionShowsTheServers();
    void contactPersonDeleteFindsItGone();
    void contactDetailIsAddedOnceThoughTheAnswerIsLost();
    void contactDetailEditOfAnotherDetailIsNotRefused();
    void contactDetailEditWithStaleVersionShowsTheServers();
    void contactRequestIsSentOnce();
    void absenceIsReportedOnce();
    void businessWriteIsRefusedNotKept();

private:
    [[nodiscard]] QList<ContactPerson> persons();
    [[nodiscard]] QList<ContactDetail> details();

    FhirHarness m_fhir;
};

void FhirWritesTest::initTestCase() {
    if (!FhirServerProcess::isInstalled())
        QSKIP("tools/fhir-server is not installed (scripts/test.sh runs npm ci there)");
    QVERIFY2(m_fhir.start(), qPrintable(m_fhir.server.errorOutput()));
    QVERIFY(m_fhir.logIn(QStringLiteral("c.test@example.nl")));
}

QList<ContactPerson> FhirWritesTest::persons() {
    const auto list =
        FhirHarness::await(m_fhir.backend->contactPersons(QStringLiteral("client-c-test"), {}));
    return list && list->ok() ? list->value().items : QList<ContactPerson>();
}

QList<ContactDetail> FhirWritesTest::details() {
    const auto list =
        FhirHarness::await(m_fhir.backend->contactDetails(QStringLiteral("client-c-test"), {}));
    return list && list->ok() ? list->value().items : QList<ContactDetail>();
}

void FhirWritesTest::contactPersonIsCreatedOnceThoughTheAnswerIsLost() {
    const qsizetype before = persons().size();
    const QueuedWrite write =
        writeOf(QueuedWrite::Kind::ContactPerson, QueuedWrite::Operation::Create,
                personFields(QStringLiteral("K. Buurvrouw")));
    QVERIFY(m_fhir.server.loseNextAnswer(QStringLiteral("POST"), QStringLiteral("RelatedPerson")));
    // The server makes it and closes the connection unanswered. Either the attempt fails
    // (the outbox keeps it and sends it again) or Qt sends the request again on a new
    // connection by itself; in both cases the server has seen the write before.
    const auto lost = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(lost);
    QVERIFY(!lost->ok() || lost->value().replayed);

    const auto again = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(again->error().message(QStringLiteral("en"))));
    QVERIFY(again->value().replayed);
    const ContactPerson stored = ContactPerson::fromJson(again->value().item);
    QCOMPARE(stored.name, QStringLiteral("K. Buurvrouw"));
    QCOMPARE(stored.type, QStringLiteral("buur"));
    QCOMPARE(stored.remarks, QStringLiteral("Heeft een sleutel"));
    const QList<ContactPerson> after = persons();
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(std::count_if(after.cbegin(), after.cend(),
                           [](const ContactPerson &p) { return p.name == u"K. Buurvrouw"; }),
             1);
}

void FhirWritesTest::contactPersonEditWithStaleVersionShowsTheServers() {
    const QList<ContactPerson> list = persons();
    const auto neighbour = std::find_if(list.cbegin(), list.cend(), [](const ContactPerson &p) {
        return p.name == u"K. Buurvrouw";
    });
    QVERIFY(neighbour != list.cend());
    // The app edits the version it has...
    QJsonObject fields = personFields(QStringLiteral("K. Buurvrouw"));
    fields.insert(QStringLiteral("phone1"), QStringLiteral("06 87 65 43 21"));
    const auto edited = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactPerson, QueuedWrite::Operation::Update, fields,
                neighbour->id, neighbour->etag)));
    QVERIFY(edited && edited->ok());
    QCOMPARE(ContactPerson::fromJson(edited->value().item).phone1,
             QStringLiteral("06 87 65 43 21"));
    // ...and an edit made to the version before that is refused with the server's version.
    fields.insert(QStringLiteral("phone1"), QStringLiteral("06 00 00 00 00"));
    const auto stale = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactPerson, QueuedWrite::Operation::Update, fields,
                neighbour->id, neighbour->etag)));
    QVERIFY(stale && !stale->ok());
    QCOMPARE(stale->error().httpStatus, 412);
    QCOMPARE(ContactPerson::fromJson(stale->error().current).phone1,
             QStringLiteral("06 87 65 43 21"));
}

void FhirWritesTest::contactPersonDeleteFindsItGone() {
    const QList<ContactPerson> list = persons();
    const auto neighbour = std::find_if(list.cbegin(), list.cend(), [](const ContactPerson &p) {
        return p.name == u"K. Buurvrouw";
    });
    QVERIFY(neighbour != list.cend());
    const QueuedWrite remove =
        writeOf(QueuedWrite::Kind::ContactPerson, QueuedWrite::Operation::Delete, {}, neighbour->id,
                neighbour->etag);
    const auto removed = FhirHarness::await(m_fhir.backend->deliver(remove));
    QVERIFY(removed && removed->ok());
    QCOMPARE(persons().size(), list.size() - 1);
    // Sent again (its answer lost): the person is gone, and that is what was asked.
    const auto again = FhirHarness::await(m_fhir.backend->deliver(remove));
    QVERIFY(again && again->ok());
}

void FhirWritesTest::contactDetailIsAddedOnceThoughTheAnswerIsLost() {
    const qsizetype before = details().size();
    const QueuedWrite write =
        writeOf(QueuedWrite::Kind::ContactDetail, QueuedWrite::Operation::Create,
                {{QStringLiteral("kind"), QStringLiteral("email")},
                 {QStringLiteral("value"), QStringLiteral("c.test.tweede@example.nl")},
                 {QStringLiteral("remark"), QStringLiteral("Alleen voor de planning")}});
    QVERIFY(m_fhir.server.loseNextAnswer(QStringLiteral("PUT"), QStringLiteral("Patient")));
    const auto lost = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(lost && (!lost->ok() || lost->value().replayed));
    const auto again = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(again);
    QVERIFY2(again->ok(), qPrintable(again->error().message(QStringLiteral("en"))));
    QVERIFY(again->value().replayed);
    const ContactDetail stored = ContactDetail::fromJson(again->value().item);
    QCOMPARE(stored.value, QStringLiteral("c.test.tweede@example.nl"));
    QCOMPARE(stored.remark, QStringLiteral("Alleen voor de planning"));
    QCOMPARE(details().size(), before + 1);
}

void FhirWritesTest::contactDetailEditOfAnotherDetailIsNotRefused() {
    // Every detail lives in the one Patient: a change to one must not make the app's version
    // of another stale.
    const QList<ContactDetail> list = details();
    QVERIFY(list.size() >= 2);
    const ContactDetail first = list.at(0);
    const ContactDetail second = list.at(1);
    QJsonObject fields = first.toJson();
    fields.insert(QStringLiteral("remark"), QStringLiteral("Na 10 uur"));
    const auto editedFirst = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactDetail, QueuedWrite::Operation::Update, fields, first.id,
                first.etag)));
    QVERIFY(editedFirst && editedFirst->ok());
    fields = second.toJson();
    fields.insert(QStringLiteral("remark"), QStringLiteral("Liever bellen"));
    const auto editedSecond = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactDetail, QueuedWrite::Operation::Update, fields, second.id,
                second.etag)));
    QVERIFY(editedSecond);
    QVERIFY2(editedSecond->ok(), qPrintable(editedSecond->error().message(QStringLiteral("en"))));
}

void FhirWritesTest::contactDetailEditWithStaleVersionShowsTheServers() {
    const ContactDetail detail = details().first();
    QJsonObject fields = detail.toJson();
    fields.insert(QStringLiteral("remark"), QStringLiteral("Eerste wijziging"));
    const auto edited = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactDetail, QueuedWrite::Operation::Update, fields, detail.id,
                detail.etag)));
    QVERIFY(edited && edited->ok());
    fields.insert(QStringLiteral("remark"), QStringLiteral("Tweede, op de oude versie"));
    const auto stale = FhirHarness::await(m_fhir.backend->deliver(
        writeOf(QueuedWrite::Kind::ContactDetail, QueuedWrite::Operation::Update, fields, detail.id,
                detail.etag)));
    QVERIFY(stale && !stale->ok());
    QCOMPARE(stale->error().httpStatus, 412);
    QCOMPARE(ContactDetail::fromJson(stale->error().current).remark,
             QStringLiteral("Eerste wijziging"));
}

void FhirWritesTest::contactRequestIsSentOnce() {
    const auto before = FhirHarness::await(
        m_fhir.backend->contactRequests(QStringLiteral("client-c-test"), {}, {}));
    QVERIFY(before && before->ok());
    const QueuedWrite write =
        writeOf(QueuedWrite::Kind::ContactRequest, QueuedWrite::Operation::Create,
                {{QStringLiteral("subject"), QStringLiteral("planning")},
                 {QStringLiteral("message"), QStringLiteral("Kan de zorg om 10 uur komen?")}});
    QVERIFY(m_fhir.server.loseNextAnswer(QStringLiteral("POST"),
                                         QStringLiteral("CommunicationRequest")));
    const auto lost = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(lost && (!lost->ok() || lost->value().replayed));
    const auto sent = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(sent && sent->ok());
    QVERIFY(sent->value().replayed);
    const ContactRequest request = ContactRequest::fromJson(sent->value().item);
    QCOMPARE(request.subject, QStringLiteral("planning"));
    QVERIFY(!request.done);
    const auto after = FhirHarness::await(
        m_fhir.backend->contactRequests(QStringLiteral("client-c-test"), {}, {}));
    QVERIFY(after && after->ok());
    QCOMPARE(after->value().items.size(), before->value().items.size() + 1);
    QCOMPARE(after->value().items.first().message, QStringLiteral("Kan de zorg om 10 uur komen?"));
}

void FhirWritesTest::absenceIsReportedOnce() {
    const auto before =
        FhirHarness::await(m_fhir.backend->absences(QStringLiteral("client-c-test"), {}));
    QVERIFY(before && before->ok());
    // Tomorrow: inside the notice period, so reported late.
    const QDate tomorrow = QDate::currentDate().addDays(1);
    const QueuedWrite write =
        writeOf(QueuedWrite::Kind::Absence, QueuedWrite::Operation::Create,
                {{QStringLiteral("type"), QStringLiteral("vakantie")},
                 {QStringLiteral("startDate"), tomorrow.toString(Qt::ISODate)},
                 {QStringLiteral("endDate"), tomorrow.addDays(7).toString(Qt::ISODate)},
                 {QStringLiteral("wholeDay"), true}});
    QVERIFY(m_fhir.server.loseNextAnswer(QStringLiteral("POST"), QStringLiteral("Task")));
    const auto lost = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(lost && (!lost->ok() || lost->value().replayed));
    const auto reported = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(reported);
    QVERIFY2(reported->ok(), qPrintable(reported->error().message(QStringLiteral("en"))));
    QVERIFY(reported->value().replayed);
    const AbsenceReport report = AbsenceReport::fromJson(reported->value().item);
    QCOMPARE(report.startDate, tomorrow);
    QCOMPARE(report.endDate, tomorrow.addDays(7));
    QVERIFY(report.late);
    const auto after =
        FhirHarness::await(m_fhir.backend->absences(QStringLiteral("client-c-test"), {}));
    QVERIFY(after && after->ok());
    QCOMPARE(after->value().items.size(), before->value().items.size() + 1);
}

void FhirWritesTest::businessWriteIsRefusedNotKept() {
    // The business portal is not a care FHIR server's: such a write is refused with a clear
    // reason (so the outbox drops it), never retried for ever.
    QueuedWrite write =
        writeOf(QueuedWrite::Kind::BusinessColleague, QueuedWrite::Operation::Create,
                {{QStringLiteral("surname"), QStringLiteral("Havenaar")}});
    const auto refused = FhirHarness::await(m_fhir.backend->deliver(write));
    QVERIFY(refused && !refused->ok());
    QCOMPARE(refused->error().kind, ApiError::Kind::Validation);
    QVERIFY(refused->error().message(QStringLiteral("nl")).contains(QStringLiteral("FHIR")));
}

QTEST_GUILESS_MAIN(FhirWritesTest)
#include "tst_fhirwrites.moc"
