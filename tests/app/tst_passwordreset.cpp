// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordreset.h"
#include "sessionharness.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Step = PasswordReset::Step;

/// "Wachtwoord vergeten?" in the app: the two steps, the server's refusal shown in the
/// user's language, and a restart that drops an answer still on its way.
class TestPasswordReset : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_reset = std::make_unique<PasswordReset>(&m_h->backend, &m_h->language);
    }

    void cleanup() {
        m_reset.reset();
        m_h.reset();
    }

    void twoStepsToANewPassword() {
        QCOMPARE(m_reset->step(), Step::Request);
        m_reset->requestCode(QStringLiteral(" j.voorbeeld@example.nl "),
                             QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(m_reset->busy());
        QCOMPARE(m_h->backend.requestResetCall.last().first,
                 QStringLiteral("j.voorbeeld@example.nl"));
        QVERIFY(m_h->backend.requestResetCall.answer(Done{}));
        QTRY_COMPARE(m_reset->step(), Step::Confirm);
        QVERIFY(!m_reset->busy());

        m_reset->confirm(QStringLiteral(" 12345678 "), QStringLiteral("Nieuw#Wachtwoord26"));
        const auto sent = m_h->backend.confirmResetCall.last();
        QCOMPARE(sent.username, QStringLiteral("j.voorbeeld@example.nl"));
        QCOMPARE(sent.code, QStringLiteral("12345678"));
        ApiError invalid =
            FakeBackend::error(ApiError::Kind::Validation, QStringLiteral("Deze code is onjuist."));
        QVERIFY(m_h->backend.confirmResetCall.answer(invalid));
        QTRY_VERIFY(!m_reset->busy());
        QCOMPARE(m_reset->step(), Step::Confirm); // try again with the right code
        QCOMPARE(m_reset->errorMessage(), QStringLiteral("Deze code is onjuist."));

        m_reset->confirm(QStringLiteral("87654321"), QStringLiteral("Nieuw#Wachtwoord26"));
        QVERIFY(m_h->backend.confirmResetCall.answer(Done{}));
        QTRY_COMPARE(m_reset->step(), Step::Done);
        QVERIFY(m_reset->errorMessage().isEmpty());
    }

    void emptyFieldsAskNothing() {
        m_reset->requestCode(QStringLiteral("  "), QStringLiteral("a@example.nl"));
        m_reset->confirm(QStringLiteral("12345678"), QStringLiteral("x")); // not in step 2
        QCOMPARE(m_h->backend.requestResetCall.count(), 0);
        QCOMPARE(m_h->backend.confirmResetCall.count(), 0);
    }

    void restartDropsALateAnswer() {
        m_reset->requestCode(QStringLiteral("a"), QStringLiteral("a@example.nl"));
        m_reset->restart();
        QVERIFY(m_h->backend.requestResetCall.answer(Done{}));
        QTest::qWait(50);
        QCOMPARE(m_reset->step(), Step::Request);
        QVERIFY(m_reset->username().isEmpty());
    }

    void resetLinkFillsInTheSecondStep() {
        QSignalSpy opened(m_reset.get(), &PasswordReset::linkOpened);
        QVERIFY(m_reset->openLink(QUrl(QStringLiteral(
            "careportal://reset-password?user=j.voorbeeld%40example.nl&code=01234567"))));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_reset->step(), Step::Confirm);
        QCOMPARE(m_reset->username(), QStringLiteral("j.voorbeeld@example.nl"));
        QCOMPARE(m_reset->linkCode(), QStringLiteral("01234567"));
        m_h->backend.confirmResetCall.script(Done{});
        m_reset->confirm(m_reset->linkCode(), QStringLiteral("Nieuw#Wachtwoord26"));
        QTRY_COMPARE(m_reset->step(), Step::Done);
        QCOMPARE(m_h->backend.confirmResetCall.last().username,
                 QStringLiteral("j.voorbeeld@example.nl"));
        QCOMPARE(m_h->backend.confirmResetCall.last().code, QStringLiteral("01234567"));
        m_reset->restart();
        QVERIFY(m_reset->linkCode().isEmpty());
    }

    void otherLinksChangeNothing_data() {
        QTest::addColumn<QString>("link");
        QTest::newRow("other scheme")
            << QStringLiteral("https://reset-password?user=a%40example.nl&code=01234567");
        QTest::newRow("other action")
            << QStringLiteral("careportal://delete-account?user=a%40example.nl&code=01234567");
        QTest::newRow("no user") << QStringLiteral("careportal://reset-password?code=01234567");
        QTest::newRow("short code")
            << QStringLiteral("careportal://reset-password?user=a%40example.nl&code=1234567");
        QTest::newRow("letters") << QStringLiteral(
            "careportal://reset-password?user=a%40example.nl&code=1234567a");
        QTest::newRow("empty") << QString();
    }
    void otherLinksChangeNothing() {
        QFETCH(QString, link);
        QSignalSpy opened(m_reset.get(), &PasswordReset::linkOpened);
        QVERIFY(!m_reset->openLink(QUrl(link)));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(m_reset->step(), Step::Request);
        QVERIFY(m_reset->username().isEmpty());
    }

private:
    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<PasswordReset> m_reset;
};

QTEST_MAIN(TestPasswordReset)
#include "tst_passwordreset.moc"
