// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Cliëntdossier end to end: the client core's dossier models against the real
// careportal-server over TLS on loopback; staff add a report and a goal with the admin tool
// and the client sees them after a refresh. Nothing of the dossier reaches the cache file.
#include "dossier/careplanmodel.h"
#include "dossier/dossiermodel.h"
#include "dossier/dossierreportsmodel.h"
#include "loggedinapp.h"
#include "serverprocess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::kFlowTimeoutMs;
using careportal::test::ServerProcess;
using Status = ClientListModel::Status;

namespace {
const QString kClient = QStringLiteral("client-j-voorbeeld");
} // namespace

class DossierFlowTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QVERIFY(m_dataDir.isValid());
        m_app = test::startLoggedIn(m_server, m_dataDir, QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(m_app);
        QVERIFY(m_app->organisation()->hasDossier());
    }

    void overviewAndTimelineFromTheServer() {
        DossierModel *dossier = m_app->dossier()->overview();
        dossier->reload();
        QTRY_COMPARE_WITH_TIMEOUT(dossier->status(), Status::Ready, kFlowTimeoutMs);
        QVERIFY(dossier->available());
        QCOMPARE(dossier->rowCount(), 3);
        QCOMPARE(dossier->disciplineLabel(QStringLiteral("PSY")), QStringLiteral("Psycholoog"));
        QCOMPARE(dossier->general().value(QStringLiteral("gpName")).toString(),
                 QStringLiteral("Huisartsenpraktijk Het Voorbeeld"));

        DossierReportsModel *timeline = m_app->dossier()->timeline();
        timeline->reload();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->status(), Status::Ready, kFlowTimeoutMs);
        QCOMPARE(timeline->rowCount(), 13); // all demo reports fit the first page of 20
        QVERIFY(!timeline->hasMore());
        QCOMPARE(text(timeline, 0, DossierReportsModel::DisciplineLabelRole),
                 QStringLiteral("Fysiotherapie"));

        DossierReportsModel *latest = m_app->dossier()->latest();
        latest->reload();
        QTRY_COMPARE_WITH_TIMEOUT(latest->status(), Status::Ready, kFlowTimeoutMs);
        QCOMPARE(latest->rowCount(), 3);
        QVERIFY(latest->hasMore());
        latest->loadMore();
        QTRY_COMPARE_WITH_TIMEOUT(latest->rowCount(), 6, kFlowTimeoutMs);
    }

    void readingOneKind() {
        DossierReportsModel *reading = m_app->dossier()->reading();
        reading->setKind(QStringLiteral("zorgkaart"));
        reading->reload();
        QTRY_COMPARE_WITH_TIMEOUT(reading->status(), Status::Ready, kFlowTimeoutMs);
        QCOMPARE(reading->rowCount(), 2);
        for (int row = 0; row < reading->rowCount(); ++row)
            QCOMPARE(text(reading, row, DossierReportsModel::KindLabelRole),
                     QStringLiteral("Zorgkaart"));
    }

    // The scripted staff path: staff write, the client reads after a refresh.
    void staffAdditionsReachTheClient() {
        QString out;
        QCOMPARE(m_server.admin({QStringLiteral("add-report"), QStringLiteral("--client"), kClient,
                                 QStringLiteral("--kind"), QStringLiteral("zorgplanrapportage"),
                                 QStringLiteral("--discipline"), QStringLiteral("LO"),
                                 QStringLiteral("--author"), QStringLiteral("Lies"),
                                 QStringLiteral("--title"), QStringLiteral("Slikadvies"),
                                 QStringLiteral("--text"),
                                 QStringLiteral("Kleine happen, rechtop zitten.")}),
                 0);
        QCOMPARE(m_server.admin({QStringLiteral("add-goal"), QStringLiteral("--client"), kClient,
                                 QStringLiteral("--title"), QStringLiteral("Veilig slikken"),
                                 QStringLiteral("--care-question"),
                                 QStringLiteral("Meneer verslikt zich soms.")},
                                &out),
                 0);
        const QString goalId = out.trimmed().section(QLatin1Char(' '), 1);
        QCOMPARE(m_server.admin({QStringLiteral("add-action"), QStringLiteral("--goal"), goalId,
                                 QStringLiteral("--description"),
                                 QStringLiteral("Rechtop laten zitten bij het eten")}),
                 0);

        DossierReportsModel *timeline = m_app->dossier()->timeline();
        timeline->reload();
        QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), 14, kFlowTimeoutMs);
        QCOMPARE(text(timeline, 0, DossierReportsModel::TitleRole), QStringLiteral("Slikadvies"));
        QCOMPARE(text(timeline, 0, DossierReportsModel::DisciplineLabelRole),
                 QStringLiteral("Logopedie"));

        CarePlanModel *plan = m_app->dossier()->carePlan();
        plan->reload();
        QTRY_COMPARE_WITH_TIMEOUT(plan->status(), Status::Ready, kFlowTimeoutMs);
        QCOMPARE(plan->rowCount(), 4);
        const QModelIndex last = plan->index(plan->rowCount() - 1);
        QCOMPARE(plan->data(last, CarePlanModel::TitleRole).toString(),
                 QStringLiteral("Veilig slikken"));
        QCOMPARE(plan->data(last, CarePlanModel::ActionCountRole).toInt(), 1);
    }

    void theDossierIsNotCachedOnDisk() {
        QFile cache(m_dataDir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(cache.open(QIODevice::ReadOnly));
        const QByteArray bytes = cache.readAll();
        for (const char *secret : {"Slikadvies", "Wandelen buiten", "Veilig douchen",
                                   "Huisartsenpraktijk Het Voorbeeld"})
            QVERIFY2(!bytes.contains(secret), secret);
    }

    void logoutEmptiesTheDossier() {
        m_app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut,
                                  kFlowTimeoutMs);
        QCOMPARE(m_app->dossier()->timeline()->rowCount(), 0);
        QCOMPARE(m_app->dossier()->carePlan()->rowCount(), 0);
        QVERIFY(!m_app->dossier()->overview()->available());
    }

private:
    static QString text(const DossierReportsModel *model, int row, int role) {
        return model->data(model->index(row), role).toString();
    }

    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;
};

QTEST_GUILESS_MAIN(DossierFlowTest)
#include "tst_dossierflow.moc"
