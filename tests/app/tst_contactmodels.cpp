// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "sessionharness.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Kind = ApiError::Kind;
using Status = ClientListModel::Status;

namespace {

ContactDetail detail(const QString &id, const QString &kind, const QString &value) {
    return {id, kind, value, {}, "\"v1-" + id.toLatin1() + '"'};
}

ContactPerson person(const QString &id, const QString &name, bool primary) {
    return {id,      name, QStringLiteral("06-12345678"), {}, {}, QStringLiteral("familie"),
            primary, {},   "\"v1-" + id.toLatin1() + '"'};
}

// The server's answer to a delivered write: the item as stored.
WriteReceipt receipt(const QJsonObject &item) {
    return {item, false};
}

QList<ContactPersonType> types() {
    return {{QStringLiteral("familie"), QStringLiteral("Familie"), QStringLiteral("Family")},
            {QStringLiteral("huisarts"), QStringLiteral("Huisarts"),
             QStringLiteral("General practitioner")}};
}

ApiError validationError() {
    ApiError error = FakeBackend::error(Kind::Validation, QStringLiteral("Niet goed ingevuld."));
    error.fieldErrors.insert(QStringLiteral("value"),
                             {QStringLiteral("Geen geldig nummer."), QStringLiteral("Not valid.")});
    return error;
}

} // namespace

