// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifications/notificationcentre.h"
#include "notifications/trayicon.h"
#include "planning/planningcache.h"
#include "planning/planningmodel.h"
#include "requests/contactrequestsmodel.h"
#include "sessionharness.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QWindow>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;

namespace {

QDate thisMonth() {
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

/// Always ahead: only visits still to come are news.
QDate nextMonth() {
    return thisMonth().addMonths(1);
}

Appointment visit(const QString &id, QDate day, QTime start, const QString &carer,
                  qint64 minutes = 120) {
    const QDateTime begin(day, start, QTimeZone(3600));
    return {id, begin, begin.addSecs(minutes * 60), QStringLiteral("HV 1"), carer};
}

QList<Appointment> twoVisits() {
    return {
        visit(QStringLiteral("a-1"), nextMonth().addDays(2), QTime(13, 30), QStringLiteral("Daan")),
        visit(QStringLiteral("a-2"), nextMonth().addDays(9), QTime(9, 0),
              QStringLiteral("Fatima"))};
}

ContactRequest request(const QString &id, bool answered) {
    ContactRequest r;
    r.id = id;
    r.subject = QStringLiteral("planning");
    r.message = QStringLiteral("Kan de hulp op dinsdag komen?");
    r.createdAt = QDateTime::currentDateTime().addDays(-2);
    r.done = answered;
    if (answered) {
        r.answeredAt = QDateTime::currentDateTime().addSecs(-3600);
        r.answer = QStringLiteral("Geregeld, vanaf volgende week.");
        r.answeredBy = QStringLiteral("Marloes");
    }
    return r;
}

} // namespace

/// The desktop notifications: what a later sync changes in the planning or answers in
/// the contact requests is told once, the first load after a login never, a kiosk never;
/// a click on a message asks for its page.
class TestNotificationCentre : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void changedVisitOnLaterSync();
    void cancelledVisit();
    void addedVisit();
    void unchangedMeansNothing();
    void firstLoadAfterLoginIsNotNews();
    void pastVisitsAreNotNews();
    void severalChangesAreOneMessage();
    void visitMovedToAnotherMonthIsOneChange();
    void answeredContactRequest();
    void sameAnswerSeenTwiceIsToldOnce();
    void nothingOnAKiosk();
    void logoutStartsAfresh();
    void clickingAMessageOpensItsPage();
    void clickingTheIconWithoutMessage();

private:
    void logInAndLoad();
    /// Answers every waiting planning request from m_server (an empty month where it has
    /// none) until none waits, then lets the gathered notifications out.
    void serve();
    void sync();
    void loadRequests(const QList<ContactRequest> &items);
    void syncRequests(const QList<ContactRequest> &items);

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<PlanningCache> m_cache;
    std::unique_ptr<PlanningModel> m_planning;
    std::unique_ptr<ContactRequestsModel> m_requests;
    std::unique_ptr<NotificationCentre> m_centre;
    std::unique_ptr<QSignalSpy> m_notified;
    QHash<QDate, QList<Appointment>> m_server;
};

void TestNotificationCentre::init() {
    m_h = std::make_unique<SessionHarness>();
    QVERIFY(m_h->open());
    m_cache = std::make_unique<PlanningCache>(&m_h->cache);
    m_planning = std::make_unique<PlanningModel>(&m_h->session, &m_h->backend, m_cache.get(),
                                                 &m_h->language);
    m_requests =
        std::make_unique<ContactRequestsModel>(&m_h->session, &m_h->backend, &m_h->language);
    m_requests->setOfflineSupport(&m_h->documents, &m_h->outbox);
    m_centre = std::make_unique<NotificationCentre>(&m_h->session, m_planning.get(),
                                                    m_requests.get(), &m_h->language);
    m_centre->setGatherInterval(0);
    m_notified = std::make_unique<QSignalSpy>(m_centre.get(), &NotificationCentre::notify);
    m_server.clear();
    m_server.insert(nextMonth(), twoVisits());
}

void TestNotificationCentre::cleanup() {
    m_notified.reset();
    m_centre.reset();
    m_requests.reset();
    m_planning.reset();
    m_cache.reset();
    m_h.reset();
}

void TestNotificationCentre::serve() {
    const QDeadlineTimer deadline(5000);
    do {
        for (int offset = -1; offset <= 4; ++offset) {
            const QDate month = thisMonth().addMonths(offset);
            while (m_h->backend.answerAppointments(
                month, FakeBackend::page(m_server.value(month), QByteArray())))
                ;
        }
        QTest::qWait(20);
    } while (m_h->backend.appointmentsCall.waiting() > 0 && !deadline.hasExpired());
    QCOMPARE(m_h->backend.appointmentsCall.waiting(), 0);
    QTest::qWait(20);
}

