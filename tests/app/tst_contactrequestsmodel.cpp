// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requests/contactrequestsmodel.h"
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

ContactRequest request(const QString &id, int daysAgo, bool done = false) {
    ContactRequest r;
    r.id = id;
    r.subject = QStringLiteral("planning");
    r.message = QStringLiteral("Vraag ") + id;
    r.done = done;
    r.createdAt = QDateTime(QDate(2026, 11, 20).addDays(-daysAgo), QTime(10, 0));
    if (done) {
        r.answeredAt = r.createdAt.addDays(1);
        r.answer = QStringLiteral("Geregeld.");
        r.answeredBy = QStringLiteral("Marloes");
    }
    return r;
}

QList<LabelledOption> subjects() {
    return {{QStringLiteral("planning"), QStringLiteral("Ik heb een vraag over mijn planning"),
             QStringLiteral("I have a question about my planning")}};
}

} // namespace

/// Contact zorgorganisatie's model: subjects before rows, newest first, paging with a
/// cursor, a new request on top, statuses in words, a failed page that can be retried.
class TestContactRequestsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_model =
            std::make_unique<ContactRequestsModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setOfflineSupport(&m_h->documents, &m_h->outbox);
        QVERIFY(m_h->logIn());
        m_h->outbox.setEnabled(true);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_h.reset();
    }

    void firstPageThenMore() {
        m_model->reload();
        QVERIFY(m_h->backend.contactRequestSubjectsCall.answer(subjects()));
        QTRY_COMPARE(m_h->backend.contactRequestsCall.waiting(), 1);
        QCOMPARE(m_h->backend.contactRequestsCall.last(), QString()); // first page: no cursor
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{
            {request(QStringLiteral("r3"), 1), request(QStringLiteral("r2"), 5, true)},
            QStringLiteral("cursor-1")}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->hasMore());
        QCOMPARE(text(0, ContactRequestsModel::StatusTextRole), QStringLiteral("Openstaand"));
        QCOMPARE(text(1, ContactRequestsModel::StatusTextRole), QStringLiteral("Afgerond"));
        QCOMPARE(text(0, ContactRequestsModel::SubjectLabelRole),
                 QStringLiteral("Ik heb een vraag over mijn planning"));
        QCOMPARE(text(0, ContactRequestsModel::CreatedTextRole), QStringLiteral("19-11-2026"));
        QCOMPARE(text(1, ContactRequestsModel::AnsweredTextRole), QStringLiteral("16-11-2026"));

        m_model->loadMore();
        QVERIFY(m_model->loadingMore());
        m_model->loadMore(); // a second tap while loading asks nothing more
        QCOMPARE(m_h->backend.contactRequestsCall.count(), 2);
        QCOMPARE(m_h->backend.contactRequestsCall.last(), QStringLiteral("cursor-1"));
        // A row seen before (e.g. the list shifted) is not shown twice.
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{
            {request(QStringLiteral("r2"), 5, true), request(QStringLiteral("r1"), 9, true)}, {}}));
        QTRY_VERIFY(!m_model->loadingMore());
        QCOMPARE(m_model->rowCount(), 3);
        QVERIFY(!m_model->hasMore());
        QCOMPARE(text(2, ContactRequestsModel::IdRole), QStringLiteral("r1"));
    }

    void failedPageCanBeRetried() {
        loadFirstPage();
        m_model->loadMore();
        QVERIFY(m_h->backend.contactRequestsCall.answer(FakeBackend::error(Kind::Offline)));
        QTRY_VERIFY(!m_model->loadingMore());
        QCOMPARE(m_model->status(), Status::Error);
        QCOMPARE(m_model->rowCount(), 1); // what was shown stays
        QVERIFY(m_model->hasMore());
    }

    void aNewRequestGoesOnTop() {
        loadFirstPage();
        QSignalSpy saved(m_model.get(), &ClientListModel::saved);
        m_model->save({}, QStringLiteral("planning"), QStringLiteral("  Nieuwe vraag  "));
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        const QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::ContactRequest);
        QCOMPARE(sent.operation, QueuedWrite::Operation::Create);
        QCOMPARE(sent.fields.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Nieuwe vraag"));
        // Shown on top at once, waiting.
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->data(m_model->index(0), ClientListModel::PendingRole).toBool());
        QVERIFY(m_h->backend.deliverCall.answer(
            WriteReceipt{request(QStringLiteral("r9"), 0).toRecord(), false}));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(0, ContactRequestsModel::IdRole), QStringLiteral("r9"));
        QCOMPARE(m_model->request(QStringLiteral("r9")).value(QStringLiteral("done")).toBool(),
                 false);
    }

    void closedRequestRefusalReachesTheForm() {
        loadFirstPage();
        QSignalSpy failed(m_model.get(), &ClientListModel::saveFailed);
        m_model->remove(QStringLiteral("r3"));
        ApiError closed = FakeBackend::error(Kind::Conflict, QStringLiteral("Al afgehandeld."));
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QCOMPARE(m_h->backend.deliverCall.last().operation, QueuedWrite::Operation::Delete);
        QVERIFY(m_h->backend.deliverCall.answer(closed));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("Al afgehandeld."));
        QCOMPARE(m_model->rowCount(), 1);
    }

    void newAnswersUntilOpened() {
        loadFirstPage();
        QSignalSpy changed(m_model.get(), &ContactRequestsModel::newAnswersChanged);
        ContactRequest fresh = request(QStringLiteral("r5"), 0, true);
        fresh.answeredAt = QDateTime::currentDateTime().addDays(-1);
        ContactRequest old = request(QStringLiteral("r4"), 0, true);
        old.answeredAt = QDateTime::currentDateTime().addDays(-20); // not new any more
        m_model->loadMore();
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{{fresh, old}, {}}));
        QTRY_VERIFY(changed.count() > 0);
        QCOMPARE(m_model->newAnswers().size(), 1);
        const QVariantMap answer = m_model->newAnswers().first().toMap();
        QCOMPARE(answer.value(QStringLiteral("requestId")).toString(), QStringLiteral("r5"));
        QCOMPARE(answer.value(QStringLiteral("answeredBy")).toString(), QStringLiteral("Marloes"));
        m_model->markSeen(QStringLiteral("r5"));
        QVERIFY(m_model->newAnswers().isEmpty());
        // Opening it tells the server, which keeps it read for every later login.
        QTRY_COMPARE(m_h->backend.markAnswerReadCall.count(), 1);
        QCOMPARE(m_h->backend.markAnswerReadCall.last(), QStringLiteral("r5"));
    }

    // Issue 27: what the server says was read stays read, whatever this device remembers
    // (a new login starts with an empty cache).
    void answersTheServerKnowsReadAreNotNew() {
        loadFirstPage();
        ContactRequest read = request(QStringLiteral("r5"), 0, true);
        read.answeredAt = QDateTime::currentDateTime().addDays(-1);
        read.answerReadAt = QDateTime::currentDateTime().addSecs(-3600);
        ContactRequest unread = request(QStringLiteral("r4"), 0, true);
        unread.answeredAt = QDateTime::currentDateTime().addDays(-2);
        m_model->loadMore();
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{{read, unread}, {}}));
        QTRY_COMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->newAnswers().size(), 1);
        QCOMPARE(m_model->newAnswers().first().toMap().value(QStringLiteral("requestId")),
                 QVariant(QStringLiteral("r4")));
        // Read before: nothing to tell the server; an open request has nothing to read.
        m_model->markSeen(QStringLiteral("r5"));
        m_model->markSeen(QStringLiteral("r3"));
        QCOMPARE(m_h->backend.markAnswerReadCall.count(), 0);
    }

    // Opened without a connection: not new here at once, and the marker goes to the
    // server at the next listing that reaches it.
    void aMarkerThatDidNotArriveIsSentAgain() {
        loadFirstPage();
        ContactRequest answered = request(QStringLiteral("r5"), 0, true);
        answered.answeredAt = QDateTime::currentDateTime().addDays(-1);
        m_model->loadMore();
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{{answered}, {}}));
        QTRY_COMPARE(m_model->newAnswers().size(), 1);

        m_model->markSeen(QStringLiteral("r5"));
        QVERIFY(m_model->newAnswers().isEmpty());
        QTRY_COMPARE(m_h->backend.markAnswerReadCall.waiting(), 1);
        QVERIFY(m_h->backend.markAnswerReadCall.answer(FakeBackend::error(Kind::Offline)));
        QVERIFY(m_model->newAnswers().isEmpty());

        m_model->reload();
        QVERIFY(m_h->backend.contactRequestSubjectsCall.answer(subjects()));
        QTRY_COMPARE(m_h->backend.contactRequestsCall.waiting(), 1);
        QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{{answered}, {}}));
        QTRY_COMPARE(m_h->backend.markAnswerReadCall.count(), 2);
        QCOMPARE(m_h->backend.markAnswerReadCall.last(), QStringLiteral("r5"));
        QVERIFY(m_model->newAnswers().isEmpty());
        ContactRequest stored = answered;
        stored.answerReadAt = QDateTime::currentDateTime();
        QVERIFY(m_h->backend.markAnswerReadCall.answer(stored));
    }

    void messageRules() {
        QVERIFY(!m_model->messageError(QStringLiteral("  ")).isEmpty());
        QVERIFY(m_model->messageError(QStringLiteral("Een vraag")).isEmpty());
        QVERIFY(!m_model->messageError(QString(4001, QLatin1Char('x'))).isEmpty());
    }

private:
    [[nodiscard]] QString text(int row, int role) const {
        return m_model->data(m_model->index(row), role).toString();
    }

    void loadFirstPage() {
        m_model->reload();
        QVERIFY(m_h->backend.contactRequestSubjectsCall.answer(subjects()));
        QTRY_COMPARE(m_h->backend.contactRequestsCall.waiting(), 1);
        QVERIFY(m_h->backend.contactRequestsCall.answer(
            ContactRequestPage{{request(QStringLiteral("r3"), 1)}, QStringLiteral("c")}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<ContactRequestsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestContactRequestsModel)
#include "tst_contactrequestsmodel.moc"
