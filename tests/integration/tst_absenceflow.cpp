// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The scripted demo path for Afwezigheid, end to end over TLS: the client reports an
// absence through the app's model, staff process it with `careportal-server admin`, and the
// visit is gone from the client's planning.
#include "absence/absencesmodel.h"
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "kiosk/idlemonitor.h"
#include "loggedinapp.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "planning/planningmodel.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::ServerProcess;

namespace {
constexpr int timeoutMs = 20000;

QDate nextMonday(QDate from) {
    while (from.dayOfWeek() != Qt::Monday)
        from = from.addDays(1);
    return from;
}
} // namespace

class AbsenceFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QVERIFY(m_dataDir.isValid());
        m_app = test::startLoggedIn(m_server, m_dataDir, QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(m_app);
        QVERIFY(m_app->organisation()->hasAbsence());
    }

    void reportedProcessedAndGoneFromThePlanning() {
        const QDate monday = nextMonday(QDate::currentDate().addDays(28));
        const int before = visitsInMonth(monday);
        QVERIFY(before >= 8); // twice a week

        AbsencesModel *absences = m_app->client()->absences();
        absences->reload();
        QTRY_COMPARE_WITH_TIMEOUT(absences->status(), ClientListModel::Status::Ready, timeoutMs);
        QSignalSpy submitted(absences, &AbsencesModel::submitted);
        absences->submit(QStringLiteral("vakantie"), monday, monday, true, {}, {});
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, timeoutMs);
        QCOMPARE(submitted.at(0).at(0).toBool(), false); // four weeks ahead: on time
        QCOMPARE(absences->data(absences->index(0), AbsencesModel::StatusTextRole).toString(),
                 QStringLiteral("Gemeld, nog niet verwerkt"));

        QString listed;
        QCOMPARE(m_server.admin({QStringLiteral("list-absences"), QStringLiteral("--client"),
                                 QStringLiteral("client-j-voorbeeld")},
                                &listed),
                 0);
        const QString id = listed.section(QLatin1Char('\t'), 0, 0);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_server.admin({QStringLiteral("process-absence"), QStringLiteral("--id"), id,
                                 QStringLiteral("--staff"), QStringLiteral("Marloes (planning)")}),
                 0);

        QCOMPARE(visitsInMonth(monday), before - 1);
        // The cached list shows at once; the server's answer then replaces it.
        absences->reload();
        QTRY_COMPARE_WITH_TIMEOUT(
            absences->data(absences->index(0), AbsencesModel::StatusTextRole).toString(),
            QStringLiteral("Verwerkt"), timeoutMs);
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }

private:
    // The rows the planning shows for `day`'s month, fresh from the server.
    int visitsInMonth(QDate day) {
        PlanningModel *planning = m_app->client()->planning();
        planning->showMonth(day);
        QTest::qWait(50);
        if (!QTest::qWaitFor([planning] { return !planning->loading(); }, timeoutMs))
            return -1;
        return planning->rowCount();
    }

    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;
};

QTEST_MAIN(AbsenceFlowTest)
#include "tst_absenceflow.moc"