void TestNotificationCentre::logInAndLoad() {
    QVERIFY(m_h->logIn());
    serve(); // this month, then the window around it
    QCOMPARE(m_cache->load(QStringLiteral("c-1"), nextMonth()).appointments,
             m_server.value(nextMonth()));
}

void TestNotificationCentre::sync() {
    // What the planning's 15-minute timer does.
    m_planning->syncQuietly();
    QVERIFY(m_h->backend.appointmentsCall.waiting() > 0);
    serve();
}

void TestNotificationCentre::loadRequests(const QList<ContactRequest> &items) {
    m_requests->reload(); // Home or the page asks
    syncRequests(items);
}

void TestNotificationCentre::syncRequests(const QList<ContactRequest> &items) {
    QTRY_COMPARE(m_h->backend.contactRequestSubjectsCall.waiting(), 1);
    QVERIFY(m_h->backend.contactRequestSubjectsCall.answer(QList<LabelledOption>{
        {QStringLiteral("planning"), QStringLiteral("Ik heb een vraag over mijn planning"),
         QStringLiteral("I have a question about my planning")}}));
    QTRY_COMPARE(m_h->backend.contactRequestsCall.waiting(), 1);
    QVERIFY(m_h->backend.contactRequestsCall.answer(ContactRequestPage{items, {}}));
    QTRY_COMPARE(m_requests->status(), ClientListModel::Status::Ready);
    QTest::qWait(20);
}

void TestNotificationCentre::changedVisitOnLaterSync() {
    // Thursday 3 December 2037: a month the planning is opened at, then refreshed.
    const QDate december(2037, 12, 1);
    m_server.insert(december, {visit(QStringLiteral("d-1"), QDate(2037, 12, 3), QTime(9, 0),
                                     QStringLiteral("Fatima"))});
    logInAndLoad();
    m_planning->showMonth(december);
    QVERIFY(
        m_h->backend.answerAppointments(december, FakeBackend::page(m_server.value(december), {})));
    QTRY_COMPARE(m_planning->rowCount(), 1);
    QVERIFY(m_h->backend.answerAppointments(december.addMonths(1), FakeBackend::page({}, {})));
    QTest::qWait(20);
    QCOMPARE(m_notified->count(), 0);

    // The organisation moves the visit to the afternoon, with another carer.
    m_planning->refresh();
    QVERIFY(m_h->backend.answerAppointments(
        december, FakeBackend::page({visit(QStringLiteral("d-1"), QDate(2037, 12, 3), QTime(13, 30),
                                           QStringLiteral("Daan"))},
                                    {})));
    QTRY_COMPARE(m_notified->count(), 1);
    const QList<QVariant> told = m_notified->takeFirst();
    QCOMPARE(told.at(0).toString(), QStringLiteral("Bezoek gewijzigd"));
    QCOMPARE(told.at(1).toString(), QStringLiteral("Donderdag 3 december 13:30 – 15:30 (Daan)"));
    QCOMPARE(told.at(2).toString(), QStringLiteral("planning"));
    QTest::qWait(50);
    QCOMPARE(m_notified->count(), 0);
}

void TestNotificationCentre::cancelledVisit() {
    logInAndLoad();
    m_server[nextMonth()].removeFirst();
    sync();
    QCOMPARE(m_notified->count(), 1);
    const QList<QVariant> told = m_notified->takeFirst();
    QCOMPARE(told.at(0).toString(), QStringLiteral("Bezoek geannuleerd"));
    const Appointment gone = twoVisits().first();
    const QDate day = gone.start.date();
    QCOMPARE(told.at(1).toString(),
             DateFormatter(QStringLiteral("nl")).weekdayName(day) + QLatin1Char(' ') +
                 QLocale(QStringLiteral("nl")).toString(day, QStringLiteral("d MMMM")) +
                 QStringLiteral(" 13:30 – 15:30 (Daan)"));
    QVERIFY(!told.at(1).toString().contains(QStringLiteral("HV"))); // not the kind of care
    QCOMPARE(told.at(2).toString(), QStringLiteral("planning"));
}

void TestNotificationCentre::addedVisit() {
    logInAndLoad();
    m_server[nextMonth()].append(visit(QStringLiteral("a-3"), nextMonth().addDays(15), QTime(10, 0),
                                       QStringLiteral("Piet")));
    sync();
    QCOMPARE(m_notified->count(), 1);
    QCOMPARE(m_notified->first().at(0).toString(), QStringLiteral("Nieuw bezoek"));
    QVERIFY(m_notified->first().at(1).toString().endsWith(QStringLiteral("10:00 – 12:00 (Piet)")));
}