/// The models behind Mijn contactdetails and Contactpersonen: states, writes through the
/// outbox (pending, refused, corrected, conflicting), the cache (shown at once,
/// revalidated, offline), the one primary person, validation texts, and nothing left
/// after logout.
class TestContactModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_details =
            std::make_unique<ContactDetailsModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_persons =
            std::make_unique<ContactPersonsModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_details->setOfflineSupport(&m_h->documents, &m_h->outbox);
        m_persons->setOfflineSupport(&m_h->documents, &m_h->outbox);
        m_detailsTester = std::make_unique<QAbstractItemModelTester>(
            m_details.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_personsTester = std::make_unique<QAbstractItemModelTester>(
            m_persons.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_detailsTester.reset();
        m_personsTester.reset();
        m_details.reset();
        m_persons.reset();
        m_h.reset();
    }

    void nothingIsFetchedBeforeThePageAsks() {
        logIn();
        QCOMPARE(m_h->backend.contactDetailsCall.count(), 0);
        QCOMPARE(m_details->status(), Status::Idle);
    }

    void loadingThenReady() {
        logIn();
        m_details->reload();
        QCOMPARE(m_details->status(), Status::Loading);
        QCOMPARE(m_h->backend.contactDetailsCall.last(), QStringLiteral("c-1"));
        QVERIFY(m_h->backend.contactDetailsCall.answer(QList<ContactDetail>{
            detail(QStringLiteral("d1"), QStringLiteral("mobile-phone-private"),
                   QStringLiteral("06-12345678"))}));
        QTRY_COMPARE(m_details->status(), Status::Ready);
        QCOMPARE(m_details->rowCount(), 1);
        QCOMPARE(
            m_details->data(m_details->index(0), ContactDetailsModel::KindLabelRole).toString(),
            QStringLiteral("Mobiele telefoon (privé)"));
        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(
            m_details->data(m_details->index(0), ContactDetailsModel::KindLabelRole).toString(),
            QStringLiteral("Mobile phone (private)")); // the English translation, live
        QCOMPARE(m_details->kinds().size(), 6);
    }

    void errorThenRetry() {
        logIn();
        m_details->reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(
            FakeBackend::error(Kind::Offline, QStringLiteral("U bent offline."))));
        QTRY_COMPARE(m_details->status(), Status::Error);
        QCOMPARE(m_details->errorMessage(), QStringLiteral("U bent offline."));
        m_details->reload();
        QCOMPARE(m_details->status(), Status::Loading);
        QVERIFY(m_h->backend.contactDetailsCall.answer(QList<ContactDetail>{}));
        QTRY_COMPARE(m_details->status(), Status::Ready);
        QVERIFY(m_details->errorMessage().isEmpty());
    }

    void addAndEditAndRemove() {
        loadDetails({detail(QStringLiteral("d1"), QStringLiteral("email"),
                            QStringLiteral("a@example.nl"))});
        QSignalSpy saved(m_details.get(), &ClientListModel::saved);

        m_details->save({}, QStringLiteral("home-phone"), QStringLiteral(" 020-1234567 "),
                        QStringLiteral("Werk"));
        QVERIFY(m_details->busy());
        // A second tap while the first save runs sends nothing.
        m_details->save({}, QStringLiteral("home-phone"), QStringLiteral("020-1234567"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 1);
        QCOMPARE(m_h->outbox.entries().size(), 1);
        const QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::ContactDetail);
        QCOMPARE(sent.operation, QueuedWrite::Operation::Create);
        QCOMPARE(sent.clientId, QStringLiteral("c-1"));
        QCOMPARE(sent.fields.value(QStringLiteral("value")).toString(),
                 QStringLiteral("020-1234567"));
        // It shows at once, marked, while the server has not answered.
        QCOMPARE(m_details->rowCount(), 2);
        QVERIFY(m_details->data(m_details->index(1), ClientListModel::PendingRole).toBool());
        QCOMPARE(m_details->data(m_details->index(1), ClientListModel::PendingTextRole).toString(),
                 QStringLiteral("Wacht op verzending"));
        ContactDetail stored = detail(QStringLiteral("d2"), QStringLiteral("home-phone"),
                                      QStringLiteral("020-1234567"));
        QVERIFY(m_h->backend.deliverCall.answer(receipt(stored.toRecord())));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_details->busy());
        QCOMPARE(m_details->rowCount(), 2);
        QCOMPARE(m_details->data(m_details->index(1), ClientListModel::PendingRole).toBool(),
                 false);
        QCOMPARE(m_details->data(m_details->index(1), ContactDetailsModel::IdRole).toString(),
                 QStringLiteral("d2"));
        answerQuietRefresh(
            {detail(QStringLiteral("d1"), QStringLiteral("email"), QStringLiteral("a@example.nl")),
             stored});

        // An edit carries the version the user saw (If-Match).
        m_details->save(QStringLiteral("d1"), QStringLiteral("email-private"),
                        QStringLiteral("b@example.nl"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 2);
        QCOMPARE(m_h->backend.deliverCall.last().operation, QueuedWrite::Operation::Update);
        QCOMPARE(m_h->backend.deliverCall.last().targetId, QStringLiteral("d1"));
        QCOMPARE(m_h->backend.deliverCall.last().ifMatch, QByteArray("\"v1-d1\""));
        QVERIFY(m_h->backend.deliverCall.answer(
            receipt(detail(QStringLiteral("d1"), QStringLiteral("email-private"),
                           QStringLiteral("b@example.nl"))
                        .toRecord())));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_details->rowCount(), 2);
        QCOMPARE(m_details->data(m_details->index(0), ContactDetailsModel::ValueRole).toString(),
                 QStringLiteral("b@example.nl"));

        m_details->remove(QStringLiteral("d1"));
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 3);
        QCOMPARE(m_h->backend.deliverCall.last().operation, QueuedWrite::Operation::Delete);
        QVERIFY(m_details->data(m_details->index(0), ClientListModel::PendingDeleteRole).toBool());
        QVERIFY(m_h->backend.deliverCall.answer(receipt({})));
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(m_details->rowCount(), 1);
        QCOMPARE(m_details->data(m_details->index(0), ContactDetailsModel::IdRole).toString(),
                 QStringLiteral("d2"));
        QCOMPARE(m_h->outbox.entries().size(), 0);
    }

    void refusedSaveKeepsTheListAndSaysWhy() {
        loadDetails({});
        QSignalSpy failed(m_details.get(), &ClientListModel::saveFailed);
        m_details->save({}, QStringLiteral("mobile-phone"), QStringLiteral("06-1"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(validationError()));
        QTRY_COMPARE(failed.count(), 1);
        const QVariantMap fields = failed.at(0).at(0).toMap();
        QCOMPARE(fields.value(QStringLiteral("value")).toString(),
                 QStringLiteral("Geen geldig nummer."));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Niet goed ingevuld."));
        // Refused while the form was open: the form says why, nothing stays behind.
        QTRY_COMPARE(m_details->rowCount(), 0);
        QCOMPARE(m_h->outbox.entries().size(), 0);
        QVERIFY(!m_details->busy());
    }

    // Offline: the change is kept, shown, and the form may close; refused later (the form
    // long closed), it stays with the reason and is corrected in place with a new key.
    void keptOfflineThenRefusedThenCorrected() {
        loadDetails({});
        QSignalSpy saved(m_details.get(), &ClientListModel::saved);
        QSignalSpy queued(m_details.get(), &ClientListModel::queued);
        m_details->save({}, QStringLiteral("mobile-phone"), QStringLiteral("06-1"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(FakeBackend::error(Kind::Offline)));
        QTRY_COMPARE(queued.count(), 1);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!m_details->busy());
        QCOMPARE(m_details->rowCount(), 1);
        const QString firstKey = m_h->backend.deliverCall.last().idempotencyKey;

        m_h->outbox.sendNow(); // the network is back
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QCOMPARE(m_h->backend.deliverCall.last().idempotencyKey, firstKey); // the same write
        QVERIFY(m_h->backend.deliverCall.answer(validationError()));
        QTRY_VERIFY(m_details->data(m_details->index(0), ClientListModel::RefusedRole).toBool());
        QCOMPARE(m_details->data(m_details->index(0), ClientListModel::PendingTextRole).toString(),
                 QStringLiteral("Niet verstuurd: Niet goed ingevuld."));
        QVERIFY(m_details->data(m_details->index(0), ClientListModel::CorrectableRole).toBool());
        const QString rowId =
            m_details->data(m_details->index(0), ContactDetailsModel::IdRole).toString();
        QVERIFY(rowId.startsWith(QLatin1String("outbox:")));

        // "Aanpassen": the form saves the corrected value onto the same entry.
        m_details->save(rowId, QStringLiteral("mobile-phone"), QStringLiteral("06-12345678"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        const QueuedWrite corrected = m_h->backend.deliverCall.last();
        QCOMPARE(corrected.operation, QueuedWrite::Operation::Create);
        QCOMPARE(corrected.fields.value(QStringLiteral("value")).toString(),
                 QStringLiteral("06-12345678"));
        QVERIFY(corrected.idempotencyKey != firstKey);
        QCOMPARE(m_h->outbox.entries().size(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(
            receipt(detail(QStringLiteral("d9"), QStringLiteral("mobile-phone"),
                           QStringLiteral("06-12345678"))
                        .toRecord())));
        QTRY_COMPARE(m_h->outbox.entries().size(), 0);
        QCOMPARE(m_details->rowCount(), 1);
        QCOMPARE(m_details->data(m_details->index(0), ContactDetailsModel::IdRole).toString(),
                 QStringLiteral("d9"));
    }

    // A 412: someone changed the detail meanwhile. Both versions are shown, the user chooses.
    void conflictShowsBothVersionsAndTheUserChooses() {
        loadDetails({detail(QStringLiteral("d1"), QStringLiteral("email"),
                            QStringLiteral("a@example.nl"))});
        m_details->save(QStringLiteral("d1"), QStringLiteral("email"),
                        QStringLiteral("mine@example.nl"), {});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        ApiError conflict = FakeBackend::error(Kind::Conflict, QStringLiteral("Gewijzigd."));
        conflict.httpStatus = 412;
        ContactDetail theirs = detail(QStringLiteral("d1"), QStringLiteral("email"),
                                      QStringLiteral("theirs@example.nl"));
        theirs.etag = "\"v2-d1\"";
        conflict.current = theirs.toRecord();
        QVERIFY(m_h->backend.deliverCall.answer(conflict));
        QTRY_VERIFY(m_details->data(m_details->index(0), ClientListModel::ConflictRole).toBool());
        QVERIFY(!m_details->data(m_details->index(0), ClientListModel::CorrectableRole).toBool());
        const qint64 entryId =
            m_details->data(m_details->index(0), ClientListModel::EntryIdRole).toLongLong();
        const QVariantList fields = m_details->conflictFields(entryId);
        QCOMPARE(fields.size(), 1); // only what differs
        const QVariantMap value = fields.first().toMap();
        QCOMPARE(value.value(QStringLiteral("label")).toString(), QStringLiteral("Contactdetail"));
        QCOMPARE(value.value(QStringLiteral("mine")).toString(), QStringLiteral("mine@example.nl"));
        QCOMPARE(value.value(QStringLiteral("theirs")).toString(),
                 QStringLiteral("theirs@example.nl"));

        // "Mijn versie versturen": over the server's current version.
        m_details->sendMineAnyway(entryId);
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QCOMPARE(m_h->backend.deliverCall.last().ifMatch, QByteArray("\"v2-d1\""));
        QCOMPARE(m_h->backend.deliverCall.last().fields.value(QStringLiteral("value")).toString(),
                 QStringLiteral("mine@example.nl"));
        QVERIFY(m_h->backend.deliverCall.answer(conflict)); // and again someone was quicker
        QTRY_VERIFY(m_details->data(m_details->index(0), ClientListModel::ConflictRole).toBool());
        // "Versie van de zorgorganisatie houden": my change goes.
        m_details->discardPending(entryId);
        QCOMPARE(m_h->outbox.entries().size(), 0);
        QVERIFY(!m_details->data(m_details->index(0), ClientListModel::PendingRole).toBool());
    }

    // The list is kept (sealed): the next visit shows it at once and asks "changed since?";
    // without a server it stays, flagged offline, with when it was last confirmed.
    void cachedListShownAtOnceRevalidatedAndOffline() {
        ListVersion<ContactDetail> first(QList<ContactDetail>{
            detail(QStringLiteral("d1"), QStringLiteral("email"), QStringLiteral("a@example.nl"))});
        first.etag = "\"list-1\"";
        logIn();
        m_details->reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(first));
        QTRY_COMPARE(m_details->status(), Status::Ready);
        QVERIFY(m_details->updatedText().startsWith(QLatin1String("Laatst bijgewerkt: ")));
        QVERIFY(!m_details->offline());

        ContactDetailsModel again(&m_h->session, &m_h->backend, &m_h->language);
        again.setOfflineSupport(&m_h->documents, &m_h->outbox);
        again.reload();
        QCOMPARE(again.status(), Status::Ready); // from the cache, before the server answers
        QCOMPARE(again.rowCount(), 1);
        QCOMPARE(m_h->backend.listEtags.last(), QByteArray("\"list-1\""));
        ListVersion<ContactDetail> unchanged;
        unchanged.notModified = true;
        unchanged.etag = first.etag;
        QVERIFY(m_h->backend.contactDetailsCall.answer(unchanged));
        QTest::qWait(20);
        QCOMPARE(again.rowCount(), 1);
        QVERIFY(!again.offline());

        again.reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(FakeBackend::error(Kind::Offline)));
        QTRY_VERIFY(again.offline());
        QCOMPARE(again.status(), Status::Ready);
        QCOMPARE(again.rowCount(), 1);
        QCOMPARE(again.data(again.index(0), ContactDetailsModel::ValueRole).toString(),
                 QStringLiteral("a@example.nl"));

        // A changed list replaces the cached one whole.
        again.reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(QList<ContactDetail>{}));
        QTRY_COMPARE(again.rowCount(), 0);
        QVERIFY(!again.offline());
        QVERIFY(m_h->documents.load(QStringLiteral("c-1"), QStringLiteral("contact-details"))
                    ->content.value(QStringLiteral("items"))
                    .toArray()
                    .isEmpty());
    }

    void validationTexts() {
        QVERIFY(m_details->valueError(QStringLiteral("mobile-phone"), QStringLiteral("06-12345678"))
                    .isEmpty());
        QVERIFY(m_details->valueError(QStringLiteral("mobile-phone"), QStringLiteral("06-1"))
                    .startsWith(QLatin1String("Dit is geen geldig telefoonnummer")));
        QVERIFY(m_details->valueError(QStringLiteral("email"), QStringLiteral("x@"))
                    .startsWith(QLatin1String("Dit is geen geldig e-mailadres")));
        m_h->language.setCode(QStringLiteral("en"));
        QVERIFY(m_details->valueError(QStringLiteral("email"), QStringLiteral("x@"))
                    .startsWith(QLatin1String("This is not a valid e-mail address")));
        QVERIFY(m_persons->phoneError(QString(), false).isEmpty());
        QVERIFY(!m_persons->phoneError(QString(), true).isEmpty());
        QVERIFY(!m_persons->nameError(QString(101, QLatin1Char('x'))).isEmpty());
        QVERIFY(!m_persons->emailError(QStringLiteral("no-at")).isEmpty());
    }

    void personsLoadTypesFirst() {
        logIn();
        m_persons->reload();
        QCOMPARE(m_h->backend.contactPersonTypesCall.count(), 1);
        QCOMPARE(m_h->backend.contactPersonsCall.count(), 0);
        QVERIFY(m_h->backend.contactPersonTypesCall.answer(types()));
        QTRY_COMPARE(m_h->backend.contactPersonsCall.count(), 1);
        QCOMPARE(m_persons->status(), Status::Loading); // not ready before the rows are there
        QVERIFY(m_h->backend.contactPersonsCall.answer(
            QList<ContactPerson>{person(QStringLiteral("p1"), QStringLiteral("D. Test"), true)}));
        QTRY_COMPARE(m_persons->status(), Status::Ready);
        QCOMPARE(m_persons->types().size(), 2);
        const QVariantMap p1 = m_persons->person(QStringLiteral("p1"));
        QCOMPARE(p1.value(QStringLiteral("name")).toString(), QStringLiteral("D. Test"));
        QCOMPARE(p1.value(QStringLiteral("typeLabel")).toString(), QStringLiteral("Familie"));
        QVERIFY(p1.value(QStringLiteral("primary")).toBool());
        QVERIFY(m_persons->person(QStringLiteral("nobody")).isEmpty());
        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(
            m_persons->data(m_persons->index(0), ContactPersonsModel::TypeLabelRole).toString(),
            QStringLiteral("Family"));
    }

    void aNewPrimaryClearsTheOldOne() {
        loadPersons({person(QStringLiteral("p1"), QStringLiteral("D. Test"), true),
                     person(QStringLiteral("p2"), QStringLiteral("B. Buur"), false)});
        QSignalSpy saved(m_persons.get(), &ClientListModel::saved);
        m_persons->save({{QStringLiteral("personId"), QStringLiteral("p2")},
                         {QStringLiteral("name"), QStringLiteral("B. Buur")},
                         {QStringLiteral("phone1"), QStringLiteral("06-11223344")},
                         {QStringLiteral("type"), QStringLiteral("familie")},
                         {QStringLiteral("primary"), true}});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        const QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::ContactPerson);
        QCOMPARE(sent.targetId, QStringLiteral("p2"));
        QVERIFY(sent.fields.value(QStringLiteral("primary")).toBool());
        ContactPerson stored = person(QStringLiteral("p2"), QStringLiteral("B. Buur"), true);
        QVERIFY(m_h->backend.deliverCall.answer(receipt(stored.toRecord())));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_persons->person(QStringLiteral("p1")).value(QStringLiteral("primary")).toBool());
        QVERIFY(m_persons->person(QStringLiteral("p2")).value(QStringLiteral("primary")).toBool());
    }

    void logoutEmptiesAndDropsLateAnswers() {
        loadPersons({person(QStringLiteral("p1"), QStringLiteral("D. Test"), true)});
        m_persons->remove(QStringLiteral("p1"));
        m_h->backend.logoutCall.script(Done{});
        m_h->session.logout();
        QTRY_COMPARE(m_h->session.state(), Session::State::LoggedOut);
        QCOMPARE(m_persons->rowCount(), 0);
        QCOMPARE(m_persons->status(), Status::Idle);
        QVERIFY(m_persons->types().isEmpty());
        QSignalSpy saved(m_persons.get(), &ClientListModel::saved);
        QVERIFY(m_h->backend.deliverCall.answer(receipt({})));
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!m_persons->busy());
        QCOMPARE(m_h->outbox.entries().size(), 0); // logout wiped what was queued
    }

    void unauthorizedEndsTheSession() {
        loadDetails({});
        m_details->reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(FakeBackend::error(Kind::Unauthorized)));
        QTRY_VERIFY(m_h->session.state() != Session::State::LoggedIn);
        QCOMPARE(m_details->rowCount(), 0);
    }

