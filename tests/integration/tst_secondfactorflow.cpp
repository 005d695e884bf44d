// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The second factor end to end: the client core against the real careportal-server with
// the organisation requiring it. The code comes from the server's outbox (the reference
// SMS sender); "remember this device" makes the next login skip it; the authenticator app
// is linked from Accountbeveiliging with password + SMS code, its QR link carries the
// secret, and from then on the app's code logs in; forgetting this device ends its session.
#include "auth/session.h"
#include "auth/totp.h"
#include "loggedinapp.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "serverprocess.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace careportal;
using careportal::server::Totp;
using careportal::test::kFlowTimeoutMs;
using careportal::test::ServerProcess;
using State = Session::State;

namespace {
const QString kUser = QStringLiteral("j.voorbeeld@example.nl");
const QString kPassword = QStringLiteral("Welkom!2026");
const QString kPhone = QStringLiteral("06-12345678");
} // namespace

class SecondFactorFlowTest : public QObject {
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir; // one device: its keychain entries outlive one AppComposition

    /// The code of the newest text message in the server's outbox.
    [[nodiscard]] QString newestSmsCode() const { return m_server.newestSmsCode(kPhone); }

    static bool waitForState(AppComposition *app, State state) {
        return QTest::qWaitFor([&] { return app->session()->state() == state; }, kFlowTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_server.start(), qPrintable(m_server.standardError()));
        QCOMPARE(m_server.admin({QStringLiteral("set-second-factor"), QStringLiteral("--required"),
                                 QStringLiteral("yes")}),
                 0);
        QCOMPARE(m_server.admin({QStringLiteral("set-phone"), QStringLiteral("--username"), kUser,
                                 QStringLiteral("--phone"), kPhone}),
                 0);
    }

    void smsCodeThenARememberedDevice() {
        auto app = test::startAtLogin(m_server, m_dir);
        QVERIFY(app);
        Session *session = app->session();
        session->login(kUser, kPassword);
        QVERIFY(waitForState(app.get(), State::SecondFactorRequired));
        QCOMPARE(session->factorMethod(), QStringLiteral("sms"));
        QCOMPARE(session->factorDestination(), QStringLiteral("06-•••••678"));

        session->completeSecondFactor(QStringLiteral("000000") == newestSmsCode()
                                          ? QStringLiteral("000001")
                                          : QStringLiteral("000000"),
                                      true);
        QTRY_VERIFY_WITH_TIMEOUT(session->errorMessage().contains(QStringLiteral("niet juist")),
                                 kFlowTimeoutMs);
        QCOMPARE(session->state(), State::SecondFactorRequired);
        session->completeSecondFactor(newestSmsCode(), true);
        QVERIFY(waitForState(app.get(), State::LoggedIn));

        // Remembered: the next login of this user on this device asks no code.
        session->logout();
        QVERIFY(waitForState(app.get(), State::LoggedOut));
        session->login(kUser, kPassword);
        QVERIFY(waitForState(app.get(), State::LoggedIn));

        RememberedDevicesModel *devices = app->services()->devices();
        devices->reload();
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), 1, kFlowTimeoutMs);
        const QModelIndex row = devices->index(0);
        QCOMPARE(row.data(RememberedDevicesModel::CurrentRole).toBool(), true);
        QVERIFY(row.data(RememberedDevicesModel::NameRole)
                    .toString()
                    .startsWith(QStringLiteral("CarePortal op ")));
        QVERIFY(!row.data(RememberedDevicesModel::LastUsedTextRole).toString().isEmpty());
    }

    void linkTheAuthenticatorApp() {
        auto app = test::startAtLogin(m_server, m_dir);
        QVERIFY(app);
        // Remembered by the keychain from the flow before; without a keychain the device
        // token lived only in that run's memory, and the code is asked again.
        app->session()->login(kUser, kPassword);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return app->session()->state() == State::LoggedIn ||
                       app->session()->state() == State::SecondFactorRequired;
            },
            kFlowTimeoutMs));
        if (app->session()->state() == State::SecondFactorRequired)
            app->session()->completeSecondFactor(newestSmsCode(), true);
        QVERIFY(waitForState(app.get(), State::LoggedIn));

        SecondFactorSetup *setup = app->services()->secondFactor();
        setup->reload();
        QTRY_VERIFY_WITH_TIMEOUT(setup->loaded(), kFlowTimeoutMs);
        QCOMPARE(setup->method(), QStringLiteral("sms"));
        QVERIFY(setup->changeNeedsCode());
        setup->sendCode();
        QTRY_VERIFY_WITH_TIMEOUT(setup->notice().contains(QStringLiteral("06\u2011•••••678")),
                                 kFlowTimeoutMs);
        setup->begin(QStringLiteral("Fout!2026"), newestSmsCode());
        QTRY_VERIFY_WITH_TIMEOUT(setup->errorMessage().contains(QStringLiteral("wachtwoord")),
                                 kFlowTimeoutMs);
        setup->begin(kPassword, newestSmsCode());
        QTRY_COMPARE_WITH_TIMEOUT(setup->step(), QStringLiteral("scan"), kFlowTimeoutMs);
        const QUrl uri(setup->uri());
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        const QByteArray secret =
            Totp::fromBase32(QUrlQuery(uri).queryItemValue(QStringLiteral("secret")));
        QCOMPARE(secret, Totp::fromBase32(setup->groupedSecret()));
        const qint64 step = QDateTime::currentSecsSinceEpoch() / Totp::kStepSeconds;
        setup->confirm(Totp::codeAt(secret, step));
        QTRY_COMPARE_WITH_TIMEOUT(setup->method(), QStringLiteral("totp"), kFlowTimeoutMs);
        QCOMPARE(setup->step(), QStringLiteral("idle"));

        // Forgetting this device ends its session; the next login asks the app's code.
        RememberedDevicesModel *devices = app->services()->devices();
        devices->reload();
        QTRY_VERIFY_WITH_TIMEOUT(devices->rowCount() >= 1 && !devices->loading(), kFlowTimeoutMs);
        QString current;
        for (int row = 0; row < devices->rowCount(); ++row)
            if (devices->index(row).data(RememberedDevicesModel::CurrentRole).toBool())
                current = devices->index(row).data(RememberedDevicesModel::IdRole).toString();
        QVERIFY(!current.isEmpty());
        devices->revoke(current);
        QVERIFY(waitForState(app.get(), State::LoggedOut));
        app->session()->login(kUser, kPassword);
        QVERIFY(waitForState(app.get(), State::SecondFactorRequired));
        QCOMPARE(app->session()->factorMethod(), QStringLiteral("totp"));
        app->session()->completeSecondFactor(Totp::codeAt(secret, step + 1), false);
        QVERIFY(waitForState(app.get(), State::LoggedIn));
        QCOMPARE(m_server.admin(
                     {QStringLiteral("reset-second-factor"), QStringLiteral("--username"), kUser}),
                 0);
        app->session()->logout();
    }
};

QTEST_MAIN(SecondFactorFlowTest)
#include "tst_secondfactorflow.moc"
