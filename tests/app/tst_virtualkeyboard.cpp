// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Whether a start gets the on-screen keyboard, decided from the command line and the
// profile before the application object exists.
#include "app/commandline.h"
#include "app/virtualkeyboard.h"
#include "settings/organisationprofile.h"

#include <QTemporaryDir>
#include <QTest>

using careportal::CommandLine;
using careportal::OrganisationProfile;
namespace VirtualKeyboard = careportal::VirtualKeyboard;

class TestVirtualKeyboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void flags_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("wanted");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("--kiosk") << QStringList{QStringLiteral("--kiosk")} << true;
        QTest::newRow("-kiosk") << QStringList{QStringLiteral("-kiosk")} << true;
        QTest::newRow("--virtual-keyboard")
            << QStringList{QStringLiteral("--virtual-keyboard")} << true;
        QTest::newRow("a link only")
            << QStringList{QStringLiteral("careportal://reset?code=1")} << false;
    }
    void flags() {
        QFETCH(QStringList, arguments);
        QFETCH(bool, wanted);
        arguments.prepend(QStringLiteral("careportal"));
        QCOMPARE(VirtualKeyboard::wanted(
                     CommandLine::parse(arguments, m_dir.filePath(QStringLiteral("none.json")))),
                 wanted);
    }

    void profileAsks_data() {
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<bool>("keyboard");
        QTest::addColumn<bool>("wanted");
        QTest::newRow("desktop") << false << false << false;
        QTest::newRow("tablet") << false << true << true;
        QTest::newRow("kiosk") << true << false << true;
    }
    void profileAsks() {
        QFETCH(bool, kiosk);
        QFETCH(bool, keyboard);
        QFETCH(bool, wanted);
        const QString path = writeProfile(kiosk, keyboard);
        const QString program = QStringLiteral("careportal");
        // The default profile, --profile FILE and --profile=FILE all count.
        QCOMPARE(VirtualKeyboard::wanted(CommandLine::parse({program}, path)), wanted);
        const QString none = m_dir.filePath(QStringLiteral("none.json"));
        QCOMPARE(VirtualKeyboard::wanted(
                     CommandLine::parse({program, QStringLiteral("--profile"), path}, none)),
                 wanted);
        QCOMPARE(VirtualKeyboard::wanted(
                     CommandLine::parse({program, QStringLiteral("--profile=") + path}, none)),
                 wanted);
    }

    void serverReplacesTheProfile() {
        const QString path = writeProfile(false, true);
        QVERIFY(!VirtualKeyboard::wanted(
            CommandLine::parse({QStringLiteral("careportal"), QStringLiteral("--server"),
                                QStringLiteral("https://zorg.example/api/v1")},
                               path)));
    }

    void brokenProfileMeansNo() {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QVERIFY(!VirtualKeyboard::wanted(CommandLine::parse({QStringLiteral("careportal")}, path)));
    }

    void userChoiceIsKept() {
        qputenv("QT_IM_MODULE", "ibus");
        VirtualKeyboard::enableIfWanted(
            CommandLine::parse({QStringLiteral("careportal"), QStringLiteral("--kiosk")}, {}));
        QCOMPARE(qgetenv("QT_IM_MODULE"), QByteArray("ibus"));
        QVERIFY(!VirtualKeyboard::active());
        qunsetenv("QT_IM_MODULE");
        VirtualKeyboard::enableIfWanted(
            CommandLine::parse({QStringLiteral("careportal"), QStringLiteral("--kiosk")}, {}));
        QVERIFY(VirtualKeyboard::active());
        qunsetenv("QT_IM_MODULE");
    }

private:
    QString writeProfile(bool kiosk, bool keyboard) {
        OrganisationProfile profile;
        profile.serverUrl = QUrl(QStringLiteral("https://zorg.example/api/v1"));
        profile.organisationName = QStringLiteral("Thuiszorg De Linde");
        profile.kiosk = kiosk;
        profile.virtualKeyboard = keyboard;
        QString path = m_dir.filePath(QStringLiteral("profile.json"));
        if (!profile.save(path))
            qFatal("cannot write the test profile");
        return path;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestVirtualKeyboard)
#include "tst_virtualkeyboard.moc"