private:
    void logIn() {
        QVERIFY(m_h->logIn());
        m_h->outbox.setEnabled(true);
    }

    // The list is fetched again after a delivered write (quietly); answer it.
    void answerQuietRefresh(const QList<ContactDetail> &details) {
        QTRY_COMPARE(m_h->backend.contactDetailsCall.waiting(), 1);
        QVERIFY(m_h->backend.contactDetailsCall.answer(details));
    }

    void loadDetails(const QList<ContactDetail> &details) {
        logIn();
        m_details->reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(details));
        QTRY_COMPARE(m_details->status(), Status::Ready);
    }

    void loadPersons(const QList<ContactPerson> &persons) {
        logIn();
        m_persons->reload();
        QVERIFY(m_h->backend.contactPersonTypesCall.answer(types()));
        QTRY_COMPARE(m_h->backend.contactPersonsCall.waiting(), 1);
        QVERIFY(m_h->backend.contactPersonsCall.answer(persons));
        QTRY_COMPARE(m_persons->status(), Status::Ready);
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<ContactDetailsModel> m_details;
    std::unique_ptr<ContactPersonsModel> m_persons;
    std::unique_ptr<QAbstractItemModelTester> m_detailsTester;
    std::unique_ptr<QAbstractItemModelTester> m_personsTester;
};

QTEST_MAIN(TestContactModels)
#include "tst_contactmodels.moc"
