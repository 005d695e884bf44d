// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "speech/readaloud.h"

#include <QSignalSpy>
#include <QTextToSpeech>
#include <QtTest>

using namespace careportal;

/// "Voorlezen": which engine is chosen, and what the user is told when this computer cannot
/// speak the app's language. The speaking itself is checked with flite, the engine Debian's
/// Qt TextToSpeech always has (install-deps installs it).
class TestReadAloud : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void engineChoice_data();
    void engineChoice();
    void noEngineSaysSo();
    void fliteHasNoDutchVoice();
    void fliteSpeaksEnglish();
};

void TestReadAloud::engineChoice_data() {
    QTest::addColumn<QStringList>("engines");
    QTest::addColumn<bool>("daemon");
    QTest::addColumn<QString>("chosen");
    const QStringList both{QStringLiteral("flite"), QStringLiteral("speechd")};
    QTest::newRow("speech-dispatcher installed") << both << true << QStringLiteral("speechd");
    // Its engine would block for seconds trying to reach a daemon that is not there.
    QTest::newRow("no speech-dispatcher") << both << false << QStringLiteral("flite");
    QTest::newRow("only speechd, no daemon")
        << QStringList{QStringLiteral("speechd")} << false << QString();
    QTest::newRow("no engines") << QStringList{} << true << QString();
    // Windows and macOS: the system's own engine (names as Qt 6.4 gives them).
    QTest::newRow("windows") << QStringList{QStringLiteral("mock"), QStringLiteral("sapi"),
                                            QStringLiteral("winrt")}
                             << false << QStringLiteral("winrt");
    QTest::newRow("windows, sapi only")
        << QStringList{QStringLiteral("sapi")} << false << QStringLiteral("sapi");
    QTest::newRow("macos") << QStringList{QStringLiteral("macos"), QStringLiteral("darwin")}
                           << false << QStringLiteral("darwin");
    QTest::newRow("only the test engine")
        << QStringList{QStringLiteral("mock")} << false << QString();
}

void TestReadAloud::engineChoice() {
    QFETCH(QStringList, engines);
    QFETCH(bool, daemon);
    QFETCH(QString, chosen);
    QCOMPARE(ReadAloud::chooseEngine(engines, daemon), chosen);
}

void TestReadAloud::noEngineSaysSo() {
    ReadAloud readAloud(QString(), nullptr);
    QVERIFY(!readAloud.available());
    readAloud.say(QStringLiteral("Vandaag komt Eva om half twee."));
    QVERIFY(!readAloud.speaking());
    QVERIFY2(readAloud.errorMessage().contains(QStringLiteral("geen spraakprogramma")),
             qPrintable(readAloud.errorMessage()));
}

void TestReadAloud::fliteHasNoDutchVoice() {
    QVERIFY(QTextToSpeech::availableEngines().contains(QStringLiteral("flite")));
    ReadAloud readAloud(QStringLiteral("flite"), nullptr);
    QVERIFY(readAloud.available());
    readAloud.say(QStringLiteral("Vandaag komt Eva om half twee."));
    QVERIFY(!readAloud.speaking());
    QVERIFY2(readAloud.errorMessage().contains(QStringLiteral("geen Nederlandse stem")),
             qPrintable(readAloud.errorMessage()));
}

void TestReadAloud::fliteSpeaksEnglish() {
    ReadAloud readAloud(QStringLiteral("flite"), nullptr);
    readAloud.setLanguage(QStringLiteral("en"));
    QSignalSpy speaking(&readAloud, &ReadAloud::speakingChanged);
    readAloud.say(QStringLiteral("Today Eva comes at half past one."));
    QCOMPARE(readAloud.errorMessage(), QString());
    // Speaking, then done; or, on a machine without a sound device, a clear error.
    QTRY_VERIFY_WITH_TIMEOUT(!speaking.isEmpty() || !readAloud.errorMessage().isEmpty(), 5000);
    readAloud.stop();
    QVERIFY(!readAloud.speaking());
}

QTEST_GUILESS_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
