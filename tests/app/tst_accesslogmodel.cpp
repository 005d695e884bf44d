// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accesslog/accesslogmodel.h"
#include "sessionharness.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Status = ClientListModel::Status;

namespace {

AccessLogEntry entry(const QString &id, const QString &event, const QString &object) {
    return {id,
            QDateTime(QDate(2026, 11, 20), QTime(10, 5)),
            event,
            QStringLiteral("de heer J. Voorbeeld"),
            QStringLiteral("self"),
            QStringLiteral("c-1"),
            QStringLiteral("CarePortal/0.1"),
            QStringLiteral("127.0.0.1"),
            object};
}

} // namespace

/// "Wie heeft mijn gegevens ingezien": the period asked of the server, the log in words
/// (what, which part, who in which role), paging, a period change that drops a late answer.
class TestAccessLogModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_model = std::make_unique<AccessLogModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_model->setToday(QDate(2026, 11, 25));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_h->logIn());
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_h.reset();
    }

    void theLogInWords() {
        m_model->reload();
        const auto asked = m_h->backend.accessLogCall.last();
        QCOMPARE(asked.clientId, QStringLiteral("c-1"));
        QCOMPARE(asked.from, QDate(2026, 10, 27)); // the last 30 days, today included
        QCOMPARE(asked.to, QDate(2026, 11, 25));
        QVERIFY(m_h->backend.accessLogCall.answer(AccessLogPage{
            {entry(QStringLiteral("3"), QStringLiteral("read"), QStringLiteral("appointments")),
             entry(QStringLiteral("2"), QStringLiteral("change"),
                   QStringLiteral("contact-persons/p-1")),
             entry(QStringLiteral("1"), QStringLiteral("read"), QStringLiteral("dossier/reports"))},
            QStringLiteral("next")}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(0, AccessLogModel::EventTextRole), QStringLiteral("Ingezien"));
        QCOMPARE(text(0, AccessLogModel::ObjectTextRole), QStringLiteral("Planning"));
        QCOMPARE(text(1, AccessLogModel::EventTextRole), QStringLiteral("Gewijzigd"));
        QCOMPARE(text(1, AccessLogModel::ObjectTextRole), QStringLiteral("Contactpersonen"));
        QCOMPARE(text(2, AccessLogModel::ObjectTextRole), QStringLiteral("Cliëntdossier"));
        QCOMPARE(text(0, AccessLogModel::RoleTextRole), QStringLiteral("Cliënt zelf"));
        QCOMPARE(text(0, AccessLogModel::TimeTextRole), QStringLiteral("20 nov 2026 10:05"));
        QCOMPARE(text(0, AccessLogModel::AddressRole), QStringLiteral("127.0.0.1"));

        QVERIFY(m_model->hasMore());
        m_model->loadMore();
        QCOMPARE(m_h->backend.accessLogCall.last().cursor, QStringLiteral("next"));
        // A staff member's read through the admin tool, in words too.
        AccessLogEntry staff =
            entry(QStringLiteral("00"), QStringLiteral("read"), QStringLiteral("overview"));
        staff.role = QStringLiteral("staff");
        QVERIFY(m_h->backend.accessLogCall.answer(AccessLogPage{
            {entry(QStringLiteral("0"), QStringLiteral("read"), QStringLiteral("absences")), staff},
            {}}));
        QTRY_COMPARE(m_model->rowCount(), 5);
        QVERIFY(!m_model->hasMore());
        QCOMPARE(text(3, AccessLogModel::ObjectTextRole), QStringLiteral("Afwezigheid"));
        QCOMPARE(text(4, AccessLogModel::RoleTextRole),
                 QStringLiteral("Medewerker zorgorganisatie"));
        QCOMPARE(text(4, AccessLogModel::ObjectTextRole),
                 QStringLiteral("Overzicht van al uw gegevens"));
    }

    void anotherPeriodDropsTheOldAnswer() {
        m_model->reload();
        m_model->setPeriodDays(365);
        QCOMPARE(m_h->backend.accessLogCall.waiting(), 2);
        QCOMPARE(m_h->backend.accessLogCall.last().from, QDate(2025, 11, 26));
        QVERIFY(m_h->backend.accessLogCall.answerWhere(
            [](const auto &r) { return r.from == QDate(2025, 11, 26); },
            AccessLogPage{
                {entry(QStringLiteral("9"), QStringLiteral("read"), QStringLiteral("dossier"))},
                {}}));
        QTRY_COMPARE(m_model->status(), Status::Ready);
        QVERIFY(m_h->backend.accessLogCall.answer(
            AccessLogPage{{entry(QStringLiteral("8"), QStringLiteral("read"), QStringLiteral("x")),
                           entry(QStringLiteral("7"), QStringLiteral("read"), QStringLiteral("y"))},
                          {}}));
        QTest::qWait(50);
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(text(0, AccessLogModel::IdRole), QStringLiteral("9"));
        m_model->setPeriodDays(0); // out of range: ignored
        QCOMPARE(m_model->periodDays(), 365);
    }

    void englishWords() {
        m_h->language.setCode(QStringLiteral("en"));
        m_model->reload();
        QVERIFY(m_h->backend.accessLogCall.answer(AccessLogPage{
            {entry(QStringLiteral("1"), QStringLiteral("read"), QStringLiteral("appointments"))},
            {}}));
        QTRY_COMPARE(m_model->rowCount(), 1);
        // Without the installed translator the source (Dutch) stays; the date follows the
        // language setting.
        QCOMPARE(text(0, AccessLogModel::TimeTextRole), QStringLiteral("20 Nov 2026 10:05"));
    }

private:
    [[nodiscard]] QString text(int row, int role) const {
        return m_model->data(m_model->index(row), role).toString();
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<AccessLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestAccessLogModel)
#include "tst_accesslogmodel.moc"
