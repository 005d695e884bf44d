// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/selftest.h"
#include "planning/planningcache.h"
#include "planning/planningmodel.h"
#include "sessionharness.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace careportal;
using namespace std::chrono_literals;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Kind = ApiError::Kind;

namespace {

QDate thisMonth() {
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1);
}

QList<Appointment> twoVisits() {
    const QDateTime first(thisMonth().addDays(2), QTime(9, 0), QTimeZone(3600));
    const QDateTime second(thisMonth().addDays(9), QTime(13, 30), QTimeZone(3600));
    return {{QStringLiteral("a-1"), first, first.addSecs(5400), QStringLiteral("HV 1"),
             QStringLiteral("Fatima")},
            {QStringLiteral("a-2"), second, second.addSecs(5400), QStringLiteral("HV 2"),
             QStringLiteral("Piet")}};
}

bool writeFile(const QString &path, const QByteArray &text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

/// `careportal --self-test`: what passes (the first frame without credentials; login,
/// this month's planning and the frame showing it with them) and that every failure says
/// why: a QML warning, a file that does not compile, a refused login, an account that
/// cannot log in unattended, a planning that did not load, a step that never ends.
class TestSelfTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_cache = std::make_unique<PlanningCache>(&m_h->cache);
        m_planning = std::make_unique<PlanningModel>(&m_h->session, &m_h->backend, m_cache.get(),
                                                     &m_h->language);
        m_window = std::make_unique<QQuickWindow>();
        m_window->resize(200, 200);
        m_window->show();
    }

    void cleanup() {
        m_passed.reset();
        m_failed.reset();
        m_test.reset();
        m_window.reset();
        m_planning.reset();
        m_cache.reset();
        m_h.reset();
    }

    void withoutCredentialsTheFirstFramePasses() {
        makeTest({});
        m_test->start(m_window.get());
        QTRY_COMPARE(m_passed->count(), 1);
        QVERIFY(m_passed->first().first().toString().startsWith(QStringLiteral("self-test: ok")));
        QVERIFY(m_passed->first().first().toString().contains(QStringLiteral("no login")));
        QCOMPARE(m_h->backend.loginCall.count(), 0);
        QCOMPARE(m_failed->count(), 0);
    }

    void logsInAndCountsThisMonthsVisits() {
        m_h->backend.loginCall.script(SessionHarness::loginResult());
        m_h->backend.meCall.script(SessionHarness::account());
        makeTest({QStringLiteral("ctest"), QStringLiteral("Welkom!2026")});
        m_test->start(m_window.get());
        m_h->session.restore(); // no session kept: the self-test logs in
        QTRY_COMPARE(m_h->backend.appointmentsCall.waiting(), 1);
        QCOMPARE(m_h->backend.loginCall.last().username, QStringLiteral("ctest"));
        QCOMPARE(m_h->backend.loginCall.last().password, QStringLiteral("Welkom!2026"));
        QCOMPARE(m_passed->count(), 0); // not before the planning is there
        QVERIFY(m_h->backend.answerAppointments(
            thisMonth(), FakeBackend::page(twoVisits(), QByteArrayLiteral("\"v1\""))));
        QTRY_COMPARE(m_passed->count(), 1);
        QVERIFY(m_passed->first().first().toString().startsWith(
            QStringLiteral("self-test: ok, 2 visits this month")));
        QCOMPARE(m_failed->count(), 0);
    }

    void anAccountForSeveralClientsTakesTheFirst() {
        Account account = SessionHarness::account();
        account.clients = {{QStringLiteral("c-7"), QStringLiteral("de heer A. Aap"),
                            QStringLiteral("representative"), ClientRef::allRights()},
                           {QStringLiteral("c-8"), QStringLiteral("mevrouw B. Bos"),
                            QStringLiteral("representative"), ClientRef::allRights()}};
        m_h->backend.loginCall.script(SessionHarness::loginResult());
        m_h->backend.meCall.script(account);
        makeTest({QStringLiteral("rep"), QStringLiteral("Welkom!2026")});
        m_test->start(m_window.get());
        m_h->session.restore();
        QTRY_COMPARE(m_h->backend.appointmentsCall.waiting(), 1);
        QCOMPARE(m_h->backend.appointmentsCall.last().clientId, QStringLiteral("c-7"));
        QVERIFY(m_h->backend.answerAppointments(
            thisMonth(), FakeBackend::page({}, QByteArrayLiteral("\"v0\""))));
        QTRY_COMPARE(m_passed->count(), 1);
        QVERIFY(m_passed->first().first().toString().startsWith(
            QStringLiteral("self-test: ok, 0 visits this month")));
    }

    void aRefusedLoginSaysWhy() {
        m_h->backend.loginCall.script(
            FakeBackend::error(Kind::Unauthorized, QStringLiteral("Onjuiste gegevens.")));
        makeTest({QStringLiteral("ctest"), QStringLiteral("wrong")});
        m_test->start(m_window.get());
        m_h->session.restore();
        QTRY_COMPARE(m_failed->count(), 1);
        QCOMPARE(m_failed->first().first().toString(),
                 QStringLiteral("self-test: failed: login failed: Onjuiste gegevens."));
        QCOMPARE(m_passed->count(), 0);
    }

    void anAccountThatMustChangeItsPasswordFails() {
        m_h->backend.loginCall.script(SessionHarness::loginResult(true));
        makeTest({QStringLiteral("ctest"), QStringLiteral("Welkom!2026")});
        m_test->start(m_window.get());
        m_h->session.restore();
        QTRY_COMPARE(m_failed->count(), 1);
        QVERIFY(m_failed->first().first().toString().contains(QStringLiteral("new password")));
    }

    void aPlanningThatDoesNotLoadFails() {
        m_h->backend.loginCall.script(SessionHarness::loginResult());
        m_h->backend.meCall.script(SessionHarness::account());
        makeTest({QStringLiteral("ctest"), QStringLiteral("Welkom!2026")});
        m_test->start(m_window.get());
        m_h->session.restore();
        QTRY_COMPARE(m_h->backend.appointmentsCall.waiting(), 1);
        QVERIFY(m_h->backend.answerAppointments(
            thisMonth(), FakeBackend::error(Kind::Server, QStringLiteral("Storing."))));
        QTRY_COMPARE(m_failed->count(), 1);
        QCOMPARE(m_failed->first().first().toString(),
                 QStringLiteral("self-test: failed: this month's planning did not load: Storing."));
    }

    void aStepThatNeverEndsTimesOutAndNamesIt() {
        makeTest({QStringLiteral("ctest"), QStringLiteral("Welkom!2026")});
        m_test->setTimeout(300ms);
        m_test->start(m_window.get());
        m_h->session.restore(); // the login is never answered
        QTRY_COMPARE(m_failed->count(), 1);
        const QString reason = m_failed->first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("timed out")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("the server's answer to the login")),
                 qPrintable(reason));
    }

    void aWindowThatDidNotLoadFails() {
        makeTest({});
        m_test->start(nullptr);
        QCOMPARE(m_failed->count(), 1);
        QVERIFY(m_failed->first().first().toString().contains(QStringLiteral("did not load")));
    }

    void aQmlWarningFails() {
        QQmlEngine engine;
        makeTest({});
        m_test->watch(&engine);
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nItem { width: noSuchThing }", QUrl());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("noSuchThing")));
        const std::unique_ptr<QObject> item(component.create());
        QVERIFY(item);
        QTRY_COMPARE(m_failed->count(), 1);
        const QString reason = m_failed->first().first().toString();
        QVERIFY2(reason.startsWith(QStringLiteral("self-test: failed: QML: ")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("noSuchThing")), qPrintable(reason));
        // Decided: the window's frame no longer passes it.
        m_test->start(m_window.get());
        QTest::qWait(100);
        QCOMPARE(m_passed->count(), 0);
    }

    void everyQmlFileMustCompile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("Pages")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("Good.qml")), "import QtQuick\nItem {}\n"));
        QQmlEngine engine;
        makeTest({});
        QVERIFY(m_test->compileAll(&engine, dir.path()));
        QCOMPARE(m_failed->count(), 0);

        // A screen that imports a module the system lacks, in a folder below: it fails,
        // though nothing creates it.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("Pages/Missing.qml")),
                          "import QtQuick\nimport NoSuchModule.Anywhere\nItem {}\n"));
        QVERIFY(!m_test->compileAll(&engine, dir.path()));
        QCOMPARE(m_failed->count(), 1);
        const QString reason = m_failed->first().first().toString();
        QVERIFY2(reason.contains(QStringLiteral("Pages/Missing.qml does not compile")),
                 qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("NoSuchModule.Anywhere")), qPrintable(reason));
    }

    void anEmptyModuleFails() {
        QTemporaryDir dir;
        QQmlEngine engine;
        makeTest({});
        QVERIFY(!m_test->compileAll(&engine, dir.path()));
        QVERIFY(m_failed->first().first().toString().contains(QStringLiteral("no QML files")));
    }

    void thePluginsQtLoadsByNameAreThere() {
        // scripts/install-deps.sh installs the SQLite driver, both speech engines and the
        // on-screen keyboard's input context plugin.
        makeTest({});
        QVERIFY(m_test->checkPlugins(QStringLiteral("qtvirtualkeyboard")));
        QCOMPARE(m_failed->count(), 0);
    }

    void aMissingInputContextPluginFails() {
        makeTest({});
        QVERIFY(!m_test->checkPlugins(QStringLiteral("nosuchinputmethod")));
        QCOMPARE(m_failed->count(), 1);
        QVERIFY(m_failed->first().first().toString().contains(
            QStringLiteral("QT_IM_MODULE=nosuchinputmethod")));
    }

    void credentialsComeFromTheEnvironment() {
        qputenv("CAREPORTAL_USER", "j.voorbeeld@example.nl");
        qputenv("CAREPORTAL_PASSWORD", "Welkom!2026");
        const auto credentials = SelfTest::Credentials::fromEnvironment();
        QCOMPARE(credentials.username, QStringLiteral("j.voorbeeld@example.nl"));
        QCOMPARE(credentials.password, QStringLiteral("Welkom!2026"));
        QVERIFY(credentials.given());
        qunsetenv("CAREPORTAL_USER");
        qunsetenv("CAREPORTAL_PASSWORD");
        QVERIFY(!SelfTest::Credentials::fromEnvironment().given());
    }

private:
    void makeTest(const SelfTest::Credentials &credentials) {
        m_test = std::make_unique<SelfTest>(&m_h->session, m_planning.get(), credentials);
        m_passed = std::make_unique<QSignalSpy>(m_test.get(), &SelfTest::passed);
        m_failed = std::make_unique<QSignalSpy>(m_test.get(), &SelfTest::failed);
    }

    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<PlanningCache> m_cache;
    std::unique_ptr<PlanningModel> m_planning;
    std::unique_ptr<QQuickWindow> m_window;
    std::unique_ptr<SelfTest> m_test;
    std::unique_ptr<QSignalSpy> m_passed;
    std::unique_ptr<QSignalSpy> m_failed;
};

QTEST_MAIN(TestSelfTest)
#include "tst_selftest.moc"
