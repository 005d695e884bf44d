// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/privacystatementloader.h"
#include "sessionharness.h"

#include <QStandardPaths>
#include <QTest>
#include <memory>

using namespace careportal;
using careportal::test::FakeBackend;
using careportal::test::SessionHarness;
using Status = PrivacyStatementLoader::Status;

namespace {

PrivacyStatement statement() {
    return {QDate(2026, 11, 25), QStringLiteral("Privacyverklaring\n\nWie zijn wij\nWij."),
            QStringLiteral("Privacy statement\n\nWho we are\nUs.")};
}

} // namespace

/// The privacy statement on the login screen: loading, the language switch, a clear
/// message when it cannot be fetched, and the text kept when a reload fails.
class TestPrivacyStatementLoader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_h = std::make_unique<SessionHarness>();
        QVERIFY(m_h->open());
        m_loader = std::make_unique<PrivacyStatementLoader>(&m_h->backend, &m_h->language);
    }

    void cleanup() {
        m_loader.reset();
        m_h.reset();
    }

    void loadsAndFollowsTheLanguage() {
        QCOMPARE(m_loader->status(), Status::Idle);
        m_loader->load();
        m_loader->load(); // not doubled while one is on its way
        QCOMPARE(m_loader->status(), Status::Loading);
        QCOMPARE(m_h->backend.privacyStatementCall.count(), 1);
        QVERIFY(m_h->backend.privacyStatementCall.answer(statement()));
        QTRY_COMPARE(m_loader->status(), Status::Ready);
        QVERIFY(m_loader->text().startsWith(QStringLiteral("Privacyverklaring")));
        QCOMPARE(m_loader->updatedOnText(), QStringLiteral("25 nov 2026"));
        m_h->language.setCode(QStringLiteral("en"));
        QVERIFY(m_loader->text().startsWith(QStringLiteral("Privacy statement")));
        QCOMPARE(m_loader->updatedOnText(), QStringLiteral("25 Nov 2026"));
        m_h->language.setCode(QStringLiteral("nl"));
    }

    void offlineSaysSoAndCanRetry() {
        m_loader->load();
        QVERIFY(
            m_h->backend.privacyStatementCall.answer(FakeBackend::error(ApiError::Kind::Offline)));
        QTRY_COMPARE(m_loader->status(), Status::Failed);
        QVERIFY(!m_loader->errorMessage().isEmpty());
        QVERIFY(m_loader->text().isEmpty());
        m_loader->load();
        QVERIFY(m_h->backend.privacyStatementCall.answer(statement()));
        QTRY_COMPARE(m_loader->status(), Status::Ready);
        QCOMPARE(m_loader->errorMessage(), QString());
    }

    void aFailedReloadKeepsTheText() {
        m_loader->load();
        QVERIFY(m_h->backend.privacyStatementCall.answer(statement()));
        QTRY_COMPARE(m_loader->status(), Status::Ready);
        m_loader->load();
        QVERIFY(
            m_h->backend.privacyStatementCall.answer(FakeBackend::error(ApiError::Kind::Offline)));
        QTRY_VERIFY(!m_loader->errorMessage().isEmpty());
        QCOMPARE(m_loader->status(), Status::Ready);
        QVERIFY(m_loader->text().startsWith(QStringLiteral("Privacyverklaring")));
    }

private:
    std::unique_ptr<SessionHarness> m_h;
    std::unique_ptr<PrivacyStatementLoader> m_loader;
};

QTEST_GUILESS_MAIN(TestPrivacyStatementLoader)
#include "tst_privacystatementloader.moc"
