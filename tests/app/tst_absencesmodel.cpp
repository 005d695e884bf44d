// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absence/absencesmodel.h"
#include "outbox/outbox.h"
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
using Status = ClientListModel::Status;

namespace {

const QDate kToday(2026, 11, 24); // a Tuesday

Appointment visit(const QString &id, QDate day, QTime start) {
    const QDateTime begin(day, start, QTimeZone(3600));
    return {id, begin, begin.addSecs(2 * 3600), QStringLiteral("HV 2"), QStringLiteral("Eva")};
}

} // namespace

/// Afwezigheid's model: the form's period rules, the notice deadline with weekends and
/// holidays, the visits the absence touches, and sending (late or not).
class TestAbsencesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_model = std::make_unique<AbsencesModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_model->setToday(kToday);
        m_model->setOfflineSupport(&m_h->documents, &m_h->outbox);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_h->logIn());
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_h.reset();
    }

    void periodRules() {
        const QDate day = kToday.addDays(7);
        QVERIFY(m_model->periodError(day, day, false, true, true, {}, {}).isEmpty());
        QVERIFY(!m_model->periodError(QDate(), {}, false, true, true, {}, {}).isEmpty());
        QVERIFY(!m_model->periodError(kToday.addDays(-1), {}, false, true, true, {}, {}).isEmpty());
        QVERIFY(
            !m_model->periodError(kToday.addDays(400), {}, false, true, true, {}, {}).isEmpty());
        // Several days: an end before the start is wrong; an unknown end is fine.
        QCOMPARE(m_model->periodError(day, day.addDays(-1), true, true, true, {}, {}),
                 QStringLiteral("De einddatum moet op of na de startdatum liggen."));
        // An end date not chosen yet is asked for, not called wrong.
        QCOMPARE(m_model->periodError(day, QDate(), true, true, true, {}, {}),
                 QStringLiteral("Kies een einddatum."));
        QVERIFY(m_model->periodError(day, QDate(), true, false, true, {}, {}).isEmpty());
        // Part of a day: both times, the end after the start.
        QVERIFY(!m_model->periodError(day, day, false, true, false, QStringLiteral("08:00"), {})
                     .isEmpty());
        QVERIFY(!m_model
                     ->periodError(day, day, false, true, false, QStringLiteral("12:00"),
                                   QStringLiteral("09:00"))
                     .isEmpty());
        QVERIFY(m_model
                    ->periodError(day, day, false, true, false, QStringLiteral("08:00"),
                                  QStringLiteral("17:00"))
                    .isEmpty());
    }

    void previewShowsDeadlineAndTouchedVisits() {
        QSignalSpy changed(m_model.get(), &AbsencesModel::previewChanged);
        const QDate monday(2026, 12, 28); // after Christmas: deadline Tue 22 Dec
        m_model->preview(monday, monday.addDays(3), true, {}, {});
        QVERIFY(m_model->previewLoading());
        const auto request = m_h->backend.appointmentsCall.last();
        QCOMPARE(request.from, monday);
        QCOMPARE(request.to, monday.addDays(3));
        QVERIFY(m_h->backend.appointmentsCall.answer(
            FakeBackend::page({visit(QStringLiteral("v1"), monday, QTime(13, 30)),
                               visit(QStringLiteral("v2"), monday.addDays(3), QTime(13, 30))},
                              {})));
        QTRY_VERIFY(!m_model->previewLoading());
        QCOMPARE(m_model->previewVisits().size(), 2);
        // Inside "Meld uw afwezigheid uiterlijk op %1.": Dutch weekdays are lower case.
        QCOMPARE(m_model->previewDeadlineText(), QStringLiteral("dinsdag 22 dec 2026"));
        QVERIFY(!m_model->previewLate());
        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(m_model->previewDeadlineText(), QStringLiteral("Tuesday 22 Dec 2026"));
    }

    void partOfADayOnlyTouchesVisitsInside() {
        const QDate thursday(2026, 11, 26);
        m_model->preview(thursday, thursday, false, QStringLiteral("08:00"),
                         QStringLiteral("12:00"));
        QVERIFY(m_h->backend.appointmentsCall.answer(
            FakeBackend::page({visit(QStringLiteral("v1"), thursday, QTime(13, 30))}, {})));
        QTRY_VERIFY(!m_model->previewLoading());
        QCOMPARE(m_model->previewVisits().size(), 0);
        // No visit touched: the deadline is that of the day itself, and it has passed.
        QCOMPARE(m_model->previewDeadlineText(), QStringLiteral("maandag 23 nov 2026"));
        QVERIFY(m_model->previewLate());
    }

    void anOlderPreviewAnswerIsIgnored() {
        m_model->preview(kToday.addDays(10), kToday.addDays(10), true, {}, {});
        m_model->preview(kToday.addDays(20), kToday.addDays(20), true, {}, {});
        // The first answer arrives last and must not replace the second.
        QVERIFY(m_h->backend.answerAppointments(kToday.addDays(20), FakeBackend::page({}, {})));
        QVERIFY(m_h->backend.answerAppointments(
            kToday.addDays(10),
            FakeBackend::page({visit(QStringLiteral("v1"), kToday.addDays(10), QTime(9, 0))}, {})));
        QTRY_VERIFY(!m_model->previewLoading());
        QTest::qWait(20);
        QCOMPARE(m_model->previewVisits().size(), 0);
    }

    // Through the outbox: the form waits for the first outcome.
    void theFormHearsTheFirstOutcome() {
        Outbox &outbox = m_h->outbox;
        outbox.setEnabled(true);
        loadEmptyList();
        QSignalSpy saved(m_model.get(), &AbsencesModel::saved);
        QSignalSpy queued(m_model.get(), &AbsencesModel::queued);
        QSignalSpy failed(m_model.get(), &AbsencesModel::saveFailed);
        QSignalSpy submitted(m_model.get(), &AbsencesModel::submitted);
        const QDate day = kToday.addDays(2);

        // Online: stored by the server; the report replaces its "Wacht op verzending" row.
        m_model->submit(QStringLiteral("vakantie"), day, day, true, {}, {});
        QVERIFY(m_model->busy());
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(m_model->data(m_model->index(0), AbsencesModel::PendingRole).toBool());
        const QueuedWrite sent = m_h->backend.deliverCall.last();
        QCOMPARE(sent.kind, QueuedWrite::Kind::Absence);
        QCOMPARE(sent.fields.value(QLatin1String("startDate")).toString(),
                 day.toString(Qt::ISODate));
        QVERIFY(!sent.idempotencyKey.isEmpty());
        QJsonObject stored = sent.fields;
        stored.insert(QLatin1String("id"), QStringLiteral("a1"));
        stored.insert(QLatin1String("late"), true);
        QVERIFY(m_h->backend.deliverCall.answer(WriteReceipt{stored, false}));
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(submitted.at(0).at(0).toBool()); // inside the notice period
        QCOMPARE(saved.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(!m_model->data(m_model->index(0), AbsencesModel::PendingRole).toBool());
        QCOMPARE(m_model->data(m_model->index(0), AbsencesModel::TypeLabelRole).toString(),
                 QStringLiteral("Vakantie"));
        QCOMPARE(m_model->data(m_model->index(0), AbsencesModel::PeriodTextRole).toString(),
                 day.toString(QStringLiteral("dd-MM-yyyy")));
        QVERIFY(m_model->data(m_model->index(0), AbsencesModel::LateRole).toBool());
        // The list is fetched again quietly, so the cache learns the new report.
        QTRY_COMPARE(m_h->backend.absenceTypesCall.waiting(), 1);
        QVERIFY(m_h->backend.absenceTypesCall.answer(types()));
        QTRY_COMPARE(m_h->backend.absencesCall.waiting(), 1);
        QVERIFY(m_h->backend.absencesCall.answer(
            QList<AbsenceReport>{AbsenceReport::fromJson(stored)}));

        // Offline: kept, the form may close, the row waits.
        m_model->submit(QStringLiteral("vakantie"), day.addDays(1), day.addDays(1), true, {}, {});
        QVERIFY(m_h->backend.deliverCall.answer(ApiError::make(ApiError::Kind::Offline)));
        QTRY_COMPARE(queued.count(), 1);
        QCOMPARE(saved.count(), 2);
        QVERIFY(!m_model->busy());
        QCOMPARE(m_model->data(m_model->index(0), AbsencesModel::StatusTextRole).toString(),
                 QStringLiteral("Wacht op verzending"));
        QCOMPARE(outbox.waitingCount(), 1);
        outbox.discard(outbox.entries().first().id);

        // Refused while the form is open: the form shows why, the outbox keeps nothing.
        m_model->submit(QStringLiteral("vakantie"), day.addDays(2), day.addDays(2), true, {}, {});
        ApiError refused = ApiError::make(ApiError::Kind::Validation);
        refused.httpStatus = 422;
        refused.fieldErrors.insert(
            QStringLiteral("startDate"),
            {QStringLiteral("Kies een andere datum."), QStringLiteral("Choose another date.")});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(refused));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toMap().value(QStringLiteral("startDate")).toString(),
                 QStringLiteral("Kies een andere datum."));
        QCOMPARE(outbox.entries().size(), 0);
        QTRY_COMPARE(m_model->rowCount(), 1);
    }

    // Refused after the form closed (it was kept offline): the form opens filled in with
    // the report, and the corrected one replaces the refused entry with a new key.
    void aRefusedReportIsCorrectedInTheForm() {
        m_h->outbox.setEnabled(true);
        loadEmptyList();
        const QDate day = kToday.addDays(9);
        m_model->submit(QStringLiteral("vakantie"), day, day.addDays(2), true, {}, {});
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(ApiError::make(ApiError::Kind::Offline)));
        QTRY_VERIFY(!m_model->busy());
        const QString firstKey = m_h->backend.deliverCall.last().idempotencyKey;
        m_h->outbox.sendNow();
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        ApiError refused = ApiError::make(ApiError::Kind::Validation);
        refused.messageNl = QStringLiteral("Kies een andere datum.");
        QVERIFY(m_h->backend.deliverCall.answer(refused));
        QTRY_VERIFY(m_model->data(m_model->index(0), ClientListModel::RefusedRole).toBool());
        QCOMPARE(m_model->data(m_model->index(0), AbsencesModel::StatusTextRole).toString(),
                 QStringLiteral("Niet verstuurd: Kies een andere datum."));
        const qint64 entry =
            m_model->data(m_model->index(0), ClientListModel::EntryIdRole).toLongLong();

        const QVariantMap form = m_model->pendingReport(entry);
        QCOMPARE(form.value(QStringLiteral("type")).toString(), QStringLiteral("vakantie"));
        QCOMPARE(form.value(QStringLiteral("startDate")).toDate(), day);
        QCOMPARE(form.value(QStringLiteral("endDate")).toDate(), day.addDays(2));
        QVERIFY(form.value(QStringLiteral("wholeDay")).toBool());

        QSignalSpy saved(m_model.get(), &ClientListModel::saved);
        m_model->submit(QStringLiteral("vakantie"), day.addDays(1), day.addDays(2), true, {}, {},
                        entry);
        QCOMPARE(saved.count(), 1); // the form may close: the list shows the rest
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        const QueuedWrite corrected = m_h->backend.deliverCall.last();
        QVERIFY(corrected.idempotencyKey != firstKey);
        QCOMPARE(corrected.fields.value(QStringLiteral("startDate")).toString(),
                 day.addDays(1).toString(Qt::ISODate));
        QCOMPARE(m_h->outbox.entries().size(), 1);
        QCOMPARE(m_h->outbox.entries().first().id, entry);
    }

    // Which visits an absence covers, as staff will cancel them: the whole days from the
    // start to the end (every later day while the end is not known), or for part of a day
    // the visits that start from the start time up to, not including, the end time.
    void anAbsenceCoversTheVisitsStaffWillCancel() {
        const QDate monday(2026, 12, 7);
        const QTimeZone amsterdam(3600);
        const auto at = [&](QDate day, int hour, int minute) {
            return QDateTime(day, QTime(hour, minute), amsterdam);
        };
        AbsenceReport days;
        days.startDate = monday;
        days.endDate = monday.addDays(3);
        QVERIFY(!days.covers(at(monday.addDays(-1), 13, 30)));
        QVERIFY(days.covers(at(monday, 0, 0)));
        QVERIFY(days.covers(at(monday.addDays(3), 23, 59)));
        QVERIFY(!days.covers(at(monday.addDays(4), 0, 0)));
        AbsenceReport openEnd = days;
        openEnd.endDate = {};
        QVERIFY(openEnd.covers(at(monday.addDays(300), 13, 30)));
        QVERIFY(!openEnd.covers(at(monday.addDays(-1), 13, 30)));
        AbsenceReport part;
        part.startDate = monday;
        part.endDate = monday;
        part.wholeDay = false;
        part.startTime = QTime(13, 0);
        part.endTime = QTime(14, 0);
        QVERIFY(part.covers(at(monday, 13, 30)));
        QVERIFY(part.covers(at(monday, 13, 0)));
        QVERIFY(!part.covers(at(monday, 14, 0)));
        QVERIFY(!part.covers(at(monday, 9, 0)));
        QVERIFY(!part.covers(at(monday.addDays(1), 13, 30)));
    }

    // What the planning marks "afwezigheid gemeld": the reports staff have not processed,
    // stored by the server or still waiting in the outbox; not a processed one (its visits
    // are cancelled) and not one the server refused.
    void reportedAbsencesAreTheUnprocessedOnes() {
        m_h->outbox.setEnabled(true);
        QSignalSpy changed(m_model.get(), &AbsencesModel::reportedAbsencesChanged);
        m_model->reload();
        QVERIFY(m_h->backend.absenceTypesCall.answer(types()));
        QTRY_COMPARE(m_h->backend.absencesCall.waiting(), 1);
        const auto report = [](const QString &id, QDate day, bool processed) {
            return AbsenceReport::fromJson(
                {{QStringLiteral("id"), id},
                 {QStringLiteral("type"), QStringLiteral("vakantie")},
                 {QStringLiteral("startDate"), day.toString(Qt::ISODate)},
                 {QStringLiteral("endDate"), day.toString(Qt::ISODate)},
                 {QStringLiteral("wholeDay"), true},
                 {QStringLiteral("status"),
                  processed ? QStringLiteral("processed") : QStringLiteral("submitted")}});
        };
        QVERIFY(m_h->backend.absencesCall.answer(
            QList<AbsenceReport>{report(QStringLiteral("a1"), kToday.addDays(7), false),
                                 report(QStringLiteral("a2"), kToday.addDays(8), true)}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
        QVERIFY(changed.count() > 0);
        QCOMPARE(m_model->reportedAbsences().size(), 1);
        QCOMPARE(m_model->reportedAbsences().first().id, QStringLiteral("a1"));

        // Kept offline: marked at once.
        changed.clear();
        m_model->submit(QStringLiteral("vakantie"), kToday.addDays(9), kToday.addDays(9), true, {},
                        {});
        QVERIFY(changed.count() > 0);
        QCOMPARE(m_model->reportedAbsences().size(), 2);
        QVERIFY(m_h->backend.deliverCall.answer(ApiError::make(ApiError::Kind::Offline)));
        QTRY_VERIFY(!m_model->busy());
        QCOMPARE(m_model->reportedAbsences().size(), 2);
        // Refused by the server: no longer an absence the organisation knows of.
        m_h->outbox.sendNow();
        QTRY_COMPARE(m_h->backend.deliverCall.waiting(), 1);
        QVERIFY(m_h->backend.deliverCall.answer(ApiError::make(ApiError::Kind::Validation)));
        QTRY_VERIFY(m_model->data(m_model->index(0), ClientListModel::RefusedRole).toBool());
        QCOMPARE(m_model->reportedAbsences().size(), 1);
    }

    // Absence types and reports are kept, so "Melden" works offline after one visit.
    void offlineTheCachedListAndTypesStay() {
        m_h->outbox.setEnabled(true);
        loadEmptyList();
        AbsencesModel again(&m_h->session, &m_h->backend, &m_h->language);
        again.setOfflineSupport(&m_h->documents, &m_h->outbox);
        again.reload();
        QCOMPARE(again.status(), Status::Ready);
        QCOMPARE(again.types().size(), 1);
        QVERIFY(m_h->backend.absenceTypesCall.answer(FakeBackend::error(ApiError::Kind::Offline)));
        QTRY_VERIFY(again.offline());
        QCOMPARE(again.status(), Status::Ready);
        QCOMPARE(again.types().size(), 1);
    }

private:
    static QList<LabelledOption> types() {
        return {
            {QStringLiteral("vakantie"), QStringLiteral("Vakantie"), QStringLiteral("Holiday")}};
    }

    void loadEmptyList() {
        m_model->reload();
        QVERIFY(m_h->backend.absenceTypesCall.answer(types()));
        QTRY_COMPARE(m_h->backend.absencesCall.waiting(), 1);
        QVERIFY(m_h->backend.absencesCall.answer(QList<AbsenceReport>{}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<AbsencesModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAbsencesModel)
#include "tst_absencesmodel.moc"
