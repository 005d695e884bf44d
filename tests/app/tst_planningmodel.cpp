// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lists/clientlistmodel.h"
#include "planning/planningcache.h"
#include "planning/planningmodel.h"
#include "sessionharness.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Kind = ApiError::Kind;

/// The planning screen's model: cache first, then a conditional GET; offline, server
/// errors, 304 and an expired session.
class TestPlanningModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsForCurrentMonth();
    void rolesForApril2021();
    void loadingWhileFetching();
    void navigation();
    void quietSyncFollowsTheServer();
    void offlineWithCachedMonth();
    void offlineWithoutCache();
    void failedReadAheadChangesNothing();
    void serverError();
    void notModifiedKeepsRows();
    void etagOfFirstFetchIsSentAgain();
    void unauthorizedLogsOut();
    void logoutEmptiesModel();
    void nextVisit();
    void visitDetail();
    void englishDates();

private:
    void logIn();
    [[nodiscard]] QString text(int row, int role) const {
        return m_model->data(m_model->index(row), role).toString();
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<PlanningCache> m_cache;
    std::unique_ptr<PlanningModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

QDate thisMonth() {
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

Appointment visit(const QString &id, QDate day, QTime start, const QString &carer,
                  const QString &helpType = QStringLiteral("HV 1")) {
    const QDateTime begin(day, start, QTimeZone(3600)); // "+01:00", as the server sends it
    return {id, begin, begin.addSecs(90 * 60), helpType, carer};
}

QList<Appointment> twoVisits(QDate month) {
    return {visit(QStringLiteral("a-1"), month.addDays(13), QTime(9, 0), QStringLiteral("Fatima")),
            visit(QStringLiteral("a-2"), month.addDays(20), QTime(13, 30), QStringLiteral("Piet"),
                  QStringLiteral("HV 2"))};
}

} // namespace

void TestPlanningModel::initTestCase() {
    QStandardPaths::setTestModeEnabled(true); // LanguageSettings writes QSettings
}

void TestPlanningModel::init() {
    m_h = std::make_unique<SessionHarness>();
    QVERIFY(m_h->open());
    m_cache = std::make_unique<PlanningCache>(&m_h->cache);
    m_model = std::make_unique<PlanningModel>(&m_h->session, &m_h->backend, m_cache.get(),
                                              &m_h->language);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPlanningModel::cleanup() {
    m_tester.reset();
    m_model.reset();
    m_cache.reset();
    m_h.reset();
}

void TestPlanningModel::logIn() {
    QVERIFY(m_h->logIn());
    // Logged in: the model shows this month and asks the server for it.
    QCOMPARE(m_model->month(), thisMonth());
    QCOMPARE(m_h->backend.appointmentsCall.waiting(), 1);
}

void TestPlanningModel::rowsForCurrentMonth() {
    QCOMPARE(m_model->rowCount(), 0);
    logIn();
    const test::AppointmentsRequest request = m_h->backend.appointmentsCall.last();
    QCOMPARE(request.clientId, QStringLiteral("c-1"));
    QCOMPARE(request.from, thisMonth());
    QCOMPARE(request.to, thisMonth().addMonths(1).addDays(-1));
    QCOMPARE(request.etag, QByteArray());

    const QList<Appointment> visits = twoVisits(thisMonth());
    QVERIFY(m_h->backend.answerAppointments(
        thisMonth(), FakeBackend::page({visits.at(1), visits.at(0)}, QByteArrayLiteral("\"v1\""))));
    QTRY_COMPARE(m_model->rowCount(), 2);

    const DateFormatter dutch(QStringLiteral("nl"));
    const QDate day14 = thisMonth().addDays(13);
    QCOMPARE(text(0, PlanningModel::DateTextRole), dutch.dayText(day14));
    QCOMPARE(text(0, PlanningModel::DateTextRole),
             QStringLiteral("14 ") + dutch.monthTitle(thisMonth()));
    QCOMPARE(text(0, PlanningModel::WeekdayRole), dutch.weekdayName(day14));
    QCOMPARE(text(0, PlanningModel::StartTimeRole), QStringLiteral("09:00")); // sorted by start
    QCOMPARE(text(0, PlanningModel::EndTimeRole), QStringLiteral("10:30"));
    QCOMPARE(text(0, PlanningModel::HelpTypeRole), QStringLiteral("HV 1"));
    QCOMPARE(text(0, PlanningModel::CarerNameRole), QStringLiteral("Fatima"));
    QCOMPARE(text(1, PlanningModel::StartTimeRole), QStringLiteral("13:30"));
    QCOMPARE(text(1, PlanningModel::HelpTypeRole), QStringLiteral("HV 2"));
    QCOMPARE(text(1, PlanningModel::CarerNameRole), QStringLiteral("Piet"));
    QCOMPARE(m_model->data(m_model->index(0), PlanningModel::IsTodayRole).toBool(),
             day14 == QDate::currentDate());
    QCOMPARE(m_model->hasData(), true);
    QCOMPARE(m_model->offline(), false);
    QCOMPARE(m_model->errorMessage(), QString());
    QVERIFY(!m_model->lastUpdatedText().isEmpty());

    // The month is now cached, and the window around today (one month back, three
    // ahead) is fetched quietly for offline reading.
    QCOMPARE(m_cache->load(QStringLiteral("c-1"), thisMonth()).appointments.size(), 2);
    QCOMPARE(m_h->backend.appointmentsCall.count(), 5);
    QList<QDate> windowMonths;
    for (const auto &asked : m_h->backend.appointmentsCall.requests().mid(1))
        windowMonths.append(asked.from);
    QCOMPARE(windowMonths, (QList<QDate>{thisMonth().addMonths(-1), thisMonth().addMonths(1),
                                         thisMonth().addMonths(2), thisMonth().addMonths(3)}));
    QCOMPARE(m_model->loading(), false);
}

void TestPlanningModel::rolesForApril2021() {
    logIn();
    const QDate april(2021, 4, 1);
    m_model->showMonth(QDate(2021, 4, 14));
    QCOMPARE(m_model->month(), april);
    QCOMPARE(m_model->monthTitle(), QStringLiteral("apr 2021"));
    QVERIFY(m_h->backend.answerAppointments(april, FakeBackend::page(twoVisits(april), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);

    QCOMPARE(text(0, PlanningModel::DateTextRole), QStringLiteral("14 apr 2021"));
    QCOMPARE(text(0, PlanningModel::WeekdayRole), QStringLiteral("Woensdag"));
    QCOMPARE(text(0, PlanningModel::StartTimeRole), QStringLiteral("09:00"));
    QCOMPARE(text(0, PlanningModel::EndTimeRole), QStringLiteral("10:30"));
    QCOMPARE(text(0, PlanningModel::HelpTypeRole), QStringLiteral("HV 1"));
    QCOMPARE(text(0, PlanningModel::CarerNameRole), QStringLiteral("Fatima"));
    QCOMPARE(m_model->data(m_model->index(0), PlanningModel::IsPastRole).toBool(), true);
    QCOMPARE(m_model->data(m_model->index(0), PlanningModel::IsTodayRole).toBool(), false);
    QCOMPARE(text(0, PlanningModel::AccessibleTextRole),
             QStringLiteral("Woensdag 14 apr 2021 om 09:00 tot 10:30, HV 1, Fatima"));
    QCOMPARE(text(1, PlanningModel::DateTextRole), QStringLiteral("21 apr 2021"));
    QCOMPARE(text(1, PlanningModel::WeekdayRole), QStringLiteral("Woensdag"));
    QCOMPARE(text(1, PlanningModel::StartTimeRole), QStringLiteral("13:30"));
    QCOMPARE(m_model->roleNames().value(PlanningModel::DateTextRole),
             QByteArrayLiteral("dateText"));
    QCOMPARE(m_model->roleNames().value(PlanningModel::CarerNameRole),
             QByteArrayLiteral("carerName"));
}

void TestPlanningModel::loadingWhileFetching() {
    QSignalSpy loadingChanged(m_model.get(), &PlanningModel::loadingChanged);
    QCOMPARE(m_model->loading(), false);
    logIn();
    QCOMPARE(m_model->loading(), true);
    QCOMPARE(loadingChanged.count(), 1);

    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QVERIFY(loadingChanged.wait());
    QCOMPARE(m_model->loading(), false);
    QCOMPARE(loadingChanged.count(), 2);

    // The quiet fetches of the window around today do not show as loading.
    QCOMPARE(m_h->backend.appointmentsCall.waiting(), 4);
    for (const int offset : {-1, 1, 2, 3}) {
        const QDate month = thisMonth().addMonths(offset);
        QVERIFY(m_h->backend.answerAppointments(month, FakeBackend::page({}, {})));
        QTRY_VERIFY(m_cache->load(QStringLiteral("c-1"), month).fetchedAt.isValid());
    }
    QCOMPARE(loadingChanged.count(), 2);

    // A failing fetch ends loading too.
    m_model->refresh();
    QCOMPARE(m_model->loading(), true);
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::error(Kind::Server)));
    QVERIFY(loadingChanged.wait());
    QCOMPARE(m_model->loading(), false);
    QCOMPARE(loadingChanged.count(), 4);
}

void TestPlanningModel::quietSyncFollowsTheServer() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    for (const int offset : {-1, 1, 2, 3})
        QVERIFY(m_h->backend.answerAppointments(thisMonth().addMonths(offset),
                                                FakeBackend::page({}, {})));
    // What the 15-minute timer and a network that comes back do: the month on screen and
    // the window again, without "loading".
    QSignalSpy loadingChanged(m_model.get(), &PlanningModel::loadingChanged);
    m_model->syncQuietly();
    QCOMPARE(m_h->backend.appointmentsCall.waiting(), 5);
    QCOMPARE(m_model->loading(), false);
    QVERIFY(m_h->backend.answerAppointments(
        thisMonth(), FakeBackend::page(twoVisits(thisMonth()).mid(0, 1), {})));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(loadingChanged.count(), 0);
}

void TestPlanningModel::navigation() {
    logIn();
    QSignalSpy monthChanged(m_model.get(), &PlanningModel::monthChanged);
    m_model->showMonth(QDate(2021, 4, 14));
    QCOMPARE(m_model->month(), QDate(2021, 4, 1));
    QCOMPARE(m_model->monthTitle(), QStringLiteral("apr 2021"));

    m_model->nextMonth();
    QCOMPARE(m_model->month(), QDate(2021, 5, 1));
    QCOMPARE(m_model->monthTitle(), QStringLiteral("mei 2021"));

    m_model->previousMonth();
    m_model->previousMonth();
    QCOMPARE(m_model->month(), QDate(2021, 3, 1));
    QCOMPARE(m_model->monthTitle(), QStringLiteral("mrt 2021"));

    m_model->showMonth(QDate(2021, 1, 31));
    m_model->previousMonth();
    QCOMPARE(m_model->month(), QDate(2020, 12, 1));
    QCOMPARE(m_model->monthTitle(), QStringLiteral("dec 2020"));

    m_model->goToToday();
    QCOMPARE(m_model->month(), thisMonth());
    QCOMPARE(m_model->monthTitle(), DateFormatter(QStringLiteral("nl")).monthTitle(thisMonth()));
    QCOMPARE(monthChanged.count(), 7);

    // Every month shown is asked for, in order.
    const auto requests = m_h->backend.appointmentsCall.requests();
    QList<QDate> asked;
    for (const auto &request : requests)
        asked.append(request.from);
    QCOMPARE(asked,
             (QList<QDate>{thisMonth(), QDate(2021, 4, 1), QDate(2021, 5, 1), QDate(2021, 4, 1),
                           QDate(2021, 3, 1), QDate(2021, 1, 1), QDate(2020, 12, 1), thisMonth()}));
}

void TestPlanningModel::offlineWithCachedMonth() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->offline(), false);

    QSignalSpy statusChanged(m_model.get(), &PlanningModel::statusChanged);
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::error(Kind::Offline)));
    QVERIFY(statusChanged.wait());
    QTRY_COMPARE(m_model->loading(), false);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(text(0, PlanningModel::CarerNameRole), QStringLiteral("Fatima"));
    QCOMPARE(m_model->offline(), true);
    QCOMPARE(m_model->hasData(), true);
    QCOMPARE(m_model->errorMessage(), QString()); // the cached month says enough
    // Since when, in the words of every list ("Geen verbinding: … Laatst bijgewerkt: …").
    QVERIFY2(m_model->updatedText().startsWith(QLatin1String("Laatst bijgewerkt: ")),
             qPrintable(m_model->updatedText()));
    QCOMPARE(m_model->updatedText(),
             ClientListModel::updatedTextFor(QDateTime::fromString(
                 m_model->lastUpdatedText(), QStringLiteral("dd-MM-yyyy HH:mm"))));
    QCOMPARE(m_h->session.state(), Session::State::LoggedIn);

    // Back online: the offline mark goes.
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::notModified()));
    QTRY_COMPARE(m_model->offline(), false);
}

