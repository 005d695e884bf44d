// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dossier/careplanmodel.h"
#include "dossier/dossiermodel.h"
#include "dossier/dossierreportsmodel.h"
#include "sessionharness.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Kind = ApiError::Kind;
using Status = ClientListModel::Status;

namespace {

DossierOverview overview() {
    DossierOverview o;
    o.available = true;
    o.general = {QStringLiteral("Voorbeeldstraat 12"),
                 QStringLiteral("1234 AB"),
                 QStringLiteral("Voorbeeldstad"),
                 QDate(1941, 3, 14),
                 QStringLiteral("Huisartsenpraktijk Het Voorbeeld"),
                 QStringLiteral("030-2223344"),
                 QStringLiteral("Apotheek De Vijzel"),
                 QStringLiteral("030-5556677")};
    o.kinds = {
        {{QStringLiteral("zorgkaart"), QStringLiteral("Zorgkaart"), QStringLiteral("Care card")},
         QStringLiteral("Hoe de zorg wordt verleend."),
         QStringLiteral("How care is given.")}};
    o.disciplines = {
        {QStringLiteral("FT"), QStringLiteral("Fysiotherapie"), QStringLiteral("Physiotherapy")}};
    return o;
}

DossierReport report(const QString &id, int daysAgo) {
    return {id,
            QStringLiteral("zorgkaart"),
            QStringLiteral("FT"),
            QStringLiteral("Ruben"),
            QDateTime(QDate(2026, 11, 20).addDays(-daysAgo), QTime(10, 5)),
            QStringLiteral("Titel ") + id,
            QStringLiteral("<b>Geen opmaak</b>")};
}

} // namespace

