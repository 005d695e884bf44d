// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Selecteer organisatie": the directory files (shipped, installer's, broken), filtering by
// name or place without regard to case or accents, and a choice saved as the profile.
#include "organisations/organisationdirectory.h"
#include "organisations/organisationdirectorymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using careportal::OrganisationDirectory;
using careportal::OrganisationDirectoryModel;
using careportal::OrganisationProfile;

namespace {

const QByteArray kInstallerList = "{\"organisations\": [ "
                                  "{\"name\": \"Zorgkring Testhoeve\", \"place\": \"Ede\","
                                  "\"serverUrl\": \"https://portaal.testhoeve.example/api/v1\","
                                  "\"fingerprint\": "
                                  "\"AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:"
                                  "EE:FF:00:11:22:33:44:55:66:77:88:99\"}"
                                  "]}";

bool writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QStringList names(const OrganisationDirectoryModel &model) {
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(
            model.data(model.index(row), OrganisationDirectoryModel::NameRole).toString());
    return result;
}

} // namespace

class TestOrganisationDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shippedListIsUsable();
    void brokenFilesSayWhatIsWrong_data();
    void brokenFilesSayWhatIsWrong();
    void unusableEntriesAreLeftOut();
    void filtering_data();
    void filtering();
    void narrowingKeepsTheModelConsistent();
    void installerFileWins();
    void brokenInstallerFileFallsBackToTheShippedList();
    void choosingSavesTheProfile();
    void choosingWithoutAPathSavesNothing();

private:
    QString installedPath() const {
        return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
               QStringLiteral("/careportal/organisations.json");
    }
};

void TestOrganisationDirectory::initTestCase() {
    // ~/.qttest/config instead of the real config: an installer's file is ours to place.
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(installedPath());
}

void TestOrganisationDirectory::shippedListIsUsable() {
    QCOMPARE(OrganisationDirectory::locate(), OrganisationDirectory::kShippedFile);
    const OrganisationDirectory directory =
        OrganisationDirectory::read(OrganisationDirectory::kShippedFile);
    QVERIFY2(directory.isValid(), qPrintable(directory.error()));
    QVERIFY(directory.entries().size() >= 8);
    QStringList seen;
    for (const auto &entry : directory.entries()) {
        QVERIFY(!entry.name.isEmpty());
        QVERIFY(!entry.place.isEmpty());
        QCOMPARE(entry.serverUrl.scheme(), QStringLiteral("https"));
        // Invented organisations on the reserved .example domain: no real server is named.
        QVERIFY2(entry.serverUrl.host().endsWith(QLatin1String(".example")),
                 qPrintable(entry.serverUrl.host()));
        QVERIFY2(entry.toProfile().isValid(), qPrintable(entry.toProfile().validate()));
        seen.append(entry.name);
    }
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(OrganisationDirectory::folded(a),
                                           OrganisationDirectory::folded(b)) < 0;
    });
    QCOMPARE(seen, sorted);
}

void TestOrganisationDirectory::brokenFilesSayWhatIsWrong_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{\"organisations\": [");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no list") << QByteArray("{\"organisaties\": []}");
    QTest::newRow("list is not an array") << QByteArray("{\"organisations\": 3}");
    QTest::newRow("array at the top") << QByteArray("[{\"name\": \"x\"}]");
}

void TestOrganisationDirectory::brokenFilesSayWhatIsWrong() {
    QFETCH(QByteArray, json);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("organisation list")));
    const OrganisationDirectory directory =
        OrganisationDirectory::parse(json, QStringLiteral("x.json"));
    QVERIFY(!directory.isValid());
    QVERIFY(directory.entries().isEmpty());
    QVERIFY2(directory.error().contains(QLatin1String("x.json")), qPrintable(directory.error()));
    QVERIFY(directory.error().contains(QLatin1String("beschadigd")));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Cannot read")));
    const OrganisationDirectory missing =
        OrganisationDirectory::read(QStringLiteral("/nonexistent/o.json"));
    QVERIFY(!missing.isValid());
    QVERIFY(missing.error().contains(QLatin1String("kan niet worden gelezen")));
}