void TestPlanningModel::failedReadAheadChangesNothing() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    // The quiet read-ahead of next month fails: the month on screen is still current.
    QVERIFY(m_h->backend.answerAppointments(thisMonth().addMonths(1),
                                            FakeBackend::error(Kind::Offline)));
    QTest::qWait(50);
    QCOMPARE(m_model->offline(), false);
    QCOMPARE(m_model->errorMessage(), QString());
}

void TestPlanningModel::offlineWithoutCache() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::error(Kind::Offline)));
    QTRY_COMPARE(m_model->loading(), false);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->offline(), true);
    QCOMPARE(m_model->hasData(), false);
    // Issue 27: not only an error, but that the month was not kept, and when it will be.
    QCOMPARE(m_model->errorMessage(),
             QStringLiteral("Geen verbinding. Deze maand is nog niet bewaard om zonder "
                            "verbinding te bekijken. Dat gebeurt vanzelf zodra er weer "
                            "verbinding is."));

    // A timeout counts as offline as well. A month outside the ones kept by themselves
    // (one back, three ahead) is kept once it is opened with a connection.
    m_model->showMonth(QDate(2021, 4, 1));
    QVERIFY(m_h->backend.answerAppointments(QDate(2021, 4, 1), FakeBackend::error(Kind::Timeout)));
    QTRY_COMPARE(m_model->loading(), false);
    QCOMPARE(m_model->offline(), true);
    const QLocale dutch(QStringLiteral("nl"));
    QCOMPARE(m_model->errorMessage(),
             QStringLiteral("Geen verbinding. Deze maand is niet bewaard om zonder verbinding te "
                            "bekijken. CarePortal bewaart vanzelf %1 tot en met %2; een andere "
                            "maand wordt bewaard als u die bekijkt terwijl er verbinding is.")
                 .arg(dutch.toString(thisMonth().addMonths(-1), QStringLiteral("MMMM yyyy")),
                      dutch.toString(thisMonth().addMonths(3), QStringLiteral("MMMM yyyy"))));
    QCOMPARE(m_model->updatedText(), QString());
}

