// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/passwordhasher.h"
#include "auth/passwordresetservice.h"
#include "messaging/messagesender.h"
#include "parallelcalls.h"
#include "storage/accountstore.h"
#include "storage/database.h"
#include "storage/passwordresetstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace careportal::server;
using careportal::test::ArrivalBarrier;
using careportal::test::inParallel;

namespace {

/// Keeps what would have been sent.
class RecordingSender : public MessageSender {
public:
    bool send(const OutgoingMessage &message) override {
        sent.append(message);
        return true;
    }
    /// The 8-digit code of the last message.
    [[nodiscard]] QString lastCode() const {
        const auto match =
            QRegularExpression(QStringLiteral("\\b(\\d{8})\\b")).match(sent.last().body);
        return match.captured(1);
    }
    QList<OutgoingMessage> sent;
};

const QString kUser = QStringLiteral("r.voorbeeld@example.nl");
const QString kGood = QStringLiteral("Zonnebloem#2026");

} // namespace

/// "Wachtwoord vergeten?" on a fake clock: a code only for a matching name and address,
/// single use, valid 15 minutes, five wrong tries, the policy for the new password, every
/// session ended, no hint whether an account exists.
class TestPasswordReset : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<PasswordResetStore> m_resets;
    RecordingSender m_sender;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    ArrivalBarrier m_barrier;
    std::unique_ptr<PasswordResetService> m_service;

    QString requestCode() {
        m_service->request(kUser, QStringLiteral("R.Voorbeeld@example.nl "));
        return m_sender.lastCode();
    }

