// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordhasher.h"
#include "auth/secondfactorservice.h"
#include "auth/tokenservice.h"
#include "auth/totp.h"
#include "messaging/messagesender.h"
#include "parallelcalls.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/organisationstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal::server;
using careportal::test::ArrivalBarrier;
using careportal::test::inParallel;
using Verdict = SecondFactorService::Verdict;
using Resend = SecondFactorService::Resend;

namespace {

const QString kAccount = QStringLiteral("acc-f");

/// Keeps what would have gone out, so the test reads the codes.
class CapturingSender : public MessageSender {
public:
    bool send(const OutgoingMessage &message) override {
        sent.append(message);
        return true;
    }
    [[nodiscard]] QString lastCode() const {
        return sent.isEmpty() ? QString()
                              : QRegularExpression(QStringLiteral("\\b(\\d{6})\\b"))
                                    .match(sent.last().body)
                                    .captured(1);
    }
    QList<OutgoingMessage> sent;
};

QString otherCode(const QString &code) {
    return code == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
}

/// A code that none of the steps around `step` gives, so it is wrong whatever the window.
QString wrongTotpCode(const QByteArray &secret, qint64 step) {
    for (int candidate = 0;; ++candidate) {
        const QString code = QStringLiteral("%1").arg(candidate, 6, 10, QLatin1Char('0'));
        bool near = false;
        for (qint64 s = step - 2; s <= step + 2; ++s)
            near = near || Totp::codeAt(secret, s) == code;
        if (!near)
            return code;
    }
}

constexpr int kParallel = 8;

} // namespace