void TestPlanningModel::serverError() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::error(Kind::Server)));
    QTRY_COMPARE(m_model->loading(), false);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->offline(), false);
    QCOMPARE(m_model->errorMessage(),
             QStringLiteral("Er ging iets mis bij de server. Probeer het later opnieuw."));

    // The server's own words win; the cached month stays visible under the message.
    m_model->showMonth(QDate(2021, 4, 1));
    QCOMPARE(m_model->errorMessage(), QString()); // a new month starts without the old error
    QVERIFY(m_h->backend.answerAppointments(QDate(2021, 4, 1),
                                            FakeBackend::page(twoVisits(QDate(2021, 4, 1)), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(
        QDate(2021, 4, 1),
        FakeBackend::error(Kind::Server,
                           QStringLiteral("De planning is tijdelijk niet beschikbaar."))));
    QTRY_COMPARE(m_model->errorMessage(),
                 QStringLiteral("De planning is tijdelijk niet beschikbaar."));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->hasData(), true);
}

void TestPlanningModel::notModifiedKeepsRows() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(
        thisMonth(), FakeBackend::page(twoVisits(thisMonth()), QByteArrayLiteral("\"v1\""))));
    QTRY_COMPARE(m_model->rowCount(), 2);

    // Pretend the month was fetched long ago, then the server confirms it unchanged.
    QVERIFY(m_cache->touch(QStringLiteral("c-1"), thisMonth(),
                           QDateTime(QDate(2021, 4, 13), QTime(18, 23))));
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::notModified()));
    QTRY_COMPARE(m_model->loading(), false);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(text(1, PlanningModel::CarerNameRole), QStringLiteral("Piet"));
    QCOMPARE(m_model->errorMessage(), QString());
    const PlanningCache::Month cached = m_cache->load(QStringLiteral("c-1"), thisMonth());
    QCOMPARE(cached.appointments.size(), 2);
    QCOMPARE(cached.etag, QByteArrayLiteral("\"v1\""));
    QVERIFY(cached.fetchedAt.secsTo(QDateTime::currentDateTime()) < 60); // touched
    QVERIFY(m_model->lastUpdatedText() != QStringLiteral("13-04-2021 18:23"));
}

