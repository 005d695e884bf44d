// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/totp.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

using careportal::server::Totp;

namespace {

// RFC 6238 appendix B's SHA-1 seed: "12345678901234567890".
const QByteArray kRfcSeed = QByteArrayLiteral("12345678901234567890");

/// The 6-digit code oathtool (Debian's reference implementation) gives at `unixSeconds`.
QString oathtoolCode(const QByteArray &secret, qint64 unixSeconds) {
    QProcess process;
    process.start(QStringLiteral("oathtool"),
                  {QStringLiteral("--totp"), QStringLiteral("--now=@%1").arg(unixSeconds),
                   QString::fromLatin1(secret.toHex())});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return {};
    return QString::fromLatin1(process.readAllStandardOutput()).trimmed();
}

} // namespace

/// TOTP as authenticator apps compute it: RFC 6238's vectors, oathtool's codes for random
/// secrets and times, the ±1 step window, and base32 and the otpauth:// URI apps scan.
class TestTotp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rfc6238Vectors_data() {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("code");
        // The last six digits of the RFC's 8-digit SHA-1 column (also what oathtool prints).
        QTest::newRow("59") << qint64(59) << QStringLiteral("287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("353130");
    }
    void rfc6238Vectors() {
        QFETCH(qint64, time);
        QFETCH(QString, code);
        QCOMPARE(Totp::codeAt(kRfcSeed, time / Totp::kStepSeconds), code);
    }

    void agreesWithOathtool() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty(),
                 "oathtool (Debian package oathtool) is needed for the reference codes");
        for (int round = 0; round < 20; ++round) {
            const QByteArray secret = Totp::newSecret();
            const qint64 time = QRandomGenerator::global()->bounded(qint64(4000000000));
            const QString expected = oathtoolCode(secret, time);
            QCOMPARE(expected.size(), 6);
            QCOMPARE(Totp::codeAt(secret, time / Totp::kStepSeconds), expected);
        }
    }

    void acceptsOneStepEitherSide() {
        const QByteArray secret = Totp::newSecret();
        const qint64 now = 1764000000;
        const qint64 step = now / Totp::kStepSeconds;
        QCOMPARE(Totp::matchingStep(secret, Totp::codeAt(secret, step), now), step);
        QCOMPARE(Totp::matchingStep(secret, Totp::codeAt(secret, step - 1), now), step - 1);
        QCOMPARE(Totp::matchingStep(secret, Totp::codeAt(secret, step + 1), now), step + 1);
        // Two steps away: a minute old or early is too far, unless it happens to collide.
        const QString old = Totp::codeAt(secret, step - 2);
        if (old != Totp::codeAt(secret, step - 1) && old != Totp::codeAt(secret, step) &&
            old != Totp::codeAt(secret, step + 1))
            QVERIFY(!Totp::matchingStep(secret, old, now));
    }

    void refusesWhatIsNotACode() {
        const QByteArray secret = Totp::newSecret();
        const qint64 now = 1764000000;
        const QString code = Totp::codeAt(secret, now / Totp::kStepSeconds);
        QVERIFY(!Totp::matchingStep(secret, code.left(5), now));
        QVERIFY(!Totp::matchingStep(secret, code + u'0', now));
        QVERIFY(!Totp::matchingStep(secret, QStringLiteral("12a456"), now));
        QVERIFY(!Totp::matchingStep(secret, QString(), now));
        QVERIFY(!Totp::matchingStep(QByteArray(), code, now));
        QCOMPARE(Totp::matchingStep(secret, u' ' + code + u' ', now), now / Totp::kStepSeconds);
    }

    void base32RoundTrips() {
        QCOMPARE(Totp::toBase32(QByteArrayLiteral("Hello!\xde\xad\xbe\xef")),
                 QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(Totp::fromBase32(QStringLiteral("jbsw y3dp ehpk 3pxp")),
                 QByteArrayLiteral("Hello!\xde\xad\xbe\xef"));
        QVERIFY(Totp::fromBase32(QStringLiteral("JBSW1")).isEmpty()); // 1 is not base32
        for (int round = 0; round < 50; ++round) {
            const QByteArray secret = Totp::newSecret();
            QCOMPARE(secret.size(), Totp::kSecretBytes);
            QCOMPARE(Totp::fromBase32(Totp::toBase32(secret)), secret);
        }
    }

    void keyUriIsWhatAppsScan() {
        const QByteArray secret = QByteArrayLiteral("Hello!\xde\xad\xbe\xef");
        const QUrl uri(Totp::keyUri(QStringLiteral("Zorg Thuis"),
                                    QStringLiteral("j.voorbeeld@example.nl"), secret));
        QCOMPARE(uri.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(uri.host(), QStringLiteral("totp"));
        QCOMPARE(uri.path(), QStringLiteral("/Zorg Thuis:j.voorbeeld@example.nl"));
        const QUrlQuery query(uri);
        QCOMPARE(query.queryItemValue(QStringLiteral("secret")),
                 QStringLiteral("JBSWY3DPEHPK3PXP"));
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer")), QStringLiteral("Zorg Thuis"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
