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

QueuedWrite detailWrite(QueuedWrite::Operation operation, const QString &target,
                        const QString &kind, const QString &value, const QString &remark = {}) {
    QueuedWrite write;
    write.kind = QueuedWrite::Kind::ContactDetail;
    write.operation = operation;
    write.clientId = QStringLiteral("client-test");
    write.targetId = target;
    if (operation != QueuedWrite::Operation::Delete)
        write.fields = ContactDetail{{}, kind, value, remark, {}}.toJson();
    write.idempotencyKey = QStringLiteral("5f0c7a4e-0000-4000-8000-000000000001");
    return write;
}

} // namespace

/// The mappings of Mijn contactdetails (Patient.telecom) and Contactpersonen (RelatedPerson)
/// between FHIR R4 and the app's domain types (issue 22).
class TestFhirContactMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Mijn contactdetails -------------------------------------------------------------

    void contactDetailsRead() {
        const auto result = contactDetails(parse(kPatient));
        QVERIFY(result.ok());
        const QList<ContactDetail> &details = result.value();
        QCOMPARE(details.size(), 4); // the fax is no kind of the portal
        QCOMPARE(details.at(0).id, QStringLiteral("telecom-0"));
        QCOMPARE(details.at(0).kind, QStringLiteral("mobile-phone"));
        QCOMPARE(details.at(0).value, QStringLiteral("06-12345678"));
        QCOMPARE(details.at(0).etag, QByteArray("W/\"4\""));
        QCOMPARE(details.at(1).id, QStringLiteral("mail-1"));
        QCOMPARE(details.at(1).kind, QStringLiteral("email"));
        QCOMPARE(details.at(2).kind, QStringLiteral("home-phone"));
        QCOMPARE(details.at(2).remark, QStringLiteral("Liefst 's ochtends bellen"));
        QCOMPARE(details.at(3).id, QStringLiteral("telecom-4")); // its place in telecom
        QCOMPARE(details.at(3).kind, QStringLiteral("email-private"));
    }

    void contactDetailsWithoutIdIsBadResponse() {
        const auto result = contactDetails(parse(R"({"resourceType": "Patient"})"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    }

    void contactDetailCreateRoundTrip_data() {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : ContactDetailKinds::all())
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void contactDetailCreateRoundTrip() {
        QFETCH(QString, kind);
        const QString value = ContactDetailKinds::isEmail(kind) ? QStringLiteral("nieuw@example.nl")
                                                                : QStringLiteral("06-99887766");
        const QueuedWrite write = detailWrite(QueuedWrite::Operation::Create, {}, kind, value,
                                              QStringLiteral("Na 17:00"));
        const auto applied = applyContactDetailWrite(parse(kPatient), write);
        QVERIFY(applied.ok());
        const Resource after = stored(applied.value(), "client-test", "5");
        const QString id = QStringLiteral("cd-") + write.idempotencyKey;
        const ContactDetail detail = ContactDetail::fromJson(contactDetailItem(after, id));
        QVERIFY(detail.isValid());
        QCOMPARE(detail.kind, kind);
        QCOMPARE(detail.value, value);
        QCOMPARE(detail.remark, QStringLiteral("Na 17:00"));
        QCOMPARE(detail.etag, QByteArray("W/\"5\""));
        QCOMPARE(contactDetails(after).value().size(), 5);
        // The rest of the patient is as it was: unknown elements go back to the server.
        QCOMPARE(after.json().value(QLatin1String("unknownElement")),
                 parse(kPatient).json().value(QLatin1String("unknownElement")));
        QCOMPARE(after.json().value(QLatin1String("birthDate")).toString(),
                 QStringLiteral("1941-03-14"));
    }

    void contactDetailCreateTwiceAddsOne() {
        const QueuedWrite write =
            detailWrite(QueuedWrite::Operation::Create, {}, QStringLiteral("mobile-phone"),
                        QStringLiteral("06-11112222"));
        const auto first = applyContactDetailWrite(parse(kPatient), write);
        QVERIFY(first.ok());
        // The answer to the first PUT was lost; the outbox sends the same write again.
        const auto second =
            applyContactDetailWrite(stored(first.value(), "client-test", "5"), write);
        QVERIFY(second.ok());
        const QJsonArray telecom = second.value().value(QLatin1String("telecom")).toArray();
        QCOMPARE(telecom.size(), parse(kPatient).array(QStringLiteral("telecom")).size() + 1);
    }

    void contactDetailUpdateRoundTrip() {
        // The detail without element id is known as telecom-2; an edit gives it that id.
        const QueuedWrite write =
            detailWrite(QueuedWrite::Operation::Update, QStringLiteral("telecom-2"),
                        QStringLiteral("home-phone-private"), QStringLiteral("020-1112233"));
        const auto applied = applyContactDetailWrite(parse(kPatient), write);
        QVERIFY(applied.ok());
        const Resource after = stored(applied.value(), "client-test", "5");
        const ContactDetail detail =
            ContactDetail::fromJson(contactDetailItem(after, QStringLiteral("telecom-2")));
        QCOMPARE(detail.kind, QStringLiteral("home-phone-private"));
        QCOMPARE(detail.value, QStringLiteral("020-1112233"));
        QCOMPARE(detail.remark, QString()); // cleared, as the form sent it
        // Extensions the app does not know stay on the element.
        const QJsonObject element = after.array(QStringLiteral("telecom")).at(2).toObject();
        QVERIFY(QJsonDocument(element).toJson().contains("https://example.org/other"));
    }

    void contactDetailUpdateOfMissingIsNotFound() {
        const auto applied = applyContactDetailWrite(
            parse(kPatient), detailWrite(QueuedWrite::Operation::Update, QStringLiteral("gone"),
                                         QStringLiteral("email"), QStringLiteral("a@example.nl")));
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, ApiError::Kind::NotFound);
    }

    void contactDetailInvalidIsValidation() {
        const auto unknownKind = applyContactDetailWrite(
            parse(kPatient), detailWrite(QueuedWrite::Operation::Create, {},
                                         QStringLiteral("pager"), QStringLiteral("123")));
        QCOMPARE(unknownKind.error().kind, ApiError::Kind::Validation);
        const auto empty = applyContactDetailWrite(
            parse(kPatient), detailWrite(QueuedWrite::Operation::Create, {},
                                         QStringLiteral("email"), QStringLiteral("  ")));
        QCOMPARE(empty.error().kind, ApiError::Kind::Validation);
    }

    void contactDetailDelete() {
        const auto applied =
            applyContactDetailWrite(parse(kPatient), detailWrite(QueuedWrite::Operation::Delete,
                                                                 QStringLiteral("mail-1"), {}, {}));
        QVERIFY(applied.ok());
        const Resource after = stored(applied.value(), "client-test", "5");
        QVERIFY(contactDetailItem(after, QStringLiteral("mail-1")).isEmpty());
        QCOMPARE(contactDetails(after).value().size(), 3);
        // Deleting what is already gone (the first delete's answer lost) is done, unchanged.
        const auto again = applyContactDetailWrite(
            after, detailWrite(QueuedWrite::Operation::Delete, QStringLiteral("mail-1"), {}, {}));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), after.json());
    }

    // --- Contactpersonen ------------------------------------------------------------------

    void contactPersonTypesAreTheServers() {
        const QList<ContactPersonType> types = contactPersonTypes();
        QCOMPARE(types.size(), 10);
        QCOMPARE(types.first().code, QStringLiteral("apotheek"));
        QCOMPARE(types.at(2).labelEn, QStringLiteral("Family"));
        for (const ContactPersonType &type : types)
            QVERIFY(type.isValid());
    }

    void contactPersonRead() {
        const auto result = contactPerson(parse(R"({
          "resourceType": "RelatedPerson", "id": "demo-cp-1", "meta": {"versionId": "2"},
          "patient": {"reference": "Patient/client-test"},
          "name": [{"text": "D. Test"}],
          "telecom": [{"system": "email", "value": "d.test@example.nl"},
                      {"system": "phone", "value": "030-2", "rank": 2},
                      {"system": "phone", "value": "06-21212121", "rank": 1}],
          "relationship": [
            {"coding": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/contact-person-type",
                         "code": "familie"}]},
            {"coding": [{"system": "urn:oid:2.16.840.1.113883.2.4.3.11.22.472", "code": "01"}]}],
          "extension": [{"url": "https:\/\/careportal.example/fhir/StructureDefinition/remark",
                         "valueString": "Zoon, heeft een sleutel"},
                        {"url": "https:\/\/example.org/unknown", "valueInteger": 3}],
          "modifierLikeUnknown": true
        })"));
        QVERIFY(result.ok());
        const ContactPerson &person = result.value();
        QCOMPARE(person.id, QStringLiteral("demo-cp-1"));
        QCOMPARE(person.name, QStringLiteral("D. Test"));
        QCOMPARE(person.phone1, QStringLiteral("06-21212121"));
        QCOMPARE(person.phone2, QStringLiteral("030-2"));
        QCOMPARE(person.email, QStringLiteral("d.test@example.nl"));
        QCOMPARE(person.type, QStringLiteral("familie"));
        QVERIFY(person.primary);
        QCOMPARE(person.remarks, QStringLiteral("Zoon, heeft een sleutel"));
        QCOMPARE(person.etag, QByteArray("W/\"2\""));
    }

    void contactPersonOnlyZibRole() {
        const auto result = contactPerson(parse(R"({
          "resourceType": "RelatedPerson", "id": "rp-1",
          "name": [{"use": "official", "given": ["Rita"], "family": "Vertegenwoordiger"}],
          "relationship": [{"coding": [{"system": "urn:oid:2.16.840.1.113883.2.4.3.11.22.472",
                                        "code": "24"}]}]
        })"));
        QVERIFY(result.ok());
        QCOMPARE(result.value().name, QStringLiteral("R. Vertegenwoordiger"));
        QCOMPARE(result.value().type, QStringLiteral("wettelijk-vertegenwoordiger"));
        QVERIFY(!result.value().primary);
    }

    void contactPersonStrict_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("no id") << QStringLiteral(
            R"({"resourceType": "RelatedPerson", "name": [{"text": "A"}]})");
        QTest::newRow("no name") << QStringLiteral(
            R"({"resourceType": "RelatedPerson", "id": "x"})");
        QTest::newRow("empty name") << QStringLiteral(
            R"({"resourceType": "RelatedPerson", "id": "x", "name": [{"text": " "}]})");
    }
    void contactPersonStrict() {
        QFETCH(QString, json);
        const auto result = contactPerson(parse(json.toUtf8().constData()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ApiError::Kind::BadResponse);
    }

    void contactPersonCreateRoundTrip() {
        const ContactPerson typed{{},
                                  QStringLiteral("B. Buurvrouw"),
                                  QStringLiteral("06-10101010"),
                                  QStringLiteral("030-1010101"),
                                  QStringLiteral("b@example.nl"),
                                  QStringLiteral("buur"),
                                  true,
                                  QStringLiteral("Heeft een sleutel"),
                                  {}};
        const QString key = QStringLiteral("8d1e0f7a-0000-4000-8000-000000000002");
        const QJsonObject body =
            relatedPersonFor(typed.toJson(), QStringLiteral("client-test"), {}, key);
        QCOMPARE(body.value(QLatin1String("resourceType")).toString(),
                 QStringLiteral("RelatedPerson"));
        QCOMPARE(identifierValue(body.value(QLatin1String("identifier")).toArray(), kUriSystem),
                 QStringLiteral("urn:uuid:") + key);
        QCOMPARE(referencedId(body.value(QLatin1String("patient")).toObject(),
                              QStringLiteral("Patient")),
                 QStringLiteral("client-test"));
        const auto read = contactPerson(stored(body, "cp-9", "1"));
        QVERIFY(read.ok());
        ContactPerson expected = typed;
        expected.id = QStringLiteral("cp-9");
        expected.etag = "W/\"1\"";
        QCOMPARE(read.value(), expected);
    }

    void contactPersonUpdateKeepsWhatTheAppDoesNotEdit() {
        const Resource current = parse(R"({
          "resourceType": "RelatedPerson", "id": "cp-2", "meta": {"versionId": "3"},
          "identifier": [{"system": "https:\/\/ecd.example/id", "value": "77"}],
          "patient": {"reference": "Patient/client-test"},
          "name": [{"use": "official", "given": ["Anna"], "family": "Voorbeeld", "text": "A. Voorbeeld"}],
          "telecom": [{"system": "fax", "value": "030-0000000"},
                      {"system": "phone", "value": "06-87654321", "rank": 1}],
          "relationship": [
            {"coding": [{"system": "https:\/\/careportal.example/fhir/CodeSystem/contact-person-type",
                         "code": "familie"},
                        {"system": "urn:oid:2.16.840.1.113883.2.4.3.11.22.472", "code": "01"}]},
            {"coding": [{"system": "urn:oid:2.16.840.1.113883.2.4.3.11.22.472", "code": "24"}]}],
          "gender": "female"
        })");
        ContactPerson edited = contactPerson(current).value();
        edited.phone1 = QStringLiteral("06-55555555");
        edited.type = QStringLiteral("mantelzorger");
        edited.primary = false;
        const QJsonObject body = relatedPersonFor(edited.toJson(), QStringLiteral("client-test"),
                                                  current.json(), QStringLiteral("unused"));
        QCOMPARE(body.value(QLatin1String("id")).toString(), QStringLiteral("cp-2"));
        QCOMPARE(body.value(QLatin1String("gender")).toString(), QStringLiteral("female"));
        QCOMPARE(body.value(QLatin1String("identifier")).toArray().size(), 1); // not our key
        // The unchanged name keeps its structure; the fax and the role 24 stay.
        QCOMPARE(body.value(QLatin1String("name")), current.json().value(QLatin1String("name")));
        QVERIFY(QJsonDocument(body).toJson().contains("030-0000000"));
        const auto read = contactPerson(stored(body, "cp-2", "4"));
        QVERIFY(read.ok());
        QCOMPARE(read.value().phone1, QStringLiteral("06-55555555"));
        QCOMPARE(read.value().type, QStringLiteral("mantelzorger"));
        QVERIFY(!read.value().primary);
        bool representative = false;
        for (const auto &value : body.value(QLatin1String("relationship")).toArray())
            representative = representative ||
                             codeIn(value.toObject(), kContactRoleSystem) == QLatin1String("24");
        QVERIFY(representative);
    }

    // --- Cliëntdossier --------------------------------------------------------------------
};

QTEST_APPLESS_MAIN(TestFhirContactMapping)
#include "tst_fhircontactmapping.moc"