void TestNotificationCentre::unchangedMeansNothing() {
    logInAndLoad();
    sync(); // the same visits again
    m_planning->syncQuietly();
    for (int offset = -1; offset <= 3; ++offset) // and "not modified"
        QVERIFY(m_h->backend.answerAppointments(thisMonth().addMonths(offset),
                                                FakeBackend::notModified()));
    QTest::qWait(50);
    QCOMPARE(m_notified->count(), 0);
}

void TestNotificationCentre::firstLoadAfterLoginIsNotNews() {
    // The cache still holds an older planning (the app was closed, the session restored):
    // the first answers after the login differ from it, and are shown, not told.
    QVERIFY(m_cache->replace(
        QStringLiteral("c-1"), nextMonth(),
        {visit(QStringLiteral("a-1"), nextMonth().addDays(2), QTime(8, 0), QStringLiteral("Kees")),
         visit(QStringLiteral("old"), nextMonth().addDays(4), QTime(8, 0), QStringLiteral("Kees"))},
        {}, QDateTime::currentDateTime()));
    logInAndLoad();
    QCOMPARE(m_notified->count(), 0);
    loadRequests({request(QStringLiteral("r1"), true)}); // answered before: known
    QCOMPARE(m_requests->newAnswers().size(), 1);
    QCOMPARE(m_notified->count(), 0);
}

void TestNotificationCentre::pastVisitsAreNotNews() {
    const QDate lastMonth = thisMonth().addMonths(-1);
    m_server.insert(lastMonth, {visit(QStringLiteral("p-1"), lastMonth.addDays(3), QTime(9, 0),
                                      QStringLiteral("Fatima"))});
    logInAndLoad();
    m_server[lastMonth] = {
        visit(QStringLiteral("p-1"), lastMonth.addDays(3), QTime(9, 15), QStringLiteral("Fatima"))};
    sync();
    QCOMPARE(m_notified->count(), 0);
}

void TestNotificationCentre::severalChangesAreOneMessage() {
    logInAndLoad();
    m_server[nextMonth()] = {visit(QStringLiteral("a-1"), nextMonth().addDays(2), QTime(14, 0),
                                   QStringLiteral("Daan"))}; // one moved, one cancelled
    m_server.insert(thisMonth().addMonths(2),
                    {visit(QStringLiteral("b-1"), thisMonth().addMonths(2), QTime(9, 0),
                           QStringLiteral("Piet"))}); // one new, in another month
    sync();
    QCOMPARE(m_notified->count(), 1);
    QCOMPARE(m_notified->first().at(0).toString(), QStringLiteral("Planning gewijzigd"));
    QCOMPARE(m_notified->first().at(1).toString(),
             QStringLiteral("Er zijn 3 wijzigingen in uw planning."));
    QCOMPARE(m_notified->first().at(2).toString(), QStringLiteral("planning"));
}

void TestNotificationCentre::visitMovedToAnotherMonthIsOneChange() {
    logInAndLoad();
    // Seen twice: gone from next month, new in the month after.
    const Appointment moved = visit(QStringLiteral("a-2"), thisMonth().addMonths(2).addDays(1),
                                    QTime(9, 0), QStringLiteral("Fatima"));
    m_server[nextMonth()].removeLast();
    m_server.insert(thisMonth().addMonths(2), {moved});
    m_centre->setGatherInterval(60 * 1000); // both answers arrive within one gathering
    sync();
    QCOMPARE(m_notified->count(), 0);
    m_centre->setGatherInterval(0);
    QTRY_COMPARE(m_notified->count(), 1);
    QCOMPARE(m_notified->first().at(0).toString(), QStringLiteral("Bezoek gewijzigd"));
    QVERIFY(
        m_notified->first().at(1).toString().endsWith(QStringLiteral("09:00 – 11:00 (Fatima)")));
    QTest::qWait(50);
    QCOMPARE(m_notified->count(), 1);
}

void TestNotificationCentre::answeredContactRequest() {
    logInAndLoad();
    loadRequests({request(QStringLiteral("r2"), false), request(QStringLiteral("r1"), true)});
    QCOMPARE(m_notified->count(), 0);

    // Staff answer r2; the next sync brings it.
    m_centre->syncNow();
    syncRequests({request(QStringLiteral("r2"), true), request(QStringLiteral("r1"), true)});
    QCOMPARE(m_notified->count(), 1);
    const QList<QVariant> told = m_notified->takeFirst();
    QCOMPARE(told.at(0).toString(), QStringLiteral("Antwoord op uw contactverzoek"));
    QCOMPARE(told.at(1).toString(), QStringLiteral("Marloes heeft uw vraag beantwoord."));
    QCOMPARE(told.at(2).toString(), QStringLiteral("contactRequests"));
}

