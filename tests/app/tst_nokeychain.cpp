// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sessionharness.h"

#include <QStandardPaths>
#include <QtTest>

using namespace careportal;
using namespace careportal::test;
using State = Session::State;

/// A desktop without a Secret Service (ctest runs this one with no D-Bus session and no
/// X display): the session still works, kept in memory, and the user is told so — once.
class TestNoKeychain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginSaysTheSessionIsNotKept();
    void theRemoveWarningIsSaidOnce();
    void aNewLoginClearsWhatWasSaidAboutTheLastOne();
};

void TestNoKeychain::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "this test needs a machine without a Secret Service");
}

void TestNoKeychain::loginSaysTheSessionIsNotKept() {
    SessionHarness h;
    QVERIFY(h.open());
    QVERIFY(h.logIn());
    QTRY_VERIFY(h.session.notice().contains(QStringLiteral("geen beveiligde opslag")));
    QCOMPARE(h.backend.accessToken(), QByteArrayLiteral("token-1"));
}

void TestNoKeychain::theRemoveWarningIsSaidOnce() {
    SessionHarness h;
    QVERIFY(h.open());
    const QString warning = QStringLiteral("Uw sessie kon niet uit de sleutelbos worden "
                                           "verwijderd.");
    QVERIFY(h.logIn());
    h.session.logout();
    QTRY_VERIFY(h.session.notice().contains(warning));
    // "Andere gebruiker" on the login screen wipes again, and fails again in the same way.
    h.session.forgetUser();
    h.session.forgetUser();
    QVERIFY(h.settleKeychain());
    QCoreApplication::processEvents();
    QCOMPARE(h.session.notice().count(warning), 1);
}

void TestNoKeychain::aNewLoginClearsWhatWasSaidAboutTheLastOne() {
    SessionHarness h;
    QVERIFY(h.open());
    QVERIFY(h.logIn());
    h.session.logout();
    QTRY_VERIFY(h.session.notice().contains(QStringLiteral("kon niet uit de sleutelbos")));
    QVERIFY(h.logIn()); // waits for the token's save, too
    QCoreApplication::processEvents();
    // The warning about the memory-only session was given at the first login of this run.
    QCOMPARE(h.session.notice(), QString());
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
