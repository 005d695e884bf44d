#include "contactdetailsmodel.h"
#include "contactpersonsmodel.h"
#include "sessionharness.h"

#include <QAbstractItemModelTester>
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
    return {id, kind, value, {}};
}

ContactPerson person(const QString &id, const QString &name, bool primary) {
    return {id,      name, QStringLiteral("06-12345678"), {}, {}, QStringLiteral("familie"),
            primary, {}};
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

/// The models behind Mijn contactdetails and Contactpersonen: states, writes, the one
/// primary person, validation texts, and nothing left after logout.
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
        QCOMPARE(m_h->backend.saveContactDetailCall.count(), 1);
        const auto sent = m_h->backend.saveContactDetailCall.last();
        QCOMPARE(sent.clientId, QStringLiteral("c-1"));
        QVERIFY(sent.detail.id.isEmpty());
        QCOMPARE(sent.detail.value, QStringLiteral("020-1234567"));
        QVERIFY(m_h->backend.saveContactDetailCall.answer(
            ContactDetail{QStringLiteral("d2"), QStringLiteral("home-phone"),
                          QStringLiteral("020-1234567"), QStringLiteral("Werk")}));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!m_details->busy());
        QCOMPARE(m_details->rowCount(), 2);

        m_details->save(QStringLiteral("d1"), QStringLiteral("email-private"),
                        QStringLiteral("b@example.nl"), {});
        QCOMPARE(m_h->backend.saveContactDetailCall.last().detail.id, QStringLiteral("d1"));
        QVERIFY(
            m_h->backend.saveContactDetailCall.answer(ContactDetail{QStringLiteral("d1"),
                                                                    QStringLiteral("email-private"),
                                                                    QStringLiteral("b@example.nl"),
                                                                    {}}));
        QTRY_COMPARE(saved.count(), 2);
        QCOMPARE(m_details->rowCount(), 2);
        QCOMPARE(m_details->data(m_details->index(0), ContactDetailsModel::ValueRole).toString(),
                 QStringLiteral("b@example.nl"));

        m_details->remove(QStringLiteral("d1"));
        QCOMPARE(m_h->backend.removeContactDetailCall.last(), QStringLiteral("d1"));
        QVERIFY(m_h->backend.removeContactDetailCall.answer(Done{}));
        QTRY_COMPARE(saved.count(), 3);
        QCOMPARE(m_details->rowCount(), 1);
        QCOMPARE(m_details->data(m_details->index(0), ContactDetailsModel::IdRole).toString(),
                 QStringLiteral("d2"));
    }

    void refusedSaveKeepsTheListAndSaysWhy() {
        loadDetails({});
        QSignalSpy failed(m_details.get(), &ClientListModel::saveFailed);
        m_details->save({}, QStringLiteral("mobile-phone"), QStringLiteral("06-1"), {});
        QVERIFY(m_h->backend.saveContactDetailCall.answer(validationError()));
        QTRY_COMPARE(failed.count(), 1);
        const QVariantMap fields = failed.at(0).at(0).toMap();
        QCOMPARE(fields.value(QStringLiteral("value")).toString(),
                 QStringLiteral("Geen geldig nummer."));
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Niet goed ingevuld."));
        QCOMPARE(m_details->rowCount(), 0);
        QVERIFY(!m_details->busy());
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
        const auto sent = m_h->backend.saveContactPersonCall.last();
        QCOMPARE(sent.person.id, QStringLiteral("p2"));
        QVERIFY(sent.person.primary);
        ContactPerson stored = person(QStringLiteral("p2"), QStringLiteral("B. Buur"), true);
        QVERIFY(m_h->backend.saveContactPersonCall.answer(stored));
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
        QVERIFY(m_h->backend.removeContactPersonCall.answer(Done{}));
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        QVERIFY(!m_persons->busy());
    }

    void unauthorizedEndsTheSession() {
        loadDetails({});
        m_details->reload();
        QVERIFY(m_h->backend.contactDetailsCall.answer(FakeBackend::error(Kind::Unauthorized)));
        QTRY_VERIFY(m_h->session.state() != Session::State::LoggedIn);
        QCOMPARE(m_details->rowCount(), 0);
    }

private:
    void logIn() { QVERIFY(m_h->logIn()); }

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