private Q_SLOTS:
    void initTestCase() {
        PasswordHasher::setBusyWaitMs(0);
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("reset.sqlite")));
        QString error;
        QVERIFY2(m_db->initialise(&error), qPrintable(error));
        m_accounts = std::make_unique<AccountStore>(*m_db);
        m_sessions = std::make_unique<SessionStore>(*m_db);
        m_resets = std::make_unique<PasswordResetStore>(*m_db);
        QVERIFY(m_accounts->insertAccount({QStringLiteral("acc-r"), kUser,
                                           PasswordHasher::hash(QStringLiteral("Oud#Wachtwoord1")),
                                           QStringLiteral("de heer"), QStringLiteral("R."),
                                           QStringLiteral("Voorbeeld"),
                                           QStringLiteral("de heer R. Voorbeeld"), true}));
        QVERIFY(m_sessions->insertToken("hash-a", QStringLiteral("acc-r"), m_now.addDays(1)));
        m_service = std::make_unique<PasswordResetService>(*m_accounts, *m_sessions, *m_resets,
                                                           m_sender, [this] {
                                                               m_barrier.arrive();
                                                               return m_now;
                                                           });
    }

    void noCodeWithoutAMatchingAddress() {
        m_service->request(kUser, QStringLiteral("someone@example.nl"));
        m_service->request(QStringLiteral("nobody@example.nl"),
                           QStringLiteral("nobody@example.nl"));
        QVERIFY(m_sender.sent.isEmpty());
        QCOMPARE(
            m_service
                ->confirm(QStringLiteral("nobody@example.nl"), QStringLiteral("12345678"), kGood)
                .outcome,
            PasswordResetService::Outcome::InvalidCode);
    }

    void aCodeWorksOnceAndEndsEverySession() {
        const QString code = requestCode();
        QCOMPARE(code.size(), 8);
        QCOMPARE(m_sender.sent.last().to, kUser);
        QVERIFY(m_sender.sent.last().body.contains(QStringLiteral("15 minuten")));
        // The policy first, without using up the code.
        const auto weak = m_service->confirm(kUser, code, QStringLiteral("kort"));
        QCOMPARE(weak.outcome, PasswordResetService::Outcome::PolicyViolation);
        QVERIFY(!weak.violations.isEmpty());
        QCOMPARE(m_service->confirm(kUser, code, kGood).outcome,
                 PasswordResetService::Outcome::Done);
        const auto account = m_accounts->accountByUsername(kUser);
        QVERIFY(PasswordHasher::verify(account->passwordHash, kGood));
        QVERIFY(!account->mustChangePassword);
        QVERIFY(m_sessions->token("hash-a")->revoked);
        // Single use.
        QCOMPARE(m_service->confirm(kUser, code, QStringLiteral("Nogmaals#Anders7")).outcome,
                 PasswordResetService::Outcome::InvalidCode);
    }

    /// A reset is what someone does who fears another knows the password: remembered
    /// devices skip the second factor, so they are forgotten with every session.
    void aResetForgetsRememberedDevices() {
        m_now = m_now.addSecs(3600);
        SecondFactorStore devices(*m_db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(devices.addDevice({QStringLiteral("device-1"), QStringLiteral("acc-r"),
                                   QStringLiteral("Laptop"), now, now, now.addDays(90)},
                                  QByteArrayLiteral("device-hash")));
        QCOMPARE(devices.devices(QStringLiteral("acc-r"), now).size(), 1);
        QCOMPARE(
            m_service->confirm(kUser, requestCode(), QStringLiteral("Apparaat#Weg2026")).outcome,
            PasswordResetService::Outcome::Done);
        QVERIFY(devices.devices(QStringLiteral("acc-r"), now).isEmpty());
        QVERIFY(!devices.device(QByteArrayLiteral("device-hash"), now));
    }

    void aCodeExpiresAfterFifteenMinutes() {
        const QString code = requestCode();
        m_now = m_now.addSecs(15 * 60);
        QCOMPARE(m_service->confirm(kUser, code, QStringLiteral("Later#Wachtwoord3")).outcome,
                 PasswordResetService::Outcome::InvalidCode);
    }

    void fiveWrongTriesEndTheCode() {
        m_now = m_now.addSecs(3600); // a new hour: the request limit starts again
        const QString code = requestCode();
        const QString wrong = code == QStringLiteral("00000000") ? QStringLiteral("00000001")
                                                                 : QStringLiteral("00000000");
        for (int i = 0; i < PasswordResetService::kMaxWrongTries; ++i)
            QCOMPARE(m_service->confirm(kUser, wrong, kGood).outcome,
                     PasswordResetService::Outcome::InvalidCode);
        QCOMPARE(m_service->confirm(kUser, code, QStringLiteral("Goed#Genoeg2026")).outcome,
                 PasswordResetService::Outcome::InvalidCode);
    }

    /// Eight wrong codes at once, all read before any is counted: at most five are checked.
    void parallelWrongCodesAreCountedOnce() {
        m_now = m_now.addSecs(3600);
        const QString code = requestCode();
        const QString wrong = code == QStringLiteral("00000000") ? QStringLiteral("00000001")
                                                                 : QStringLiteral("00000000");
        m_barrier.expect(8);
        const auto outcomes = inParallel<PasswordResetService::Outcome>(
            8, [&] { return m_service->confirm(kUser, wrong, kGood).outcome; });
        m_barrier.expect(0);
        QCOMPARE(outcomes.count(PasswordResetService::Outcome::InvalidCode), 8);
        const auto reset = m_resets->newest(QStringLiteral("acc-r"));
        QVERIFY(reset);
        QCOMPARE(reset->wrongTries, PasswordResetService::kMaxWrongTries);
        QCOMPARE(m_service->confirm(kUser, code, QStringLiteral("Goed#Genoeg2026")).outcome,
                 PasswordResetService::Outcome::InvalidCode);
    }

    void atMostThreeCodesAnHour() {
        m_now = m_now.addSecs(2 * 3600);
        const qsizetype before = m_sender.sent.size();
        for (int i = 0; i < 5; ++i)
            m_service->request(kUser, kUser);
        QCOMPARE(m_sender.sent.size() - before, PasswordResetService::kMaxRequestsPerHour);
        // Only the newest counts.
        const QString newest = m_sender.lastCode();
        QCOMPARE(m_service->confirm(kUser, newest, QStringLiteral("Nieuwste#Code2026")).outcome,
                 PasswordResetService::Outcome::Done);
    }
};

QTEST_GUILESS_MAIN(TestPasswordReset)
#include "tst_passwordreset.moc"
