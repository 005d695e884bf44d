// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordhasher.h"
#include "auth/tokenservice.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/sessionstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careportal::server;

namespace {

const QString kAccount = QStringLiteral("acc-s");
constexpr qint64 kAccessSeconds = 900;

} // namespace

/// Sessions on a fake clock: short access tokens, rotating refresh tokens, a reused refresh
/// token ending its whole session, the idle and absolute limits, and every way an account's
/// sessions end at once (reset/"Overal uitloggen", password change, disabling).
class TestTokenService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionStore> m_sessions;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    std::unique_ptr<TokenService> m_tokens;

    TokenService::Issued start() {
        const auto issued = m_tokens->startSession(kAccount);
        if (!issued)
            qFatal("no session started");
        return *issued;
    }
    void advanceMinutes(int minutes) { m_now = m_now.addSecs(qint64(minutes) * 60); }
    TokenService::Issued refreshed(const QString &refreshToken) {
        const auto result = m_tokens->refresh(refreshToken);
        if (!std::holds_alternative<TokenService::Issued>(result))
            qFatal("refresh refused");
        return std::get<TokenService::Issued>(result);
    }
    std::optional<TokenService::RefreshFailure> refusal(const QString &refreshToken) {
        const auto result = m_tokens->refresh(refreshToken);
        if (const auto *failure = std::get_if<TokenService::RefreshFailure>(&result))
            return *failure;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("sessions.sqlite")));
        QString error;
        QVERIFY2(m_db->initialise(&error), qPrintable(error));
        m_organisation = std::make_unique<OrganisationStore>(*m_db);
        m_accounts = std::make_unique<AccountStore>(*m_db);
        m_sessions = std::make_unique<SessionStore>(*m_db);
        OrganisationRecord organisation;
        organisation.id = QStringLiteral("org");
        organisation.name = QStringLiteral("Zorg Test");
        organisation.phone = QStringLiteral("010-0000000");
        organisation.primaryColor = QStringLiteral("#000000");
        organisation.accentColor = QStringLiteral("#000000");
        organisation.logoMediaType = QStringLiteral("image/svg+xml");
        organisation.logoData = QByteArrayLiteral("<svg/>");
        QVERIFY(m_organisation->insertOrganisation(organisation));
        QVERIFY(m_organisation->setSessionLimits({30, 120}));
        QVERIFY(m_accounts->insertAccount({kAccount, QStringLiteral("s.voorbeeld@example.nl"),
                                           PasswordHasher::hash(QStringLiteral("Oud#Wachtwoord1")),
                                           QStringLiteral("mevrouw"), QStringLiteral("S."),
                                           QStringLiteral("Voorbeeld"),
                                           QStringLiteral("mevrouw S. Voorbeeld"), false}));
        m_tokens = std::make_unique<TokenService>(*m_organisation, *m_sessions, kAccessSeconds,
                                                  [this] { return m_now; });
    }

    void accessTokensAreShortRefreshTokensRotate() {
        const auto first = start();
        QCOMPARE(first.expiresAt, m_now.addSecs(kAccessSeconds));
        QCOMPARE(first.sessionExpiresAt, m_now.addSecs(120 * 60));
        QVERIFY(m_tokens->resolve(first.token));
        advanceMinutes(15);
        QVERIFY(!m_tokens->resolve(first.token)); // expired
        const auto second = refreshed(first.refreshToken);
        QVERIFY(second.token != first.token);
        QVERIFY(second.refreshToken != first.refreshToken);
        QVERIFY(m_tokens->resolve(second.token));
        QCOMPARE(m_tokens->resolve(second.token)->accountId, kAccount);
    }

    void aReusedRefreshTokenEndsTheWholeSession() {
        const auto first = start();
        const auto second = refreshed(first.refreshToken);
        // A copy of the first refresh token comes back: someone else holds it.
        QCOMPARE(refusal(first.refreshToken), TokenService::RefreshFailure::Reused);
        QVERIFY(!m_tokens->resolve(second.token));
        QCOMPARE(refusal(second.refreshToken), TokenService::RefreshFailure::Ended);
        // Another session of the same account is not touched.
        const auto other = start();
        QVERIFY(m_tokens->resolve(other.token));
    }

    void anUnknownRefreshTokenIsRefused() {
        QCOMPARE(refusal(QStringLiteral("not-a-token")), TokenService::RefreshFailure::Unknown);
        QCOMPARE(refusal(QString()), TokenService::RefreshFailure::Unknown);
    }

    void theIdleLimitEndsAQuietSession() {
        const auto first = start();
        advanceMinutes(31);
        QVERIFY(!m_tokens->resolve(first.token));
        QCOMPARE(refusal(first.refreshToken), TokenService::RefreshFailure::Ended);
    }

    void activityKeepsTheSessionUntilTheAbsoluteLimit() {
        auto current = start();
        const QDateTime loggedIn = m_now;
        // Active every 10 minutes: the idle limit never strikes, the absolute one does.
        for (int minute = 10; minute < 120; minute += 10) {
            advanceMinutes(10);
            QVERIFY(m_tokens->resolve(current.token));
            current = refreshed(current.refreshToken);
            QVERIFY(current.expiresAt <= loggedIn.addSecs(120 * 60));
        }
        // 110 minutes in: the access token ends with the session, not 15 minutes later.
        QCOMPARE(current.expiresAt, loggedIn.addSecs(120 * 60));
        advanceMinutes(10);
        QVERIFY(!m_tokens->resolve(current.token));
        QCOMPARE(refusal(current.refreshToken), TokenService::RefreshFailure::Ended);
    }

    void endingEverySessionReachesRefreshTokens() {
        const auto one = start();
        const auto two = start();
        QVERIFY(m_sessions->revokeAllTokens(kAccount));
        QVERIFY(!m_tokens->resolve(one.token));
        QVERIFY(!m_tokens->resolve(two.token));
        QCOMPARE(refusal(one.refreshToken), TokenService::RefreshFailure::Ended);
        QCOMPARE(refusal(two.refreshToken), TokenService::RefreshFailure::Ended);
    }

    void aPasswordChangeKeepsOnlyTheCurrentSession() {
        const auto current = start();
        const auto other = start();
        QVERIFY(m_sessions->revokeOtherTokens(kAccount, TokenService::hashOf(current.token)));
        QVERIFY(m_tokens->resolve(current.token));
        QVERIFY(!m_tokens->resolve(other.token));
        QCOMPARE(refusal(other.refreshToken), TokenService::RefreshFailure::Ended);
        QVERIFY(
            std::holds_alternative<TokenService::Issued>(m_tokens->refresh(current.refreshToken)));
    }

    void disablingAnAccountEndsItsSessions() {
        const auto session = start();
        QVERIFY(m_accounts->setAccountDisabled(kAccount, true));
        QVERIFY(m_accounts->accountById(kAccount)->disabled);
        QVERIFY(!m_tokens->resolve(session.token));
        QCOMPARE(refusal(session.refreshToken), TokenService::RefreshFailure::Ended);
        QVERIFY(m_accounts->setAccountDisabled(kAccount, false));
        QVERIFY(!m_accounts->accountById(kAccount)->disabled);
        QVERIFY(!m_accounts->setAccountDisabled(QStringLiteral("nobody"), true));
    }

    void logoutEndsTheSessionNotOthers() {
        const auto mine = start();
        const auto other = start();
        const auto resolved = m_tokens->resolve(mine.token);
        QVERIFY(resolved);
        QVERIFY(m_tokens->endSession(*resolved, QStringLiteral("logout")));
        QVERIFY(!m_tokens->resolve(mine.token));
        QCOMPARE(refusal(mine.refreshToken), TokenService::RefreshFailure::Ended);
        QVERIFY(m_tokens->resolve(other.token));
    }
};

QTEST_GUILESS_MAIN(TestTokenService)
#include "tst_tokenservice.moc"