void TestNotificationCentre::sameAnswerSeenTwiceIsToldOnce() {
    logInAndLoad();
    loadRequests({request(QStringLiteral("r2"), false)});
    m_centre->syncNow();
    syncRequests({request(QStringLiteral("r2"), true)});
    QCOMPARE(m_notified->count(), 1);
    m_centre->syncNow();
    syncRequests({request(QStringLiteral("r2"), true)});
    m_requests->reload(); // the user opens the page
    syncRequests({request(QStringLiteral("r2"), true)});
    QCOMPARE(m_notified->count(), 1);
}

void TestNotificationCentre::nothingOnAKiosk() {
    m_centre->setEnabled(false);
    logInAndLoad();
    loadRequests({request(QStringLiteral("r2"), false)});
    m_server[nextMonth()].removeFirst();
    sync();
    const qsizetype asked = m_h->backend.contactRequestsCall.count();
    m_centre->syncNow(); // fetches nothing either
    QTest::qWait(20);
    QCOMPARE(m_h->backend.contactRequestsCall.count(), asked);
    m_requests->reload();
    syncRequests({request(QStringLiteral("r2"), true)});
    QCOMPARE(m_notified->count(), 0);
}

void TestNotificationCentre::logoutStartsAfresh() {
    logInAndLoad();
    // A change still being gathered when the user logs out is not told afterwards.
    m_centre->setGatherInterval(60 * 1000);
    m_server[nextMonth()].removeFirst();
    sync();
    QCOMPARE(m_notified->count(), 0);
    m_h->session.logout();
    QTRY_COMPARE(m_h->session.state(), Session::State::LoggedOut);
    QVERIFY(m_h->settleKeychain());
    m_centre->setGatherInterval(0); // a gathering still running would end now
    QTest::qWait(50);
    QCOMPARE(m_notified->count(), 0);

    QVERIFY(m_h->cache.unlock(PayloadCipher::generateKey())); // the keyring's new key
    logInAndLoad(); // the next login: its first load is no news either
    QCOMPARE(m_notified->count(), 0);
    m_server[nextMonth()].clear();
    sync();
    QCOMPARE(m_notified->count(), 1);
}

void TestNotificationCentre::clickingAMessageOpensItsPage() {
    QWindow window;
    TrayIcon tray(m_centre.get(), &m_h->language, &window);
    QCOMPARE(tray.isShown(), TrayIcon::available());
    QSignalSpy pageRequested(m_centre.get(), &NotificationCentre::pageRequested);

    logInAndLoad();
    loadRequests({request(QStringLiteral("r2"), false)});
    m_centre->syncNow();
    syncRequests({request(QStringLiteral("r2"), true)});
    QCOMPARE(tray.pendingPage(), QStringLiteral("contactRequests"));
    tray.openMessage(); // QSystemTrayIcon::messageClicked
    QCOMPARE(pageRequested.count(), 1);
    QCOMPARE(pageRequested.takeFirst().at(0).toString(), QStringLiteral("contactRequests"));
    QVERIFY(window.isVisible());
    QCOMPARE(tray.pendingPage(), QString());

    m_server[nextMonth()].removeFirst();
    sync();
    QCOMPARE(tray.pendingPage(), QStringLiteral("planning"));
    tray.activate(QSystemTrayIcon::Trigger); // the icon, after a message
    QCOMPARE(pageRequested.count(), 1);
    QCOMPARE(pageRequested.takeFirst().at(0).toString(), QStringLiteral("planning"));
}

void TestNotificationCentre::clickingTheIconWithoutMessage() {
    QWindow window;
    TrayIcon tray(m_centre.get(), &m_h->language, &window);
    QSignalSpy pageRequested(m_centre.get(), &NotificationCentre::pageRequested);
    tray.activate(QSystemTrayIcon::Context); // the menu: nothing else
    QVERIFY(!window.isVisible());
    tray.activate(QSystemTrayIcon::Trigger);
    QVERIFY(window.isVisible()); // forward, on the page it shows
    QCOMPARE(pageRequested.count(), 0);
}

QTEST_MAIN(TestNotificationCentre)
#include "tst_notificationcentre.moc"