void TestPlanningModel::etagOfFirstFetchIsSentAgain() {
    logIn();
    QCOMPARE(m_h->backend.appointmentsCall.last().etag, QByteArray());
    QVERIFY(m_h->backend.answerAppointments(
        thisMonth(), FakeBackend::page(twoVisits(thisMonth()), QByteArrayLiteral("W/\"e-42\""))));
    QTRY_COMPARE(m_model->rowCount(), 2);

    m_model->refresh();
    QCOMPARE(m_h->backend.appointmentsCall.last().from, thisMonth());
    QCOMPARE(m_h->backend.appointmentsCall.last().etag, QByteArrayLiteral("W/\"e-42\""));
}

void TestPlanningModel::unauthorizedLogsOut() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(), FakeBackend::error(Kind::Unauthorized)));
    QTRY_COMPARE(m_h->session.state(), Session::State::LoggedOut);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(reset.count() >= 1);
    QCOMPARE(m_model->hasData(), false);
    QCOMPARE(m_model->errorMessage(), QString());
    QCOMPARE(m_model->nextVisit(), QVariantMap());
    QCOMPARE(m_h->session.errorMessage(), QStringLiteral("Uw sessie is verlopen. Log opnieuw in."));
    QCOMPARE(m_h->backend.accessToken(), QByteArray());
    QVERIFY(!m_cache->load(QStringLiteral("c-1"), thisMonth()).fetchedAt.isValid()); // wiped
}

