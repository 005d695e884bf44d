// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "absence/absencesmodel.h"
#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "dossier/dossierfeature.h"
#include "httpsjsonclient.h"
#include "kiosk/idlemonitor.h"
#include "loggedinapp.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "planning/planningmodel.h"
#include "requests/contactrequestsmodel.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storedabsences.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::HttpsJsonClient;
using careportal::test::ServerProcess;
using careportal::test::StoredAbsences;

namespace {

constexpr int timeoutMs = careportal::test::kFlowTimeoutMs;
const QString kUser = QStringLiteral("j.voorbeeld@example.nl");

} // namespace

/// Offline-first with the real app core and the real server: the planning stays readable
/// (flagged offline) when the server goes away mid-sync and refreshes when it is back;
/// five absence reports made offline survive a restart of the app and reach the server
/// exactly once, in order, when it is back; a corrupted cache is rebuilt from the server.
class OfflineFlowTest : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dataDir;
    std::unique_ptr<AppComposition> m_app;

    [[nodiscard]] static bool keychainExpected() {
        return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
    }

    /// A new run of the app on the same data directory, waiting for its session.
    void restartApp(Session::State expected) {
        m_app.reset();
        m_app = careportal::test::restartApp(m_server, m_dataDir);
        QVERIFY(m_app);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), expected, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_app = careportal::test::startLoggedIn(m_server, m_dataDir, kUser);
        QVERIFY(m_app);
    }

    void serverGoneMidSyncKeepsThePlanningAndComesBack() {
        PlanningModel *planning = m_app->client()->planning();
        QTRY_VERIFY_WITH_TIMEOUT(planning->hasData() && !planning->loading(), timeoutMs);
        const int rows = planning->rowCount();
        QVERIFY(rows > 0);
        // The server goes while a refresh is on its way.
        planning->refresh();
        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!planning->loading(), timeoutMs);
        planning->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(planning->offline() && !planning->loading(), timeoutMs);
        QCOMPARE(planning->rowCount(), rows); // the previous cache, intact and shown
        QVERIFY(planning->errorMessage().isEmpty());
        // Back: the next refresh (the timer's, the network's or the user's) brings it back
        // without a restart.
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        planning->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!planning->offline() && !planning->loading(), timeoutMs);
        QCOMPARE(planning->rowCount(), rows);
    }

    void writesMadeOfflineReachTheServerOnceInOrderAfterARestart() {
        if (!keychainExpected())
            QSKIP("Without a keychain nothing is kept across runs, by design.");
        AbsencesModel *absences = m_app->client()->absences();
        absences->reload();
        QTRY_COMPARE_WITH_TIMEOUT(absences->status(), ClientListModel::Status::Ready, timeoutMs);
        const qint64 before = StoredAbsences(m_server).lastRow();
        m_server.stop();

        QStringList expected;
        QSignalSpy queued(absences, &AbsencesModel::queued);
        for (int i = 0; i < 5; ++i) {
            const QDate day = QDate::currentDate().addDays(60 + i);
            expected.append(day.toString(Qt::ISODate));
            absences->submit(QStringLiteral("vakantie"), day, day, true, {}, {});
            QTRY_COMPARE_WITH_TIMEOUT(queued.count(), i + 1, timeoutMs);
        }
        QCOMPARE(m_app->outbox()->waitingCount(), 5);
        QVERIFY(absences->rowCount() >= 5);
        QVERIFY(absences->data(absences->index(0), AbsencesModel::PendingRole).toBool());
        QCOMPARE(absences->data(absences->index(0), AbsencesModel::StatusTextRole).toString(),
                 QStringLiteral("Wacht op verzending"));

        // The app is closed and started again, still offline: the writes are still there.
        restartApp(Session::State::LoggedIn);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->waitingCount(), 5, timeoutMs);

        // The network is back: all five arrive, once, in the order they were made.
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_app->outbox()->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->waitingCount(), 0, timeoutMs);
        QCOMPARE(m_app->outbox()->refusedCount(), 0);
        QCOMPARE(
            StoredAbsences(m_server).startDatesSince(QStringLiteral("client-j-voorbeeld"), before),
            expected);
    }

    // The client's lists are kept too: offline they stay on screen, flagged; every kind of
    // write made meanwhile (new, changed, removed) shows at once and reaches the server
    // once when it is back.
    void everyKindOfWriteMadeOfflineArrivesOnce() {
        ContactDetailsModel *details = m_app->client()->contactDetails();
        ContactPersonsModel *persons = m_app->client()->contactPersons();
        ContactRequestsModel *requests = m_app->client()->contactRequests();
        const QList<ClientListModel *> lists{details, persons, requests};
        for (ClientListModel *list : lists) {
            list->reload();
            QTRY_VERIFY_WITH_TIMEOUT(list->status() == ClientListModel::Status::Ready &&
                                         !list->updatedText().isEmpty(),
                                     timeoutMs);
        }
        const int detailRows = details->rowCount();
        const int personRows = persons->rowCount();
        const int requestRows = requests->rowCount();
        QVERIFY(detailRows > 0 && personRows > 0);
        const QString existingDetail =
            details->data(details->index(0), ContactDetailsModel::IdRole).toString();
        const QString existingPerson =
            persons->data(persons->index(0), ContactPersonsModel::IdRole).toString();

        m_server.stop();
        for (ClientListModel *list : lists) {
            list->reload();
            QTRY_VERIFY_WITH_TIMEOUT(list->offline(), timeoutMs);
            QCOMPARE(list->status(), ClientListModel::Status::Ready);
        }
        QCOMPARE(details->rowCount(), detailRows);
        QCOMPARE(persons->rowCount(), personRows);
        QCOMPARE(requests->rowCount(), requestRows);

        QSignalSpy detailsQueued(details, &ClientListModel::queued);
        details->save({}, QStringLiteral("mobile-phone"), QStringLiteral("06-55512345"), {});
        QTRY_COMPARE_WITH_TIMEOUT(detailsQueued.count(), 1, timeoutMs);
        details->save(existingDetail, QStringLiteral("email"), QStringLiteral("nieuw@example.nl"),
                      QStringLiteral("offline gewijzigd"));
        QTRY_COMPARE_WITH_TIMEOUT(detailsQueued.count(), 2, timeoutMs);
        QSignalSpy personsQueued(persons, &ClientListModel::queued);
        persons->save({{QStringLiteral("name"), QStringLiteral("K. Offline")},
                       {QStringLiteral("phone1"), QStringLiteral("06-11223344")},
                       {QStringLiteral("type"), QStringLiteral("kennis")}});
        QTRY_COMPARE_WITH_TIMEOUT(personsQueued.count(), 1, timeoutMs);
        persons->remove(existingPerson);
        QTRY_COMPARE_WITH_TIMEOUT(personsQueued.count(), 2, timeoutMs);
        QSignalSpy requestsQueued(requests, &ClientListModel::queued);
        requests->save({}, QStringLiteral("planning"), QStringLiteral("Gesteld zonder internet."));
        QTRY_COMPARE_WITH_TIMEOUT(requestsQueued.count(), 1, timeoutMs);

        QCOMPARE(m_app->outbox()->waitingCount(), 5);
        QCOMPARE(details->rowCount(), detailRows + 1);
        QCOMPARE(persons->rowCount(), personRows + 1); // the removed one stays, marked
        QCOMPARE(requests->rowCount(), requestRows + 1);
        QCOMPARE(requests->data(requests->index(0), ClientListModel::PendingTextRole).toString(),
                 QStringLiteral("Wacht op verzending"));
        QVERIFY(persons->person(existingPerson).value(QStringLiteral("pendingDelete")).toBool());

        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        m_app->outbox()->sendNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->outbox()->waitingCount(), 0, timeoutMs);
        QCOMPARE(m_app->outbox()->refusedCount(), 0);

        HttpsJsonClient client(m_server);
        const QString token = client.login(kUser, QStringLiteral("Welkom!2026"));
        const auto items = [&](const char *collection) {
            return client
                .get(
                    QStringLiteral("/clients/client-j-voorbeeld/%1").arg(QLatin1String(collection)),
                    token)
                .json.value(QLatin1String("items"))
                .toArray();
        };
        const auto count = [](const QJsonArray &array, const char *key, const QString &value) {
            return std::count_if(array.begin(), array.end(), [&](const QJsonValue &item) {
                return item.toObject().value(QLatin1String(key)).toString() == value;
            });
        };
        const QJsonArray storedDetails = items("contact-details");
        QCOMPARE(storedDetails.size(), detailRows + 1);
        QCOMPARE(count(storedDetails, "value", QStringLiteral("06-55512345")), 1);
        QCOMPARE(count(storedDetails, "value", QStringLiteral("nieuw@example.nl")), 1);
        const QJsonArray storedPersons = items("contact-persons");
        QCOMPARE(storedPersons.size(), personRows);
        QCOMPARE(count(storedPersons, "name", QStringLiteral("K. Offline")), 1);
        QCOMPARE(count(storedPersons, "id", existingPerson), 0);
        QCOMPARE(
            count(items("contact-requests"), "message", QStringLiteral("Gesteld zonder internet.")),
            1);
        // And the lists show what the server has, no longer marked.
        QTRY_COMPARE_WITH_TIMEOUT(persons->rowCount(), personRows, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!details->offline(), timeoutMs);
    }

    void aCorruptedCacheIsRebuiltAndTheDataComesBack() {
        m_app.reset();
        const QString path = m_dataDir.filePath(QStringLiteral("cache.sqlite"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(QByteArray(8192, '\x5A')); // whatever was there is gone
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (keychainExpected()) {
            // The session is in the keychain, the cache is new: the app asks the server again.
            restartApp(Session::State::LoggedIn);
            QVERIFY(!m_app->services()->cacheNotice().isEmpty());
            PlanningModel *planning = m_app->client()->planning();
            QTRY_VERIFY_WITH_TIMEOUT(planning->hasData() && !planning->loading(), timeoutMs);
            QVERIFY(planning->rowCount() > 0);
        } else {
            restartApp(Session::State::LoggedOut);
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(!m_app->cache()->damagedCopyPath().isEmpty());
    }

    void startedWithoutTheServerTheOrganisationComesWithTheLogin() {
        // Last: the other tests' session is logged out, so no session comes back from the
        // keychain for this server.
        m_app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->state(), Session::State::LoggedOut, timeoutMs);
        m_app.reset();
        // The first start on this PC, before its network is up: no organisation yet, so no
        // features and a menu without the planning.
        m_server.stop();
        QTemporaryDir freshData;
        auto app = careportal::test::restartApp(m_server, freshData);
        QVERIFY(app);
        QCOMPARE(app->session()->state(), Session::State::LoggedOut);
        QVERIFY(app->organisation()->features().isEmpty());
        QVERIFY(!app->organisation()->hasPlanning());
        // The network comes; the user logs in without restarting the app.
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        app->session()->login(kUser, QStringLiteral("Welkom!2026"));
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->state(), Session::State::LoggedIn, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(app->organisation()->hasPlanning(), timeoutMs);
        app->session()->logout();
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->state(), Session::State::LoggedOut, timeoutMs);
    }

    void cleanupTestCase() {
        m_app.reset();
        m_server.stop();
    }
};

QTEST_MAIN(OfflineFlowTest)
#include "tst_offlineflow.moc"