/// The second factor on a fake clock: SMS codes bound to their login attempt, expiring
/// after 15 minutes, five wrong tries, resend limits; authenticator codes accepted once.
class TestSecondFactorService : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SecondFactorStore> m_factorStore;
    std::unique_ptr<TokenService> m_tokens;
    CapturingSender m_sender;
    std::unique_ptr<SecondFactorService> m_service;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    ArrivalBarrier m_barrier;

    /// A login attempt waiting for `method`: its session id.
    QString attempt(const QString &method) {
        const auto issued = m_tokens->startSession(kAccount, method);
        const auto session = issued ? m_tokens->resolve(issued->token) : std::nullopt;
        if (!session || !m_service->beginLogin(kAccount, session->sessionId, method))
            qFatal("no login attempt");
        return session->sessionId;
    }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private Q_SLOTS:
    void initTestCase() {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("factor.sqlite")));
        QString error;
        QVERIFY2(m_db->initialise(&error), qPrintable(error));
        m_organisation = std::make_unique<OrganisationStore>(*m_db);
        m_sessions = std::make_unique<SessionStore>(*m_db);
        m_factorStore = std::make_unique<SecondFactorStore>(*m_db);
        OrganisationRecord organisation;
        organisation.id = QStringLiteral("org");
        organisation.name = QStringLiteral("Zorg Test");
        organisation.phone = QStringLiteral("010-0000000");
        organisation.primaryColor = QStringLiteral("#000000");
        organisation.accentColor = QStringLiteral("#000000");
        organisation.logoMediaType = QStringLiteral("image/svg+xml");
        organisation.logoData = QByteArrayLiteral("<svg/>");
        QVERIFY(m_organisation->insertOrganisation(organisation));
        QVERIFY(AccountStore(*m_db).insertAccount(
            {kAccount, QStringLiteral("f.voorbeeld@example.nl"),
             PasswordHasher::hash(QStringLiteral("Oud#Wachtwoord1")), QStringLiteral("mevrouw"),
             QStringLiteral("F."), QStringLiteral("Voorbeeld"),
             QStringLiteral("mevrouw F. Voorbeeld"), false}));
        QVERIFY(m_factorStore->setRequired(true));
        QVERIFY(m_factorStore->setPhone(kAccount, QStringLiteral("06-12345678")));
        const auto clock = [this] {
            m_barrier.arrive();
            return m_now;
        };
        m_tokens = std::make_unique<TokenService>(*m_organisation, *m_sessions, 900, clock);
        m_service = std::make_unique<SecondFactorService>(*m_factorStore, m_sender, clock);
    }

    void smsCodeGoesToThePhoneAndWorksOnce() {
        QCOMPARE(m_service->methodFor(kAccount), QStringLiteral("sms"));
        const QString session = attempt(QStringLiteral("sms"));
        QCOMPARE(m_sender.sent.last().channel, OutgoingMessage::Channel::Sms);
        QCOMPARE(m_sender.sent.last().to, QStringLiteral("06-12345678"));
        const QString code = m_sender.lastCode();
        QCOMPARE(code.size(), 6);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Accepted);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Ended);
    }

    void expiredSmsCodeIsRefused() {
        const QString session = attempt(QStringLiteral("sms"));
        const QString code = m_sender.lastCode();
        advanceSeconds(qint64{SecondFactorService::kSmsValidMinutes} * 60);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Ended);
    }

    void stillValidOneSecondBeforeItsEnd() {
        const QString session = attempt(QStringLiteral("sms"));
        const QString code = m_sender.lastCode();
        advanceSeconds(qint64{SecondFactorService::kSmsValidMinutes} * 60 - 1);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Accepted);
    }

    void codeOfAnotherLoginAttemptIsRefused() {
        const QString first = attempt(QStringLiteral("sms"));
        const QString firstCode = m_sender.lastCode();
        const QString second = attempt(QStringLiteral("sms"));
        const QString secondCode = m_sender.lastCode();
        // One in a million the two codes are the same digits; then there is nothing to refuse.
        if (firstCode != secondCode)
            QCOMPARE(m_service->verifyLogin(kAccount, second, QStringLiteral("sms"), firstCode),
                     Verdict::Invalid);
        QCOMPARE(m_service->verifyLogin(kAccount, second, QStringLiteral("sms"), secondCode),
                 Verdict::Accepted);
        QCOMPARE(m_service->verifyLogin(kAccount, first, QStringLiteral("sms"), firstCode),
                 Verdict::Accepted);
    }

    void fiveWrongCodesEndTheAttempt() {
        const QString session = attempt(QStringLiteral("sms"));
        const QString code = m_sender.lastCode();
        for (int wrong = 1; wrong < SecondFactorService::kMaxWrongTries; ++wrong)
            QCOMPARE(
                m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), otherCode(code)),
                Verdict::Invalid);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), otherCode(code)),
                 Verdict::Ended);
        // Even the right code is too late now.
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Ended);
    }

    void resendKeepsTheWrongTries() {
        const QString session = attempt(QStringLiteral("sms"));
        for (int wrong = 1; wrong < SecondFactorService::kMaxWrongTries; ++wrong)
            QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"),
                                            otherCode(m_sender.lastCode())),
                     Verdict::Invalid);
        advanceSeconds(SecondFactorService::kResendAfterSeconds);
        QCOMPARE(m_service->resendLogin(kAccount, session).result, Resend::Result::Sent);
        const QString code = m_sender.lastCode();
        // A new code is no new set of tries: the fifth wrong one still ends the attempt.
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), otherCode(code)),
                 Verdict::Ended);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Ended);
    }

    /// Eight wrong codes at once, all read before any is counted: at most five are checked.
    void parallelWrongSmsCodesAreCountedOnce() {
        const QString session = attempt(QStringLiteral("sms"));
        const QString wrong = otherCode(m_sender.lastCode());
        m_barrier.expect(kParallel);
        const QList<Verdict> verdicts = inParallel<Verdict>(kParallel, [&] {
            return m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), wrong);
        });
        m_barrier.expect(0);
        QVERIFY(verdicts.count(Verdict::Invalid) < SecondFactorService::kMaxWrongTries);
        const auto row = m_factorStore->code(session, QStringLiteral("login"));
        QVERIFY(row);
        QCOMPARE(row->wrongTries, SecondFactorService::kMaxWrongTries);
    }

    void parallelWrongAuthenticatorCodesAreCountedOnce() {
        const QByteArray secret = m_service->beginTotp(kAccount);
        const qint64 step = m_now.toSecsSinceEpoch() / Totp::kStepSeconds;
        QCOMPARE(m_service->confirmTotp(kAccount, Totp::codeAt(secret, step)), Verdict::Accepted);
        const QString session = attempt(QStringLiteral("totp"));
        const QString wrong = wrongTotpCode(secret, step);
        m_barrier.expect(kParallel);
        const QList<Verdict> verdicts = inParallel<Verdict>(kParallel, [&] {
            return m_service->verifyLogin(kAccount, session, QStringLiteral("totp"), wrong);
        });
        m_barrier.expect(0);
        QVERIFY(m_service->removeTotp(kAccount));
        QVERIFY(verdicts.count(Verdict::Invalid) < SecondFactorService::kMaxWrongTries);
        const auto row = m_factorStore->code(session, QStringLiteral("login"));
        QVERIFY(row);
        QCOMPARE(row->wrongTries, SecondFactorService::kMaxWrongTries);
    }

    void resendWaitsAMinuteAndStopsAfterThree() {
        const QString session = attempt(QStringLiteral("sms"));
        const QString first = m_sender.lastCode();
        const Resend early = m_service->resendLogin(kAccount, session);
        QCOMPARE(early.result, Resend::Result::TooSoon);
        QCOMPARE(early.retryAfterSeconds, qint64{SecondFactorService::kResendAfterSeconds});
        for (int resend = 1; resend < SecondFactorService::kMaxSends; ++resend) {
            advanceSeconds(SecondFactorService::kResendAfterSeconds);
            QCOMPARE(m_service->resendLogin(kAccount, session).result, Resend::Result::Sent);
        }
        advanceSeconds(SecondFactorService::kResendAfterSeconds);
        QCOMPARE(m_service->resendLogin(kAccount, session).result, Resend::Result::LimitReached);
        // Only the newest code counts.
        const QString newest = m_sender.lastCode();
        if (newest != first)
            QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), first),
                     Verdict::Invalid);
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), newest),
                 Verdict::Accepted);
    }

    void authenticatorEnrolmentAndReplay() {
        const QByteArray secret = m_service->beginTotp(kAccount);
        QCOMPARE(secret.size(), Totp::kSecretBytes);
        QCOMPARE(m_service->methodFor(kAccount), QStringLiteral("sms")); // not yet confirmed
        const auto step = [this] {
            return m_now.toSecsSinceEpoch() / Totp::kStepSeconds;
        };
        QCOMPARE(m_service->confirmTotp(kAccount, otherCode(Totp::codeAt(secret, step()))),
                 Verdict::Invalid);
        QCOMPARE(m_service->confirmTotp(kAccount, Totp::codeAt(secret, step())), Verdict::Accepted);
        QCOMPARE(m_service->methodFor(kAccount), QStringLiteral("totp"));

        // The enrolment code is used: the same code cannot log in.
        const QString replayed = attempt(QStringLiteral("totp"));
        QCOMPARE(m_service->verifyLogin(kAccount, replayed, QStringLiteral("totp"),
                                        Totp::codeAt(secret, step())),
                 Verdict::Invalid);
        advanceSeconds(Totp::kStepSeconds);
        const QString code = Totp::codeAt(secret, step());
        QCOMPARE(m_service->verifyLogin(kAccount, replayed, QStringLiteral("totp"), code),
                 Verdict::Accepted);
        // Replay in a new login attempt within the window: refused.
        const QString again = attempt(QStringLiteral("totp"));
        QCOMPARE(m_service->verifyLogin(kAccount, again, QStringLiteral("totp"), code),
                 Verdict::Invalid);
        // An older step after a newer one: refused too (codes only move forward).
        QCOMPARE(m_service->verifyLogin(kAccount, again, QStringLiteral("totp"),
                                        Totp::codeAt(secret, step() - 1)),
                 Verdict::Invalid);
        QCOMPARE(m_service->verifyLogin(kAccount, again, QStringLiteral("totp"),
                                        Totp::codeAt(secret, step() + 1)),
                 Verdict::Accepted);
        QVERIFY(m_service->removeTotp(kAccount));
        QCOMPARE(m_service->methodFor(kAccount), QStringLiteral("sms"));
    }

    void stepUpNeedsAFreshCode() {
        const QString session = attempt(QStringLiteral("sms"));
        QVERIFY(m_service->stepUpNeedsCode(kAccount));
        QCOMPARE(m_service->sendStepUpCode(kAccount, session).result, Resend::Result::Sent);
        const QString code = m_sender.lastCode();
        QCOMPARE(m_sender.sent.last().channel, OutgoingMessage::Channel::Sms);
        // A login code is not a step-up code and the other way round.
        QCOMPARE(m_service->verifyLogin(kAccount, session, QStringLiteral("sms"), code),
                 Verdict::Invalid);
        QCOMPARE(m_service->verifyStepUp(kAccount, session, code), Verdict::Accepted);
        QCOMPARE(m_service->verifyStepUp(kAccount, session, code), Verdict::Ended);
    }

    void maskedPhoneShowsOnlyTheEnds() {
        QCOMPARE(SecondFactorService::maskedPhone(QStringLiteral("06-12345678")),
                 QStringLiteral("06-•••••678"));
        QCOMPARE(SecondFactorService::maskedPhone(QStringLiteral("+31 6 1234 5678")),
                 QStringLiteral("31-••••••678"));
    }
};

QTEST_GUILESS_MAIN(TestSecondFactorService)
#include "tst_secondfactorservice.moc"
