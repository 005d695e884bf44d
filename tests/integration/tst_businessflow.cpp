// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The business portal end to end (issue 19): the app core's session and models against the
// real careportal-server over TLS on loopback, with the demo's business customers, checked
// against what the server stored.
#include "app/appcomposition.h"
#include "auth/session.h"
#include "backend/carebackend.h"
#include "business/businesscontactsmodel.h"
#include "business/businessfeature.h"
#include "business/businessorganisationmodel.h"
#include "business/correspondencemodel.h"
#include "business/invoicesmodel.h"
#include "business/projectsmodel.h"
#include "loggedinapp.h"
#include "outbox/outbox.h"
#include "serverprocess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::ServerProcess;
using Status = ClientListModel::Status;

namespace {

constexpr int timeoutMs = 20000;
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kKade = QStringLiteral("demo-business-de-kade");
const QString kHavenstad = QStringLiteral("demo-business-havenstad");
const QString kMarieke = QStringLiteral("demo-contact-kademaker");

/// The value of the role called `name` in `row`.
QVariant value(const QAbstractItemModel &model, int row, const QByteArray &name) {
    return model.data(model.index(row, 0), model.roleNames().key(name, -1));
}

/// Waits for a backend call's answer.
template <typename T> Result<T> await(const QFuture<Result<T>> &future) {
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, timeoutMs))
        return ApiError::make(ApiError::Kind::Timeout);
    return future.result();
}

void waitReady(ClientListModel *model) {
    QTRY_VERIFY_WITH_TIMEOUT(model->status() == Status::Ready || model->status() == Status::Error,
                             timeoutMs);
    QVERIFY2(model->status() == Status::Ready, qPrintable(model->errorMessage()));
}

} // namespace

class BusinessFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QVERIFY(m_dataDir.isValid());
    }

    // Marieke works for two customers: after the login she chooses, then De Kade's lists.
    void loginAsksForTheOrganisation() {
        m_app = test::startAtLogin(m_server, m_dataDir);
        QVERIFY(m_app);
        Session *session = m_app->session();
        session->login(QStringLiteral("m.kademaker@example.nl"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, timeoutMs);
        QCOMPARE(session->accountKind(), QStringLiteral("business"));
        QVERIFY(session->business()->needsOrganisationChoice());
        const QVariantList organisations = session->business()->organisationsForQml();
        QCOMPARE(organisations.size(), 2);
        QCOMPARE(organisations.at(0).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Gemeente Havenstad, afdeling Wmo"));
        QCOMPARE(organisations.at(0).toMap().value(QStringLiteral("administrator")).toBool(),
                 false);
        QCOMPARE(organisations.at(1).toMap().value(QStringLiteral("id")).toString(), kKade);
        // Nothing is asked before the choice.
        m_app->business()->invoices()->reload();
        QCOMPARE(m_app->business()->invoices()->status(), Status::Idle);

        session->business()->chooseOrganisation(kKade);
        QCOMPARE(session->business()->organisationName(), QStringLiteral("Woonstichting De Kade"));
        QCOMPARE(session->business()->ownContactId(), kMarieke);
        QVERIFY(session->business()->administrator());
    }

    void organisationOwnContactAndColleagues() {
        BusinessFeature *business = m_app->business();
        business->organisation()->reload();
        waitReady(business->organisation());
        QCOMPARE(business->organisation()->details().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Woonstichting De Kade"));

        business->ownContact()->reload();
        waitReady(business->ownContact());
        const QVariantMap own = business->ownContact()->contact();
        QCOMPARE(own.value(QStringLiteral("itemId")).toString(), kMarieke);
        QCOMPARE(own.value(QStringLiteral("surname")).toString(), QStringLiteral("Kademaker"));
        QVERIFY(own.value(QStringLiteral("administrator")).toBool());
        QVERIFY(!own.value(QStringLiteral("functionLabel")).toString().isEmpty());
        QVERIFY(business->ownContact()->functions().size() >= 6);

        business->colleagues()->reload();
        waitReady(business->colleagues());
        QCOMPARE(business->colleagues()->rowCount(), 3); // Marieke, Tom, the director
    }

    void invoicesOpenThenAllWithDetailAndPdf() {
        InvoicesModel *invoices = m_app->business()->invoices();
        invoices->setOpenOnly(true);
        invoices->reload();
        waitReady(invoices);
        QCOMPARE(invoices->rowCount(), 2);
        for (int row = 0; row < invoices->rowCount(); ++row) {
            QVERIFY(value(*invoices, row, "open").toBool());
            QVERIFY(value(*invoices, row, "totalText").toString().startsWith(u'€'));
        }
        invoices->setOpenOnly(false);
        waitReady(invoices);
        QTRY_COMPARE_WITH_TIMEOUT(invoices->rowCount(), 5, timeoutMs);

        invoices->showDetail(QStringLiteral("demo-invoice-1"));
        QTRY_VERIFY_WITH_TIMEOUT(!invoices->detailLoading(), timeoutMs);
        QVERIFY2(invoices->detailError().isEmpty(), qPrintable(invoices->detailError()));
        const QVariantList lines = invoices->detail().value(QStringLiteral("lines")).toList();
        QVERIFY(lines.size() >= 2);
        QVERIFY(!lines.at(0).toMap().value(QStringLiteral("amountText")).toString().isEmpty());

        const auto pdf =
            await(m_app->backend()->invoicePdf(kKade, QStringLiteral("demo-invoice-1")));
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().code));
        QVERIFY(pdf.value().data.startsWith("%PDF-"));
        QVERIFY(pdf.value().fileName.endsWith(QLatin1String(".pdf")));
    }

    void projectsMineAndAll() {
        ProjectsModel *projects = m_app->business()->projects();
        projects->setMineOnly(true);
        projects->reload();
        waitReady(projects);
        const int mine = projects->rowCount();
        projects->setMineOnly(false);
        waitReady(projects);
        QTRY_COMPARE_WITH_TIMEOUT(projects->rowCount(), 3, timeoutMs);
        QCOMPARE(mine, 0); // she is in no project herself: scope=mine is honoured
        QVERIFY(!value(*projects, 0, "leadName").toString().isEmpty());
    }

    // The own contact changed through the outbox: stored once, read back.
    void ownContactChangedThroughTheOutbox() {
        BusinessContactsModel *own = m_app->business()->ownContact();
        QSignalSpy saved(own, &ClientListModel::saved);
        QVariantMap form = own->contact();
        form.insert(QStringLiteral("nickname"), QStringLiteral("Mies"));
        form.insert(QStringLiteral("department"), QStringLiteral("Vastgoed"));
        own->save(form);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->entries().size(), 0, timeoutMs);
        QCOMPARE(m_server.queryCount(QStringLiteral(
                     "SELECT COUNT(*) FROM business_contacts WHERE nickname = 'Mies'")),
                 1);
        QCOMPARE(m_server.queryCount(
                     QStringLiteral(
                         "SELECT COUNT(*) FROM business_contacts WHERE id = '%1' AND department = "
                         "'Vastgoed'")
                         .arg(kMarieke)),
                 1);
        own->reload();
        QTRY_COMPARE_WITH_TIMEOUT(own->contact().value(QStringLiteral("nickname")).toString(),
                                  QStringLiteral("Mies"), timeoutMs);
    }

    // A beheerder adds a colleague and removes it again, both through the outbox: each
    // delivered once, the outbox empty after each (a removal was seen to stay "sending").
    void colleagueAddedAndRemovedThroughTheOutbox() {
        BusinessContactsModel *colleagues = m_app->business()->colleagues();
        colleagues->reload();
        waitReady(colleagues);
        QSignalSpy saved(colleagues, &ClientListModel::saved);
        colleagues->save({{QStringLiteral("surname"), QStringLiteral("Steiger")},
                          {QStringLiteral("initials"), QStringLiteral("B.")},
                          {QStringLiteral("email"), QStringLiteral("b.steiger@dekade.example")}});
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->entries().size(), 0, timeoutMs);
        const QString count =
            QStringLiteral("SELECT COUNT(*) FROM business_contacts WHERE surname = 'Steiger'");
        QCOMPARE(m_server.queryCount(count), 1);
        // The list shows the server's id once it has read itself again after the delivery
        // (on a loaded machine that comes a moment after the outbox is empty).
        const auto steigerId = [colleagues] {
            for (int row = 0; row < colleagues->rowCount(); ++row) {
                if (value(*colleagues, row, "surname").toString() == QLatin1String("Steiger"))
                    return value(*colleagues, row, "itemId").toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            !steigerId().isEmpty() && !steigerId().startsWith(QLatin1String("outbox:")), timeoutMs);
        const QString id = steigerId();
        colleagues->remove(id);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->entries().size(), 0, timeoutMs);
        QCOMPARE(m_server.queryCount(count), 0);
    }

    // A write that reached the server but whose answer was lost is sent again with the same
    // Idempotency-Key: stored once.
    void theSameWriteTwiceIsStoredOnce() {
        QueuedWrite write;
        write.kind = QueuedWrite::Kind::ProjectQuestion;
        write.operation = QueuedWrite::Operation::Create;
        write.clientId = kKade;
        write.targetId = QStringLiteral("demo-project-de-werf");
        write.fields = {{QLatin1String("question"), QStringLiteral("Twee keer verstuurd?")}};
        write.idempotencyKey = QueuedWrite::newKey();
        const auto first = await(m_app->backend()->deliver(write));
        QVERIFY(first.ok());
        const auto second = await(m_app->backend()->deliver(write));
        QVERIFY(second.ok());
        QVERIFY(second.value().replayed);
        QCOMPARE(second.value().item.value(QLatin1String("id")),
                 first.value().item.value(QLatin1String("id")));
        QCOMPARE(m_server.queryCount(QStringLiteral("SELECT COUNT(*) FROM "
                                                    "business_project_questions WHERE question = "
                                                    "'Twee keer verstuurd?'")),
                 1);
    }

    // A question to the project's leader, answered by staff, arrives as correspondence.
    void questionAnsweredArrivesAsCorrespondence() {
        BusinessFeature *business = m_app->business();
        CorrespondenceModel *correspondence = business->correspondence();
        correspondence->reload();
        waitReady(correspondence);
        const int before = correspondence->unread();

        ProjectQuestionsModel *questions = business->questions();
        questions->reload();
        QSignalSpy saved(questions, &ClientListModel::saved);
        questions->ask(QStringLiteral("demo-project-kade-noord"),
                       QStringLiteral("Is er in juli een extra begeleider?"));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->entries().size(), 0, timeoutMs);
        QString id;
        for (int row = 0; row < questions->rowCount(); ++row) {
            if (value(*questions, row, "question").toString() ==
                QLatin1String("Is er in juli een extra begeleider?"))
                id = value(*questions, row, "itemId").toString();
        }
        QVERIFY(!id.isEmpty());
        QVERIFY(!id.startsWith(QLatin1String("outbox:")));

        QCOMPARE(
            m_server.admin({QStringLiteral("answer-project-question"), QStringLiteral("--id"), id,
                            QStringLiteral("--staff"), QStringLiteral("Mirjam Zorgmanager"),
                            QStringLiteral("--answer"), QStringLiteral("Ja, Sanne komt erbij.")}),
            0);

        correspondence->reload();
        QTRY_COMPARE_WITH_TIMEOUT(correspondence->unread(), before + 1, timeoutMs);
        int row = -1;
        for (int r = 0; r < correspondence->rowCount(); ++r) {
            if (value(*correspondence, r, "itemId").toString() == id)
                row = r;
        }
        QVERIFY(row >= 0);
        QCOMPARE(value(*correspondence, row, "answer").toString(),
                 QStringLiteral("Ja, Sanne komt erbij."));
        QCOMPARE(value(*correspondence, row, "read").toBool(), false);

        correspondence->markRead(id);
        QTRY_COMPARE_WITH_TIMEOUT(correspondence->unread(), before, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_server.queryCount(
                QStringLiteral("SELECT COUNT(*) FROM business_project_questions WHERE "
                               "id = '%1' AND read_utc IS NOT NULL")
                    .arg(id)) == 1,
            timeoutMs);
    }

    // Havenstad, where Marieke is a medewerker: its own lists, no invoices; De Kade's data
    // is gone from the models.
    void switchToTheSecondOrganisation() {
        Session *session = m_app->session();
        ProjectsModel *projects = m_app->business()->projects();
        session->business()->switchOrganisation();
        QVERIFY(session->business()->needsOrganisationChoice());
        QCOMPARE(projects->rowCount(), 0);
        session->business()->chooseOrganisation(kHavenstad);
        QVERIFY(!session->business()->administrator());
        projects->setMineOnly(false);
        projects->reload();
        waitReady(projects);
        QCOMPARE(projects->rowCount(), 1);
        InvoicesModel *invoices = m_app->business()->invoices();
        invoices->reload();
        QTRY_COMPARE_WITH_TIMEOUT(invoices->status(), Status::Error, timeoutMs);
        QCOMPARE(invoices->rowCount(), 0);
    }

    // Tom is a medewerker of De Kade only: no invoices (404, the model in its error state),
    // only his own projects, and nothing of Havenstad.
    void medewerkerSeesLess() {
        m_app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut, timeoutMs);
        m_app.reset();
        m_app = test::startLoggedIn(m_server, m_dataDir, QStringLiteral("t.havenaar@example.nl"));
        QVERIFY(m_app);
        Session *session = m_app->session();
        QVERIFY(!session->business()->needsOrganisationChoice());
        QCOMPARE(session->business()->organisationId(), kKade);
        QVERIFY(!session->business()->administrator());

        InvoicesModel *invoices = m_app->business()->invoices();
        invoices->reload();
        QTRY_COMPARE_WITH_TIMEOUT(invoices->status(), Status::Error, timeoutMs);
        QVERIFY(!invoices->errorMessage().isEmpty());
        QCOMPARE(invoices->rowCount(), 0);
        const auto direct = await(m_app->backend()->invoices(kKade, true, {}));
        QVERIFY(!direct.ok());
        QCOMPARE(direct.error().httpStatus, 404);

        ProjectsModel *projects = m_app->business()->projects();
        projects->setMineOnly(false); // "Alle projecten": still only his own
        projects->reload();
        waitReady(projects);
        QCOMPARE(projects->rowCount(), 2);
        for (int row = 0; row < projects->rowCount(); ++row)
            QVERIFY(value(*projects, row, "member").toBool());

        // A contact of De Kade asking for Havenstad's data gets 404, whatever he asks.
        CareBackend *backend = m_app->backend();
        const auto notFound = [](const auto &result) {
            return !result.ok() && result.error().httpStatus == 404;
        };
        QVERIFY(notFound(await(backend->businessOrganisation(kHavenstad, {}))));
        QVERIFY(notFound(await(backend->businessOwnContact(kHavenstad, {}))));
        QVERIFY(notFound(await(backend->businessColleagues(kHavenstad, {}))));
        QVERIFY(notFound(await(backend->projects(kHavenstad, false, {}))));
        QVERIFY(notFound(await(backend->correspondence(kHavenstad, {}))));
        QVERIFY(notFound(await(backend->invoices(kHavenstad, false, {}))));
        QVERIFY(notFound(await(backend->invoicePdf(kHavenstad, QStringLiteral("demo-invoice-1")))));
        // And his own organisation's answers come.
        QVERIFY(await(backend->businessOrganisation(kKade, {})).ok());
    }

    void cleanupTestCase() {
        if (m_app && m_app->session()->state() == Session::State::LoggedIn) {
            m_app->session()->logout();
            QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut,
                                      timeoutMs);
        }
        m_app.reset();
    }

private:
    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;
};

QTEST_MAIN(BusinessFlowTest)
#include "tst_businessflow.moc"