/// The dossier's models on a fake backend: the overview labels reports in the user's
/// language, "no dossier" is a state and not an error, reports page and filter by kind,
/// the care plan carries its actions, and everything is forgotten at logout.
class TestDossierModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_dossier = std::make_unique<DossierModel>(&m_h->session, &m_h->backend, &m_h->language);
        m_reports = std::make_unique<DossierReportsModel>(&m_h->session, &m_h->backend,
                                                          &m_h->language, m_dossier.get(), 2);
        m_plan = std::make_unique<CarePlanModel>(&m_h->session, &m_h->backend, &m_h->language);
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_dossier.get()),
                                          static_cast<QAbstractItemModel *>(m_reports.get()),
                                          static_cast<QAbstractItemModel *>(m_plan.get())})
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        QVERIFY(m_h->logIn());
    }

    void cleanup() {
        m_testers.clear();
        m_plan.reset();
        m_reports.reset();
        m_dossier.reset();
        m_h.reset();
    }

    void overviewGivesGeneralDataAndKinds() {
        loadOverview();
        QVERIFY(m_dossier->available());
        QCOMPARE(m_dossier->rowCount(), 1);
        QCOMPARE(m_dossier->data(m_dossier->index(0), DossierModel::LabelRole).toString(),
                 QStringLiteral("Zorgkaart"));
        const QVariantMap general = m_dossier->general();
        QCOMPARE(general.value(QStringLiteral("postcodeCity")).toString(),
                 QStringLiteral("1234 AB Voorbeeldstad"));
        QCOMPARE(general.value(QStringLiteral("birthDateText")).toString(),
                 QStringLiteral("14 mrt 1941"));
        QCOMPARE(m_dossier->disciplineLabel(QStringLiteral("FT")), QStringLiteral("Fysiotherapie"));
        QCOMPARE(m_dossier->disciplineLabel(QStringLiteral("XX")), QString());

        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(m_dossier->data(m_dossier->index(0), DossierModel::ExplanationRole).toString(),
                 QStringLiteral("How care is given."));
        QCOMPARE(m_dossier->kindLabel(QStringLiteral("zorgkaart")), QStringLiteral("Care card"));
    }

    void noDossierIsAStateNotAnError() {
        m_dossier->reload();
        DossierOverview none;
        QVERIFY(m_h->backend.dossierCall.answer(none));
        QTRY_COMPARE(m_dossier->status(), Status::Ready);
        QVERIFY(!m_dossier->available());
        QCOMPARE(m_dossier->rowCount(), 0);
    }

    void reportsPageAndCarryTheirLabels() {
        loadOverview();
        m_reports->reload();
        const auto first = m_h->backend.dossierReportsCall.last();
        QCOMPARE(first.limit, 2);
        QVERIFY(first.cursor.isEmpty());
        QVERIFY(first.kind.isEmpty());
        QVERIFY(m_h->backend.dossierReportsCall.answer(
            DossierReportPage{{report(QStringLiteral("r3"), 1), report(QStringLiteral("r2"), 8)},
                              QStringLiteral("cur")}));
        QTRY_COMPARE(m_reports->status(), Status::Ready);
        QCOMPARE(m_reports->rowCount(), 2);
        QCOMPARE(text(0, DossierReportsModel::KindLabelRole), QStringLiteral("Zorgkaart"));
        QCOMPARE(text(0, DossierReportsModel::DisciplineLabelRole),
                 QStringLiteral("Fysiotherapie"));
        QCOMPARE(text(0, DossierReportsModel::DayTextRole), QStringLiteral("19 nov 2026"));
        // Server text is handed on as it is; the page shows it as plain text.
        QCOMPARE(text(0, DossierReportsModel::TextRole), QStringLiteral("<b>Geen opmaak</b>"));

        m_reports->loadMore();
        QCOMPARE(m_h->backend.dossierReportsCall.last().cursor, QStringLiteral("cur"));
        QVERIFY(m_h->backend.dossierReportsCall.answer(DossierReportPage{
            {report(QStringLiteral("r2"), 8), report(QStringLiteral("r1"), 30)}, {}}));
        QTRY_VERIFY(!m_reports->loadingMore());
        QCOMPARE(m_reports->rowCount(), 3);
        QVERIFY(!m_reports->hasMore());
        QCOMPARE(m_reports->report(QStringLiteral("r1")).value(QStringLiteral("title")).toString(),
                 QStringLiteral("Titel r1"));

        m_h->language.setCode(QStringLiteral("en"));
        QCOMPARE(text(0, DossierReportsModel::DisciplineLabelRole),
                 QStringLiteral("Physiotherapy"));
    }

    void choosingAKindLoadsThatKind() {
        m_reports->setKind(QStringLiteral("zorgkaart"));
        QCOMPARE(m_h->backend.dossierReportsCall.count(), 0); // nothing until the page asks
        m_reports->reload();
        QCOMPARE(m_h->backend.dossierReportsCall.last().kind, QStringLiteral("zorgkaart"));
        QVERIFY(m_h->backend.dossierReportsCall.answer(
            DossierReportPage{{report(QStringLiteral("r1"), 1)}, {}}));
        QTRY_COMPARE(m_reports->status(), Status::Ready);
        m_reports->setKind(QStringLiteral("incidentenrapportage"));
        QCOMPARE(m_h->backend.dossierReportsCall.count(), 2);
        QCOMPARE(m_h->backend.dossierReportsCall.last().kind,
                 QStringLiteral("incidentenrapportage"));
        QVERIFY(m_h->backend.dossierReportsCall.answer(DossierReportPage{}));
        QTRY_COMPARE(m_reports->rowCount(), 0);
    }

    void aLateAnswerForTheOldKindIsDropped() {
        m_reports->reload(); // every kind
        m_reports->setKind(QStringLiteral("zorgkaart"));
        QCOMPARE(m_h->backend.dossierReportsCall.waiting(), 2);
        // The answer for the new kind comes first, the old one after it.
        QVERIFY(m_h->backend.dossierReportsCall.answerWhere(
            [](const auto &r) { return r.kind == QStringLiteral("zorgkaart"); },
            DossierReportPage{{report(QStringLiteral("k1"), 1)}, {}}));
        QTRY_COMPARE(m_reports->status(), Status::Ready);
        QVERIFY(m_h->backend.dossierReportsCall.answer(DossierReportPage{
            {report(QStringLiteral("a1"), 1), report(QStringLiteral("a2"), 2)}, {}}));
        QTest::qWait(50);
        QCOMPARE(m_reports->rowCount(), 1);
        QCOMPARE(text(0, DossierReportsModel::IdRole), QStringLiteral("k1"));
    }

    void failedLoadCanBeRetried() {
        m_reports->reload();
        QVERIFY(m_h->backend.dossierReportsCall.answer(FakeBackend::error(Kind::Offline)));
        QTRY_COMPARE(m_reports->status(), Status::Error);
        QVERIFY(!m_reports->errorMessage().isEmpty());
        m_reports->reload();
        QVERIFY(m_h->backend.dossierReportsCall.answer(
            DossierReportPage{{report(QStringLiteral("r1"), 1)}, {}}));
        QTRY_COMPARE(m_reports->status(), Status::Ready);
        QCOMPARE(m_reports->rowCount(), 1);
    }

    void carePlanHasGoalsWithActions() {
        m_plan->reload();
        const CareGoal goal{
            QStringLiteral("g1"),
            QStringLiteral("Veilig douchen"),
            QStringLiteral("Kan niet zelf veilig douchen."),
            {{QStringLiteral("a1"), QStringLiteral("Hulp bij douchen"), QStringLiteral("maandag")},
             {QStringLiteral("a2"), QStringLiteral("Huid controleren"), {}}}};
        QVERIFY(m_h->backend.carePlanCall.answer(QList<CareGoal>{goal}));
        QTRY_COMPARE(m_plan->status(), Status::Ready);
        QCOMPARE(m_plan->rowCount(), 1);
        QCOMPARE(m_plan->data(m_plan->index(0), CarePlanModel::ActionCountRole).toInt(), 2);
        const QVariantList actions =
            m_plan->data(m_plan->index(0), CarePlanModel::ActionsRole).toList();
        QCOMPARE(actions.at(0).toMap().value(QStringLiteral("frequency")).toString(),
                 QStringLiteral("maandag"));
    }

    void logoutForgetsTheDossier() {
        loadOverview();
        m_reports->reload();
        QVERIFY(m_h->backend.dossierReportsCall.answer(
            DossierReportPage{{report(QStringLiteral("r1"), 1)}, QStringLiteral("c")}));
        QTRY_COMPARE(m_reports->rowCount(), 1);
        m_h->backend.logoutCall.script(Done{});
        m_h->session.logout();
        QTRY_COMPARE(m_h->session.state(), Session::State::LoggedOut);
        QCOMPARE(m_reports->rowCount(), 0);
        QVERIFY(!m_reports->hasMore());
        QVERIFY(!m_dossier->available());
        QCOMPARE(m_dossier->rowCount(), 0);
        QVERIFY(m_dossier->general().value(QStringLiteral("address")).toString().isEmpty());
    }

private:
    [[nodiscard]] QString text(int row, int role) const {
        return m_reports->data(m_reports->index(row), role).toString();
    }

    void loadOverview() {
        m_dossier->reload();
        QVERIFY(m_h->backend.dossierCall.answer(overview()));
        QTRY_COMPARE(m_dossier->status(), Status::Ready);
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<DossierModel> m_dossier;
    std::unique_ptr<DossierReportsModel> m_reports;
    std::unique_ptr<CarePlanModel> m_plan;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QTEST_MAIN(TestDossierModels)
#include "tst_dossiermodels.moc"
