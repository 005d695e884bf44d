// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Sessions end to end: the client core against the real careportal-server with 2-second
// access tokens. An expired access token is renewed once with the refresh token, for any
// number of calls that meet the 401 together (a second refresh with the same token would
// count as reuse and end the session); an ended session brings the app back to login with
// a clear message; "Overal uitloggen" ends the sessions of every device.
#include "auth/session.h"
#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "httpsjsonclient.h"
#include "loggedinapp.h"
#include "requests/contactrequestsmodel.h"
#include "serverprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careportal;
using careportal::test::HttpsJsonClient;
using careportal::test::kFlowTimeoutMs;
using careportal::test::ServerProcess;
using Status = ClientListModel::Status;

namespace {
const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
constexpr int kAccessLifetimeMs = 2000;
} // namespace

class SessionFlowTest : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server{
        {true,
         {QStringLiteral("--token-lifetime-seconds"), QString::number(kAccessLifetimeMs / 1000)}}};

    /// Reloads three models at once and waits until each has an answer.
    static bool reloadTogether(AppComposition *app) {
        app->client()->contactDetails()->reload();
        app->client()->contactPersons()->reload();
        app->client()->contactRequests()->reload();
        return QTest::qWaitFor(
            [&] {
                return app->client()->contactDetails()->status() == Status::Ready &&
                       app->client()->contactPersons()->status() == Status::Ready &&
                       app->client()->contactRequests()->status() == Status::Ready;
            },
            kFlowTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.standardError())); }

    void expiredAccessTokensAreRenewedOnceForAllCalls() {
        QTemporaryDir dir;
        auto app = test::startLoggedIn(m_server, dir, kUser);
        QVERIFY(app);
        // Twice past the access token's life: the second time only works if the app kept
        // the rotated refresh token, not the spent one.
        for (int round = 1; round <= 2; ++round) {
            QTest::qWait(kAccessLifetimeMs + 1000);
            QVERIFY2(reloadTogether(app.get()), qPrintable(QString::number(round)));
            QCOMPARE(app->session()->state(), Session::State::LoggedIn);
            QVERIFY(app->client()->contactPersons()->rowCount() > 0);
        }
    }

    void logoutEverywhereEndsTheOtherDeviceToo() {
        QTemporaryDir dir;
        auto app = test::startLoggedIn(m_server, dir, kUser);
        QVERIFY(app);
        // The other device: a session of the same account straight over the API.
        HttpsJsonClient tablet(m_server);
        const QString tabletToken = tablet.login(kUser, QStringLiteral("Welkom!2026"));
        QVERIFY(!tabletToken.isEmpty());

        app->session()->logoutEverywhere();
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->state(), Session::State::LoggedOut,
                                  kFlowTimeoutMs);
        QVERIFY2(app->session()->notice().contains(QStringLiteral("al uw apparaten")),
                 qPrintable(app->session()->notice()));
        QCOMPARE(tablet.get(QStringLiteral("/me"), tabletToken).status, 401);
    }

    void anotherDeviceLoggingOutEverywhereSendsThisOneToLogin() {
        QTemporaryDir dir;
        auto app = test::startLoggedIn(m_server, dir, kUser);
        QVERIFY(app);
        HttpsJsonClient tablet(m_server);
        const QString tabletToken = tablet.login(kUser, QStringLiteral("Welkom!2026"));
        QCOMPARE(tablet.post(QStringLiteral("/auth/logout-everywhere"), {}, tabletToken).status,
                 204);

        // The app's next call gets 401, its refresh 401 too: back to login, with a reason.
        app->client()->contactPersons()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->state(), Session::State::LoggedOut,
                                  kFlowTimeoutMs);
        QVERIFY2(app->session()->errorMessage().contains(QStringLiteral("sessie")),
                 qPrintable(app->session()->errorMessage()));
        QCOMPARE(app->client()->contactPersons()->rowCount(), 0);
    }

    void aDisabledAccountIsSentBackToLogin() {
        QTemporaryDir dir;
        auto app = test::startLoggedIn(m_server, dir, kUser);
        QVERIFY(app);
        QCOMPARE(m_server.admin(
                     {QStringLiteral("disable-account"), QStringLiteral("--username"), kUser}),
                 0);
        app->client()->contactDetails()->reload();
        QTRY_COMPARE_WITH_TIMEOUT(app->session()->state(), Session::State::LoggedOut,
                                  kFlowTimeoutMs);
        app->session()->login(kUser, QStringLiteral("Welkom!2026"));
        QTRY_VERIFY_WITH_TIMEOUT(
            app->session()->errorMessage().contains(QStringLiteral("uitgeschakeld")),
            kFlowTimeoutMs);
        QCOMPARE(app->session()->state(), Session::State::LoggedOut);
        QCOMPARE(
            m_server.admin({QStringLiteral("enable-account"), QStringLiteral("--username"), kUser}),
            0);
    }
};

QTEST_MAIN(SessionFlowTest)
#include "tst_sessionflow.moc"