void TestOrganisationDirectory::unusableEntriesAreLeftOut() {
    const QByteArray json =
        "{\"organisations\": [ "
        "{\"place\": \"Ede\", \"serverUrl\": \"https://a.example/api\"},"
        "{\"name\": \"Zonder TLS\", \"place\": \"Ede\", \"serverUrl\": \"http://b.example/api\"},"
        "{\"name\": \"Geen adres\", \"place\": \"Ede\"},"
        "{\"name\": \"Vreemde vingerafdruk\", \"place\": \"Ede\", \"serverUrl\": "
        "\"https://c.example/api\","
        "\"fingerprint\": \"AB:CD\"},"
        "\"geen object\","
        "{\"name\": \"  Goede   Zorg \", \"place\": \"Ede\", \"serverUrl\": "
        "\"https://d.example/api\"}"
        "]}";
    for (int i = 0; i < 5; ++i)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("left out")));
    const OrganisationDirectory directory = OrganisationDirectory::parse(json, QStringLiteral("y"));
    QVERIFY(directory.isValid());
    QCOMPARE(directory.entries().size(), 1);
    QCOMPARE(directory.entries().first().name, QStringLiteral("Goede Zorg"));
    QCOMPARE(directory.entries().first().serverUrl, QUrl(QStringLiteral("https://d.example/api")));
}

void TestOrganisationDirectory::filtering_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    const QStringList zorg{
        QStringLiteral("Cliëntzorg Duinrand"),    QStringLiteral("Thuiszorg De Linde"),
        QStringLiteral("Thuiszorg Zevenster"),    QStringLiteral("Wijkzorg Kwartelhof"),
        QStringLiteral("Zorgcentrum Beukenrode"), QStringLiteral("Zorggroep Beekdal"),
        QStringLiteral("Zorgkring Veldhoeve")};
    QTest::newRow("zorg") << QStringLiteral("zorg") << zorg;
    QTest::newRow("ZORG, any case") << QStringLiteral("ZORG") << zorg;
    const QStringList duinrand{QStringLiteral("Cliëntzorg Duinrand")};
    QTest::newRow("cliënt with diaeresis") << QStringLiteral("cliënt") << duinrand;
    QTest::newRow("client without") << QStringLiteral("client") << duinrand;
    QTest::newRow("CLIËNT") << QStringLiteral("CLIËNT") << duinrand;
    QTest::newRow("place") << QStringLiteral("zwolle")
                           << QStringList{QStringLiteral("Zorgkring Veldhoeve")};
    QTest::newRow("place with apostrophe") << QStringLiteral("'s-hertogenbosch")
                                           << QStringList{QStringLiteral("Zorgcentrum Beukenrode")};
    QTest::newRow("name and place words") << QStringLiteral("  thuiszorg   tilburg ")
                                          << QStringList{QStringLiteral("Thuiszorg Zevenster")};
    QTest::newRow("nothing") << QStringLiteral("xyzzy") << QStringList{};
}

void TestOrganisationDirectory::filtering() {
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    OrganisationDirectoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int all = model.count();
    QSignalSpy count(&model, &OrganisationDirectoryModel::countChanged);
    model.setFilterText(filter);
    QCOMPARE(names(model), expected);
    QCOMPARE(model.count(), expected.size());
    QCOMPARE(count.size(), expected.size() == all ? 0 : 1);
    model.setFilterText({});
    QCOMPARE(model.count(), all);
}

void TestOrganisationDirectory::narrowingKeepsTheModelConsistent() {
    OrganisationDirectoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    // Typed letter by letter, as a user does, then erased again.
    const QString typed = QStringLiteral("thuis");
    for (qsizetype i = 1; i <= typed.size(); ++i)
        model.setFilterText(typed.left(i));
    QCOMPARE(names(model), (QStringList{QStringLiteral("Thuishulp Oeverlanden"),
                                        QStringLiteral("Thuiszorg De Linde"),
                                        QStringLiteral("Thuiszorg Zevenster")}));
    QVERIFY(!removed.isEmpty());
    QCOMPARE(reset.size(), 0); // rows leave and come back; the view keeps its place
    for (qsizetype i = typed.size() - 1; i >= 0; --i)
        model.setFilterText(typed.left(i));
    QCOMPARE(model.count(),
             OrganisationDirectory::read(OrganisationDirectory::kShippedFile).entries().size());
}