void TestPlanningModel::logoutEmptiesModel() {
    logIn();
    QVERIFY(m_h->backend.answerAppointments(thisMonth(),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    m_h->backend.logoutCall.script(Done{});
    m_h->session.logout();
    QTRY_COMPARE(m_h->session.state(), Session::State::LoggedOut);
    QCOMPARE(m_model->rowCount(), 0);

    // A late answer for the old session changes nothing.
    QVERIFY(m_h->backend.answerAppointments(thisMonth().addMonths(1),
                                            FakeBackend::page(twoVisits(thisMonth()), {})));
    QTest::qWait(50);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_cache->load(QStringLiteral("c-1"), thisMonth().addMonths(1)).fetchedAt.isValid());
}

void TestPlanningModel::nextVisit() {
    logIn();
    QCOMPARE(m_model->nextVisit(), QVariantMap());
    QSignalSpy nextVisitChanged(m_model.get(), &PlanningModel::nextVisitChanged);
    const QDate april2099(2099, 4, 1);
    m_model->showMonth(april2099);
    QVERIFY(
        m_h->backend.answerAppointments(april2099, FakeBackend::page(twoVisits(april2099), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    QVERIFY(nextVisitChanged.count() >= 1);
    const QVariantMap next = m_model->nextVisit();
    QCOMPARE(next.value(QStringLiteral("weekday")).toString(), QStringLiteral("Dinsdag"));
    QCOMPARE(next.value(QStringLiteral("dateText")).toString(), QStringLiteral("14 apr 2099"));
    QCOMPARE(next.value(QStringLiteral("startTime")).toString(), QStringLiteral("09:00"));
    QCOMPARE(next.value(QStringLiteral("endTime")).toString(), QStringLiteral("10:30"));
    QCOMPARE(next.value(QStringLiteral("helpType")).toString(), QStringLiteral("HV 1"));
    QCOMPARE(next.value(QStringLiteral("carerName")).toString(), QStringLiteral("Fatima"));
}

// A row's detail: found by its id while the month holds it, with the end time; gone once a
// refresh no longer has it.
void TestPlanningModel::visitDetail() {
    logIn();
    const QDate april2099(2099, 4, 1);
    m_model->showMonth(april2099);
    QVERIFY(
        m_h->backend.answerAppointments(april2099, FakeBackend::page(twoVisits(april2099), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(text(1, PlanningModel::VisitIdRole), QStringLiteral("a-2"));
    const QVariantMap visit = m_model->visit(QStringLiteral("a-2"));
    QCOMPARE(visit.value(QStringLiteral("visitId")).toString(), QStringLiteral("a-2"));
    QCOMPARE(visit.value(QStringLiteral("weekday")).toString(), QStringLiteral("Dinsdag"));
    QCOMPARE(visit.value(QStringLiteral("dateText")).toString(), QStringLiteral("21 apr 2099"));
    QCOMPARE(visit.value(QStringLiteral("startTime")).toString(), QStringLiteral("13:30"));
    QCOMPARE(visit.value(QStringLiteral("endTime")).toString(), QStringLiteral("15:00"));
    QCOMPARE(visit.value(QStringLiteral("helpType")).toString(), QStringLiteral("HV 2"));
    QCOMPARE(visit.value(QStringLiteral("carerName")).toString(), QStringLiteral("Piet"));
    QCOMPARE(visit.value(QStringLiteral("isPast")).toBool(), false);
    QCOMPARE(visit.value(QStringLiteral("accessibleText")).toString(),
             text(1, PlanningModel::AccessibleTextRole));
    QCOMPARE(m_model->visit(QStringLiteral("no-such-visit")), QVariantMap());
    QCOMPARE(m_model->visit(QString()), QVariantMap());

    // Cancelled by staff: the refreshed month no longer holds it.
    m_model->refresh();
    QVERIFY(m_h->backend.answerAppointments(
        april2099, FakeBackend::page({twoVisits(april2099).at(0)}, QByteArrayLiteral("\"v2\""))));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->visit(QStringLiteral("a-2")), QVariantMap());
}

void TestPlanningModel::englishDates() {
    logIn();
    m_model->showMonth(QDate(2021, 4, 1));
    QVERIFY(m_h->backend.answerAppointments(QDate(2021, 4, 1),
                                            FakeBackend::page(twoVisits(QDate(2021, 4, 1)), {})));
    QTRY_COMPARE(m_model->rowCount(), 2);

    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy monthChanged(m_model.get(), &PlanningModel::monthChanged);
    m_h->language.setCode(QStringLiteral("en"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(monthChanged.count(), 1);
    QCOMPARE(m_model->monthTitle(), QStringLiteral("Apr 2021"));
    QCOMPARE(text(0, PlanningModel::DateTextRole), QStringLiteral("14 Apr 2021"));
    QCOMPARE(text(0, PlanningModel::WeekdayRole), QStringLiteral("Wednesday"));
    m_h->language.setCode(QStringLiteral("nl"));
    QCOMPARE(m_model->monthTitle(), QStringLiteral("apr 2021"));
}

QTEST_MAIN(TestPlanningModel)
#include "tst_planningmodel.moc"
