// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/businesscontactsmodel.h"
#include "business/correspondencemodel.h"
#include "business/invoicesmodel.h"
#include "business/projectsmodel.h"
#include "businessfixtures.h"
#include "util/dateformatter.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using namespace careportal::test;
using Kind = ApiError::Kind;
using Status = ClientListModel::Status;

/// The models of the business portal: roles from records and derived ones, the cache, writes
/// through the outbox, and a switch of organisation that leaves nothing of the other.
class TestBusinessModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
    }

    void cleanup() { m_h.reset(); }

    void invoicesRowsRolesAndMoney() {
        logIn({kade()});
        InvoicesModel model(&m_h->session, &m_h->backend, &m_h->language);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QCOMPARE(model.status(), Status::Loading);
        QCOMPARE(m_h->backend.invoicesCall.last(), kKade + QStringLiteral("?open"));
        QVERIFY(m_h->backend.invoicesCall.answer(
            QList<BusinessRecord>{invoice(QStringLiteral("i1"), 123456, QStringLiteral("open")),
                                  invoice(QStringLiteral("i2"), 5, QStringLiteral("paid"))}));
        QTRY_COMPARE(model.status(), Status::Ready);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(value(model, 0, "itemId").toString(), QStringLiteral("i1"));
        QCOMPARE(value(model, 0, "number").toString(), QStringLiteral("F2026-i1"));
        QCOMPARE(value(model, 0, "amountCents").toLongLong(), 123456);
        const QString nbsp(QChar(0x00A0));
        QCOMPARE(value(model, 0, "amountText").toString().replace(nbsp, QStringLiteral(" ")),
                 QStringLiteral("€ 1.234,56"));
        QCOMPARE(value(model, 0, "totalText").toString().replace(nbsp, QStringLiteral(" ")),
                 QStringLiteral("€ 1.234,56"));
        QCOMPARE(value(model, 0, "dueDateText").toString(),
                 DateFormatter(QStringLiteral("nl")).dayText(QDate(2026, 5, 30)));
        QCOMPARE(value(model, 0, "open").toBool(), true);
        QCOMPARE(value(model, 1, "open").toBool(), false);
        QVERIFY(value(model, 1, "paidOnText").toString().isEmpty());
        QCOMPARE(value(model, 1, "amountText").toString().replace(nbsp, QStringLiteral(" ")),
                 QStringLiteral("€ 0,05"));
        QCOMPARE(InvoicesModel::money(123456, QStringLiteral("en")), QStringLiteral("€1,234.56"));

        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(value(model, 0, "amountText").toString(), QStringLiteral("€1,234.56"));
        QCOMPARE(value(model, 0, "dueDateText").toString(),
                 DateFormatter(QStringLiteral("en")).dayText(QDate(2026, 5, 30)));

        // "Alle facturen" asks again, for every invoice.
        model.setOpenOnly(false);
        QCOMPARE(m_h->backend.invoicesCall.last(), kKade);
        QVERIFY(m_h->backend.invoicesCall.answer(QList<BusinessRecord>{}));
        QTRY_COMPARE(model.rowCount(), 0);
    }

    void invoiceDetailWithLines() {
        logIn({kade()});
        InvoicesModel model(&m_h->session, &m_h->backend, &m_h->language);
        model.showDetail(QStringLiteral("i1"));
        QVERIFY(model.detailLoading());
        QCOMPARE(m_h->backend.invoiceCall.last(), kKade + QStringLiteral("/i1"));
        QJsonObject json = invoice(QStringLiteral("i1"), 75000, QStringLiteral("open")).json;
        json.insert(QLatin1String("lines"),
                    QJsonArray{QJsonObject{{QLatin1String("description"), QStringLiteral("Uren")},
                                           {QLatin1String("quantity"), 2.5},
                                           {QLatin1String("unitPriceCents"), 30000},
                                           {QLatin1String("amountCents"), 75000},
                                           {QLatin1String("vatPercent"), 21}}});
        QVERIFY(m_h->backend.invoiceCall.answer(record(json)));
        QTRY_VERIFY(!model.detailLoading());
        const QVariantList lines = model.detail().value(QStringLiteral("lines")).toList();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).toMap().value(QStringLiteral("quantityText")).toString(),
                 QStringLiteral("2,5"));
        QCOMPARE(lines.at(0).toMap().value(QStringLiteral("vatText")).toString(),
                 QStringLiteral("21%"));
        QCOMPARE(model.detail().value(QStringLiteral("itemId")).toString(), QStringLiteral("i1"));

        model.showDetail(QStringLiteral("i9"));
        QVERIFY(m_h->backend.invoiceCall.answer(
            FakeBackend::error(Kind::NotFound, QStringLiteral("Niet gevonden."))));
        QTRY_VERIFY(!model.detailLoading());
        QCOMPARE(model.detailError(), QStringLiteral("Niet gevonden."));
    }

    void projectsAndTheirLead() {
        logIn({kade()});
        ProjectsModel model(&m_h->session, &m_h->backend, &m_h->language);
        model.reload();
        QCOMPARE(m_h->backend.projectsCall.last(), kKade + QStringLiteral("?mine"));
        QVERIFY(m_h->backend.projectsCall.answer(
            QList<BusinessRecord>{project(QStringLiteral("p1"), QStringLiteral("J. Leider"))}));
        QTRY_COMPARE(model.status(), Status::Ready);
        QCOMPARE(value(model, 0, "leadName").toString(), QStringLiteral("J. Leider"));
        QCOMPARE(value(model, 0, "leadPhone").toString(), QStringLiteral("088 123 45 81"));
        QCOMPARE(value(model, 0, "leadEmail").toString(), QStringLiteral("lead@example.nl"));
        QCOMPARE(value(model, 0, "startText").toString(),
                 DateFormatter(QStringLiteral("nl")).dayText(QDate(2025, 1, 15)));
        QVERIFY(value(model, 0, "endText").toString().isEmpty());
        QCOMPARE(value(model, 0, "member").toBool(), true);
        model.setMineOnly(false);
        QCOMPARE(m_h->backend.projectsCall.last(), kKade);
    }

    void correspondenceUnreadAndMarkRead() {
        logIn({kade()});
        CorrespondenceModel model(&m_h->session, &m_h->backend, &m_h->language);
        model.setOfflineSupport(&m_h->documents, &m_h->outbox);
        model.reload();
        QVERIFY(m_h->backend.correspondenceCall.answer(QList<BusinessRecord>{
            answer(QStringLiteral("a1"), false), answer(QStringLiteral("a2"), true)}));
        QTRY_COMPARE(model.status(), Status::Ready);
        QCOMPARE(model.unread(), 1);
        QVERIFY(!value(model, 0, "answeredText").toString().isEmpty());

        QSignalSpy unread(&model, &CorrespondenceModel::unreadChanged);
        model.markRead(QStringLiteral("a2")); // read already: nothing sent
        QCOMPARE(m_h->backend.markCorrespondenceReadCall.count(), 0);
        // A marker that does not arrive leaves the list as it was.
        model.markRead(QStringLiteral("a1"));
        QCOMPARE(m_h->backend.markCorrespondenceReadCall.last(), kKade + QStringLiteral("/a1"));
        QVERIFY(m_h->backend.markCorrespondenceReadCall.answer(FakeBackend::error(Kind::Server)));
        QTest::qWait(20);
        QCOMPARE(model.status(), Status::Ready);
        QCOMPARE(model.unread(), 1);
        QCOMPARE(model.rowCount(), 2);

        model.markRead(QStringLiteral("a1"));
        QVERIFY(m_h->backend.markCorrespondenceReadCall.answer(answer(QStringLiteral("a1"), true)));
        QTRY_COMPARE(model.unread(), 0);
        QVERIFY(unread.count() >= 1);
        QCOMPARE(value(model, 0, "read").toBool(), true);
        // The cached list follows the server, quietly.
        QTRY_COMPARE(m_h->backend.correspondenceCall.waiting(), 1);
        QVERIFY(m_h->backend.correspondenceCall.answer(QList<BusinessRecord>{
            answer(QStringLiteral("a1"), true), answer(QStringLiteral("a2"), true)}));
        QTest::qWait(20);
        QCOMPARE(model.status(), Status::Ready);
        QCOMPARE(model.unread(), 0);
    }

    void cachedListShownOfflineAndKeptOn304() {
        logIn({kade()});
        ListVersion<BusinessRecord> first(
            QList<BusinessRecord>{project(QStringLiteral("p1"), QStringLiteral("J. Leider"))});
        first.etag = "\"projects-1\"";
        {
            ProjectsModel model(&m_h->session, &m_h->backend, &m_h->language);
            model.setOfflineSupport(&m_h->documents, &m_h->outbox);
            model.reload();
            QVERIFY(m_h->backend.projectsCall.answer(first));
            QTRY_COMPARE(model.status(), Status::Ready);
            QVERIFY(!model.offline());
        }
        ProjectsModel again(&m_h->session, &m_h->backend, &m_h->language);
        again.setOfflineSupport(&m_h->documents, &m_h->outbox);
        again.reload();
        QCOMPARE(again.status(), Status::Ready); // from the cache, before the server answers
        QCOMPARE(again.rowCount(), 1);
        QCOMPARE(m_h->backend.listEtags.last(), QByteArray("\"projects-1\""));
        ListVersion<BusinessRecord> unchanged;
        unchanged.notModified = true;
        unchanged.etag = first.etag;
        QVERIFY(m_h->backend.projectsCall.answer(unchanged));
        QTest::qWait(20);
        QCOMPARE(again.rowCount(), 1);
        QCOMPARE(value(again, 0, "leadName").toString(), QStringLiteral("J. Leider"));
        QVERIFY(!again.offline());

        again.reload();
        QVERIFY(m_h->backend.projectsCall.answer(FakeBackend::error(Kind::Offline)));
        QTRY_VERIFY(again.offline());
        QCOMPARE(again.status(), Status::Ready);
        QCOMPARE(again.rowCount(), 1);

        // The other organisation's cache is its own: nothing of De Kade shows there.
        QVERIFY(!m_h->documents.load(kHaven, QStringLiteral("business-projects-mine")));
        QVERIFY(m_h->documents.load(kKade, QStringLiteral("business-projects-mine")));
    }

    void ownContactSaveQueuesAnUpdate() {
        logIn({kade()});
        BusinessContactsModel model(BusinessContactsModel::Scope::Own, &m_h->session, &m_h->backend,
                                    &m_h->language);
        model.setOfflineSupport(&m_h->documents, &m_h->outbox);
        model.reload();
        QCOMPARE(m_h->backend.businessFunctionsCall.last(), kKade);
        QVERIFY(m_h->backend.businessFunctionsCall.answer(functions()));
        QTRY_COMPARE(m_h->backend.businessOwnContactCall.waiting(), 1);
        QVERIFY(m_h->backend.businessOwnContactCall.answer(QList<BusinessRecord>{
            contact(QStringLiteral("contact-m"), QStringLiteral("Marieke"))}));
        QTRY_COMPARE(model.status(), Status::Ready);
        QCOMPARE(model.contact().value(QStringLiteral("functionLabel")).toString(),
                 QStringLiteral("P&O Manager"));
        QCOMPARE(model.contact().value(QStringLiteral("birthDateText")).toString(),
                 QStringLiteral("12-04-1978"));
        QCOMPARE(model.contact().value(QStringLiteral("administrator")).toBool(), true);

        QSignalSpy saved(&model, &ClientListModel::saved);
        QVariantMap form = model.contact();
        form.insert(QStringLiteral("firstName"), QStringLiteral(" Mariëtte "));
        form.insert(QStringLiteral("administrator"), false); // not the own to change
        model.save(form);
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 1);
        const QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::BusinessContact);
        QCOMPARE(sent.operation, QueuedWrite::Operation::Update);
        QCOMPARE(sent.clientId, kKade);
        QCOMPARE(sent.targetId, QStringLiteral("contact-m"));
        QCOMPARE(sent.ifMatch, QByteArray("\"c-contact-m\""));
        QVERIFY(!sent.idempotencyKey.isEmpty());
        QCOMPARE(sent.fields.value(QLatin1String("firstName")).toString(),
                 QStringLiteral("Mariëtte"));
        QCOMPARE(sent.fields.value(QLatin1String("surname")).toString(),
                 QStringLiteral("Kademaker"));
        QCOMPARE(sent.fields.value(QLatin1String("birthDate")).toString(),
                 QStringLiteral("1978-04-12"));
        QCOMPARE(sent.fields.value(QLatin1String("function")).toString(), QStringLiteral("210"));
        QVERIFY(!sent.fields.contains(QLatin1String("administrator")));
        QVERIFY(!sent.fields.contains(QLatin1String("portalUser")));
        QVERIFY(sent.fields.contains(QLatin1String("emailServices")));
        // Pending, the row shows the new name already.
        QCOMPARE(model.contact().value(QStringLiteral("firstName")).toString(),
                 QStringLiteral("Mariëtte"));
        QVERIFY(value(model, 0, "pending").toBool());
        QVERIFY(m_h->backend.deliverCall.answer(WriteReceipt{
            contact(QStringLiteral("contact-m"), QStringLiteral("Mariëtte")).json, false}));
        QTRY_COMPARE(saved.count(), 1);
        QVERIFY(!value(model, 0, "pending").toBool());
        QCOMPARE(m_h->outbox.entries().size(), 0);
        // The own contact is only changed, never made or removed here.
        model.save({});
        model.remove(QStringLiteral("contact-m"));
        QTest::qWait(20);
        QCOMPARE(m_h->backend.deliverCall.count(), 1);
    }

    void colleaguesCreateEditRemove() {
        logIn({kade()});
        BusinessContactsModel model(BusinessContactsModel::Scope::Colleagues, &m_h->session,
                                    &m_h->backend, &m_h->language);
        model.setOfflineSupport(&m_h->documents, &m_h->outbox);
        model.reload();
        QVERIFY(m_h->backend.businessFunctionsCall.answer(functions()));
        QTRY_COMPARE(m_h->backend.businessColleaguesCall.waiting(), 1);
        QCOMPARE(m_h->backend.businessColleaguesCall.last(), kKade);
        QVERIFY(m_h->backend.businessColleaguesCall.answer(
            QList<BusinessRecord>{contact(QStringLiteral("col-1"), QStringLiteral("Tom"))}));
        QTRY_COMPARE(model.status(), Status::Ready);
        QSignalSpy saved(&model, &ClientListModel::saved);

        model.save({{QStringLiteral("firstName"), QStringLiteral("Anne")},
                    {QStringLiteral("surname"), QStringLiteral("Nieuw")},
                    {QStringLiteral("email"), QStringLiteral("anne@example.nl")},
                    {QStringLiteral("administrator"), false},
                    {QStringLiteral("portalUser"), true}});
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 1);
        QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::BusinessColleague);
        QCOMPARE(sent.operation, QueuedWrite::Operation::Create);
        QVERIFY(sent.targetId.isEmpty());
        QCOMPARE(sent.fields.value(QLatin1String("portalUser")).toBool(), true);
        QVERIFY(sent.fields.contains(QLatin1String("administrator")));
        QCOMPARE(model.rowCount(), 2); // shown at once, pending
        QVERIFY(m_h->backend.deliverCall.answer(
            WriteReceipt{contact(QStringLiteral("col-2"), QStringLiteral("Anne")).json, false}));
        QTRY_COMPARE(saved.count(), 1);
        QTRY_COMPARE(m_h->backend.businessFunctionsCall.waiting(), 1); // the quiet refresh
        QVERIFY(m_h->backend.businessFunctionsCall.answer(functions()));
        QTRY_COMPARE(m_h->backend.businessColleaguesCall.waiting(), 1);
        QVERIFY(m_h->backend.businessColleaguesCall.answer(
            QList<BusinessRecord>{contact(QStringLiteral("col-1"), QStringLiteral("Tom")),
                                  contact(QStringLiteral("col-2"), QStringLiteral("Anne"))}));
        QTRY_COMPARE(model.rowCount(), 2);

        model.save({{QStringLiteral("itemId"), QStringLiteral("col-1")},
                    {QStringLiteral("surname"), QStringLiteral("Havenaar")},
                    {QStringLiteral("administrator"), true},
                    {QStringLiteral("portalUser"), true}});
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 2);
        sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.operation, QueuedWrite::Operation::Update);
        QCOMPARE(sent.targetId, QStringLiteral("col-1"));
        QCOMPARE(sent.ifMatch, QByteArray("\"c-col-1\""));
        QCOMPARE(sent.fields.value(QLatin1String("administrator")).toBool(), true);
        QVERIFY(m_h->backend.deliverCall.answer(
            WriteReceipt{contact(QStringLiteral("col-1"), QStringLiteral("Tom")).json, false}));
        QTRY_COMPARE(saved.count(), 2);

        model.remove(QStringLiteral("col-2"));
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 3);
        sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::BusinessColleague);
        QCOMPARE(sent.operation, QueuedWrite::Operation::Delete);
        QCOMPARE(sent.targetId, QStringLiteral("col-2"));
        QCOMPARE(sent.ifMatch, QByteArray("\"c-col-2\""));
        QVERIFY(m_h->backend.deliverCall.answer(WriteReceipt{}));
        QTRY_COMPARE(saved.count(), 3);
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void askQueuesAQuestionShownPending() {
        logIn({kade()});
        ProjectQuestionsModel model(&m_h->session, &m_h->backend, &m_h->language);
        model.setOfflineSupport(&m_h->documents, &m_h->outbox);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.questionError(QString()).isEmpty()); // a question is required
        QVERIFY(model.questionError(QStringLiteral("Wie?")).isEmpty());

        m_h->outbox.setEnabled(false); // it waits: as when offline
        model.ask(QStringLiteral("p1"), QStringLiteral("  Kan er een extra ronde bij?  "));
        QTRY_COMPARE(m_h->outbox.entries().size(), 1);
        const QueuedWrite queued = m_h->outbox.entries().first().write;
        QCOMPARE(queued.kind, QueuedWrite::Kind::ProjectQuestion);
        QCOMPARE(queued.operation, QueuedWrite::Operation::Create);
        QCOMPARE(queued.clientId, kKade);
        QCOMPARE(queued.targetId, QStringLiteral("p1"));
        QCOMPARE(queued.fields.value(QLatin1String("question")).toString(),
                 QStringLiteral("Kan er een extra ronde bij?"));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(value(model, 0, "pending").toBool());
        QCOMPARE(value(model, 0, "question").toString(),
                 QStringLiteral("Kan er een extra ronde bij?"));
        QCOMPARE(value(model, 0, "projectId").toString(), QStringLiteral("p1"));
        QCOMPARE(model.forProject(QStringLiteral("p1")).size(), 1);
        QVERIFY(model.forProject(QStringLiteral("p2")).isEmpty());

        m_h->outbox.setEnabled(true);
        QTRY_COMPARE(m_h->backend.deliverCall.count(), 1);
        QCOMPARE(m_h->backend.deliverCall.last().targetId, QStringLiteral("p1"));
    }

    void aSwitchEmptiesTheListsAndDropsLateAnswers() {
        logIn({kade(), haven()});
        InvoicesModel model(&m_h->session, &m_h->backend, &m_h->language);
        model.setOfflineSupport(&m_h->documents, &m_h->outbox);
        model.reload(); // no organisation yet: nothing asked
        QCOMPARE(m_h->backend.invoicesCall.count(), 0);
        m_h->session.business()->chooseOrganisation(kKade);
        model.reload();
        QVERIFY(m_h->backend.invoicesCall.answer(
            QList<BusinessRecord>{invoice(QStringLiteral("i1"), 100, QStringLiteral("open"))}));
        QTRY_COMPARE(model.rowCount(), 1);
        model.reload(); // still on its way when the contact switches
        QCOMPARE(m_h->backend.invoicesCall.waiting(), 1);

        m_h->session.business()->switchOrganisation();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.status(), Status::Idle);
        QVERIFY(m_h->backend.invoicesCall.answer(
            QList<BusinessRecord>{invoice(QStringLiteral("i1"), 100, QStringLiteral("open"))}));
        QTest::qWait(30);
        QCOMPARE(model.rowCount(), 0);

        m_h->session.business()->chooseOrganisation(kHaven);
        QCOMPARE(model.rowCount(), 0);
        model.reload();
        QCOMPARE(m_h->backend.invoicesCall.last(), kHaven + QStringLiteral("?open"));
        QCOMPARE(model.rowCount(), 0); // De Kade's cache is not Havenstad's
        QVERIFY(m_h->backend.invoicesCall.answer(FakeBackend::error(Kind::NotFound)));
        QTRY_COMPARE(model.status(), Status::Error);
        QCOMPARE(model.rowCount(), 0);
    }

    // An invoice's detail asked at one organisation and answered after a switch to another
    // where the same id is asked again: only the new organisation's answer shows.
    void aLateDetailOfTheOtherOrganisationIsDropped() {
        logIn({kade(), haven()});
        InvoicesModel model(&m_h->session, &m_h->backend, &m_h->language);
        m_h->session.business()->chooseOrganisation(kKade);
        model.showDetail(QStringLiteral("i1"));
        m_h->session.business()->switchOrganisation();
        m_h->session.business()->chooseOrganisation(kHaven);
        model.showDetail(QStringLiteral("i1"));
        QCOMPARE(m_h->backend.invoiceCall.last(), kHaven + QStringLiteral("/i1"));
        QVERIFY(m_h->backend.invoiceCall.answerWhere(
            [](const QString &request) { return request.startsWith(kKade); },
            Result<BusinessRecord>(invoice(QStringLiteral("i1"), 999, QStringLiteral("open")))));
        QTest::qWait(20);
        QVERIFY(model.detailLoading());
        QVERIFY(!model.detail().contains(QStringLiteral("amountCents")));
        QVERIFY(m_h->backend.invoiceCall.answer(FakeBackend::error(Kind::NotFound)));
        QTRY_VERIFY(!model.detailLoading());
        QVERIFY(!model.detailError().isEmpty());
        QVERIFY(!model.detail().contains(QStringLiteral("amountCents")));
    }

    // "Twee-factorauthenticatie wissen" answered after a switch of organisation: not told
    // on the other organisation's pages; answered in time it is.
    void aLateSecondFactorResetIsDropped() {
        logIn({kade(), haven()});
        BusinessContactsModel colleagues(BusinessContactsModel::Scope::Colleagues, &m_h->session,
                                         &m_h->backend, &m_h->language);
        QSignalSpy reset(&colleagues, &BusinessContactsModel::secondFactorReset);
        m_h->session.business()->chooseOrganisation(kKade);
        colleagues.resetSecondFactor(QStringLiteral("c2"));
        QCOMPARE(m_h->backend.resetColleagueFactorCall.last(), kKade + QStringLiteral("/c2"));
        m_h->session.business()->switchOrganisation();
        m_h->session.business()->chooseOrganisation(kHaven);
        QVERIFY(m_h->backend.resetColleagueFactorCall.answer(Done{}));
        QTest::qWait(20);
        QCOMPARE(reset.count(), 0);
        colleagues.resetSecondFactor(QStringLiteral("c3"));
        QVERIFY(m_h->backend.resetColleagueFactorCall.answer(Done{}));
        QTRY_COMPARE(reset.count(), 1);
    }

private:
    void logIn(const QList<OrganisationLink> &organisations) {
        logInAsBusiness(*m_h, organisations);
    }

    std::unique_ptr<SessionHarness> m_h;
};

QTEST_MAIN(TestBusinessModels)
#include "tst_businessmodels.moc"