void TestOrganisationDirectory::installerFileWins() {
    // A file in the config locations (/etc/xdg/careportal/organisations.json) replaces the
    // shipped list ...
    QVERIFY(writeFile(installedPath(), kInstallerList));
    QCOMPARE(OrganisationDirectory::locate(), installedPath());
    OrganisationDirectoryModel installed;
    QCOMPARE(names(installed), QStringList{QStringLiteral("Zorgkring Testhoeve")});
    QCOMPARE(installed.error(), QString());

    // ... and --directory FILE wins over both.
    QTemporaryDir dir;
    const QString given = dir.filePath(QStringLiteral("given.json"));
    QVERIFY(writeFile(given,
                      "{\"organisations\": [{\"name\": \"Gegeven Zorg\", \"place\": \"Epe\", "
                      "\"serverUrl\": \"https://gegeven.example/api\"}]}"));
    QCOMPARE(OrganisationDirectory::locate(given), given);
    OrganisationDirectoryModel model;
    QSignalSpy sourceChanged(&model, &OrganisationDirectoryModel::sourceChanged);
    model.setSource(given);
    QCOMPARE(sourceChanged.size(), 1);
    QCOMPARE(names(model), QStringList{QStringLiteral("Gegeven Zorg")});
    QCOMPARE(model.data(model.index(0), OrganisationDirectoryModel::PlaceRole).toString(),
             QStringLiteral("Epe"));

    QVERIFY(QFile::remove(installedPath()));
    QCOMPARE(OrganisationDirectory::locate(), OrganisationDirectory::kShippedFile);
}

void TestOrganisationDirectory::brokenInstallerFileFallsBackToTheShippedList() {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, "{\"organisations\": [{\"name\": "));
    OrganisationDirectoryModel model;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("organisation list")));
    model.setSource(broken);
    // The user is told, and can still choose from the list the app ships.
    QVERIFY(model.error().contains(broken));
    QCOMPARE(model.count(),
             OrganisationDirectory::read(OrganisationDirectory::kShippedFile).entries().size());
}

void TestOrganisationDirectory::choosingSavesTheProfile() {
    QTemporaryDir dir;
    const QString profilePath = dir.filePath(QStringLiteral("config/profile.json"));
    OrganisationDirectoryModel model;
    model.setProfilePath(profilePath);
    QSignalSpy chosen(&model, &OrganisationDirectoryModel::chosen);
    model.setFilterText(QStringLiteral("kwartel"));
    QCOMPARE(model.count(), 1);
    QVERIFY(!model.choose(1));
    QVERIFY(!model.choose(-1));
    QCOMPARE(chosen.size(), 0);
    QVERIFY(!QFile::exists(profilePath));

    QVERIFY(model.choose(0));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(model.chosenName(), QStringLiteral("Wijkzorg Kwartelhof"));
    QString error;
    const OrganisationProfile saved = OrganisationProfile::load(profilePath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(saved.organisationName, QStringLiteral("Wijkzorg Kwartelhof"));
    QCOMPARE(saved.serverUrl,
             QUrl(QStringLiteral("https://clientportaal.kwartelhof.example/api/v1")));
    QCOMPARE(saved.fingerprint.left(8), QStringLiteral("3A:91:5C"));
    QVERIFY(!saved.kiosk);
    QCOMPARE(model.chosenProfile().serverUrl, saved.serverUrl);
}

void TestOrganisationDirectory::choosingWithoutAPathSavesNothing() {
    QTemporaryDir dir;
    OrganisationDirectoryModel model;
    QVERIFY(model.choose(0));
    QCOMPARE(
        model.chosenName(),
        OrganisationDirectory::read(OrganisationDirectory::kShippedFile).entries().first().name);
    QVERIFY(QDir(dir.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestOrganisationDirectory)

#include "tst_organisationdirectory.moc"
