// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole app core with a FHIR profile (issue 22) against Medplum's FHIR router: the login
// with the test token, the menu the server's capabilities allow, the planning with a visit
// the organisation changed marked "Gewijzigd", and the planning read offline from the cache.

#include "app/appcomposition.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "fhirharness.h"
#include "organisations/organisationbranding.h"
#include "planning/planningmodel.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using namespace careportal::test;

namespace {
constexpr int kFlowTimeoutMs = 20000;
} // namespace

class FhirAppFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuShowsWhatTheServerServes();
    void loginWithTheTestToken();
    void changedVisitIsMarkedChanged();
    void malformedAnswerKeepsThePlanningShown();
    void planningIsReadOfflineFromTheCache();
    void cleanupTestCase();

private:
    [[nodiscard]] AppComposition::Options options() const;
    [[nodiscard]] QString firstVisitOfMonth() const;

    FhirHarness m_fhir;
    QTemporaryDir m_data;
    std::unique_ptr<AppComposition> m_app;
};

AppComposition::Options FhirAppFlowTest::options() const {
    AppComposition::Options options;
    options.profile.backend = QStringLiteral("fhir");
    options.profile.serverUrl = m_fhir.server.baseUrl();
    options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
    options.profile.fingerprint = m_fhir.fingerprint;
    options.cachePath = m_data.filePath(QStringLiteral("cache.sqlite"));
    options.language = QStringLiteral("nl");
    return options;
}

void FhirAppFlowTest::initTestCase() {
    if (!FhirServerProcess::isInstalled())
        QSKIP("tools/fhir-server is not installed (scripts/test.sh runs npm ci there)");
    QVERIFY(m_data.isValid());
    QVERIFY2(m_fhir.start(), qPrintable(m_fhir.server.errorOutput()));
    m_app = std::make_unique<AppComposition>(options());
    m_app->start();
}

void FhirAppFlowTest::menuShowsWhatTheServerServes() {
    OrganisationBranding *organisation = m_app->organisation();
    QTRY_VERIFY_WITH_TIMEOUT(!organisation->features().isEmpty(), kFlowTimeoutMs);
    QVERIFY(organisation->features().contains(QStringLiteral("planning")));
    QVERIFY(organisation->features().contains(QStringLiteral("dossier")));
    QVERIFY(!organisation->features().contains(QStringLiteral("changePassword")));
    QCOMPARE(organisation->name(), QStringLiteral("Thuiszorg De Linde"));
}

void FhirAppFlowTest::loginWithTheTestToken() {
    Session *session = m_app->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == Session::State::LoggedOut && !session->busy(),
                             kFlowTimeoutMs);
    session->login(QStringLiteral("c.test@example.nl"), QStringLiteral("verkeerd"));
    QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), kFlowTimeoutMs);
    QCOMPARE(session->state(), Session::State::LoggedOut);
    QVERIFY(!session->errorMessage().isEmpty());
    session->login(QStringLiteral("c.test@example.nl"), FhirHarness::token);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::LoggedIn, kFlowTimeoutMs);
    QCOMPARE(session->displayName(), QStringLiteral("mevrouw C. Test"));
    QCOMPARE(session->clientId(), QStringLiteral("client-c-test"));
}

QString FhirAppFlowTest::firstVisitOfMonth() const {
    PlanningModel *planning = m_app->client()->planning();
    for (int row = 0; row < planning->rowCount(); ++row) {
        const QModelIndex index = planning->index(row);
        if (!planning->data(index, PlanningModel::IsPastRole).toBool())
            return planning->data(index, PlanningModel::VisitIdRole).toString();
    }
    return {};
}

void FhirAppFlowTest::changedVisitIsMarkedChanged() {
    PlanningModel *planning = m_app->client()->planning();
    // Next month: every visit there lies ahead, whatever today's date.
    planning->nextMonth();
    QTRY_VERIFY_WITH_TIMEOUT(planning->hasData() && !planning->loading(), kFlowTimeoutMs);
    QVERIFY(planning->rowCount() >= 4); // weekly visits
    const QString visitId = firstVisitOfMonth();
    QVERIFY(!visitId.isEmpty());
    QCOMPARE(planning->data(planning->index(0), PlanningModel::HelpTypeRole).toString(),
             QStringLiteral("HV 1"));
    QCOMPARE(planning->data(planning->index(0), PlanningModel::StartTimeRole).toString(),
             QStringLiteral("09:00"));

    // The organisation's system gives the visit another carer.
    auto reply = m_fhir.organisationSystem->get(QStringLiteral("/Appointment/") + visitId,
                                                FhirHarness::token);
    QCOMPARE(reply.status, 200);
    QJsonObject visit = reply.json;
    QJsonArray participants;
    for (const auto &value : visit.value(QLatin1String("participant")).toArray()) {
        QJsonObject participant = value.toObject();
        QJsonObject actor = participant.value(QLatin1String("actor")).toObject();
        if (actor.value(QLatin1String("reference")).toString().startsWith(u"Practitioner/")) {
            actor.insert(QStringLiteral("reference"), QStringLiteral("Practitioner/onbekend"));
            actor.insert(QStringLiteral("display"), QStringLiteral("Ruben Invalkracht"));
        }
        participant.insert(QStringLiteral("actor"), actor);
        participants.append(participant);
    }
    visit.insert(QStringLiteral("participant"), participants);
    reply = m_fhir.organisationSystem->put(QStringLiteral("/Appointment/") + visitId, visit,
                                           FhirHarness::token);
    QVERIFY2(reply.status == 200, reply.body.constData());

    planning->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!planning->loading(), kFlowTimeoutMs);
    int changedRows = 0;
    for (int row = 0; row < planning->rowCount(); ++row) {
        const QModelIndex index = planning->index(row);
        const bool changed = planning->data(index, PlanningModel::ChangedRole).toBool();
        changedRows += changed ? 1 : 0;
        if (planning->data(index, PlanningModel::VisitIdRole).toString() == visitId) {
            QVERIFY(changed);
            QCOMPARE(planning->data(index, PlanningModel::CarerNameRole).toString(),
                     QStringLiteral("Ruben"));
        }
    }
    QCOMPARE(changedRows, 1);
}

void FhirAppFlowTest::malformedAnswerKeepsThePlanningShown() {
    PlanningModel *planning = m_app->client()->planning();
    const int rows = planning->rowCount();
    QVERIFY(rows > 0);
    // A Bundle whose visit lacks its start: the app says so and keeps what it had.
    const QJsonObject bundle = FhirHarness::searchsetOf(FhirHarness::visitWithoutStart());
    QVERIFY(m_fhir.server.rawNext(QStringLiteral("Appointment"), bundle));
    planning->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!planning->loading() && !planning->errorMessage().isEmpty(),
                             kFlowTimeoutMs);
    QCOMPARE(planning->rowCount(), rows);
}

void FhirAppFlowTest::planningIsReadOfflineFromTheCache() {
    PlanningModel *planning = m_app->client()->planning();
    const int rows = planning->rowCount();
    m_fhir.server.stop();
    planning->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(planning->offline(), kFlowTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!planning->loading(), kFlowTimeoutMs);
    QCOMPARE(planning->rowCount(), rows);
}

void FhirAppFlowTest::cleanupTestCase() {
    m_app.reset();
}

QTEST_MAIN(FhirAppFlowTest)
#include "tst_fhirappflow.moc"
