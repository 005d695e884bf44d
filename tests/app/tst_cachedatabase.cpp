// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "planning/planningcache.h"
#include "storage/cachedatabase.h"
#include "storage/payloadcipher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using careportal::CacheDatabase;
using careportal::PlanningCache;

/// The local SQLite cache: schema versions, owner-only files, the downgrade guard, wipe.
class TestCacheDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void freshFileHasLatestSchema();
    void fileIsOwnerOnly();
    void createsMissingDirectory();
    void reopenKeepsData();
    void newerSchemaIsRefusedUntouched();
    void notADatabaseIsMovedAsideAndRebuilt();
    void damagedFileIsMovedAsideAndRebuilt();
    void storeAndReadValues();
    void sealedValuesNeedTheKey();
    void anotherKeyDropsWhatItCannotRead();
    void noPersonalFieldInPlainTextOnDisk();
    void wipeKeepsOnlyOrganisation();
    void switchToMemoryLeavesTheFileAlone();
    void inMemory();

private:
    [[nodiscard]] static QByteArray key(char fill) { return QByteArray(32, fill); }
    [[nodiscard]] QString dbPath() const { return m_dir->filePath(QStringLiteral("cache.sqlite")); }
    static int count(const CacheDatabase &db, const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr QFileDevice::Permissions groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray fileHash(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

careportal::Appointment visit(const QString &id, const QDateTime &start) {
    return {id, start, start.addSecs(3600), QStringLiteral("HV 1"), QStringLiteral("Fatima")};
}

} // namespace

void TestCacheDatabase::initTestCase() {
#ifdef Q_OS_UNIX
    // A typical desktop umask: group and others could read new files unless the cache
    // restricts them itself.
    ::umask(022);
#endif
}

void TestCacheDatabase::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

int TestCacheDatabase::count(const CacheDatabase &db, const QString &table) {
    QSqlQuery query(db.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void TestCacheDatabase::freshFileHasLatestSchema() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion);
    QCOMPARE(db.path(), dbPath());
    QVERIFY(QFileInfo::exists(dbPath()));

    QSqlQuery query(db.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2); // FULL: a queued write survives a power cut
    QVERIFY(query.exec(QStringLiteral("PRAGMA secure_delete")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(count(db, QStringLiteral("settings")), 0);
    QCOMPARE(count(db, QStringLiteral("planning_months")), 0);
    QCOMPARE(count(db, QStringLiteral("documents")), 0);
    QCOMPARE(count(db, QStringLiteral("outbox")), 0);
    QCOMPARE(count(db, QStringLiteral("appointments")), -1); // version 1's plain visits
}

void TestCacheDatabase::fileIsOwnerOnly() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    db.storeValue(QStringLiteral("account"), QByteArrayLiteral("{\"displayName\":\"C. Test\"}"));

    const QFileDevice::Permissions permissions = QFileInfo(dbPath()).permissions();
    QCOMPARE(permissions & groupOrOther, QFileDevice::Permissions());
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(permissions.testFlag(QFileDevice::WriteOwner));

    // With WAL, the data first lands in -wal (and the index in -shm): same rule for them.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo companion(dbPath() + suffix);
        if (!companion.exists())
            continue;
        QCOMPARE(companion.permissions() & groupOrOther, QFileDevice::Permissions());
    }
    QVERIFY(QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
}

void TestCacheDatabase::createsMissingDirectory() {
    const QString path = m_dir->filePath(QStringLiteral("deeper/still/cache.sqlite"));
    CacheDatabase db(path);
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion);
}

void TestCacheDatabase::reopenKeepsData() {
    {
        CacheDatabase db(dbPath());
        QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
        QVERIFY(db.unlock(key('k')));
        db.storeValue(QStringLiteral("organisation"), QByteArrayLiteral("{\"name\":\"Axxicom\"}"));
        PlanningCache planning(&db);
        QVERIFY(planning.replace(
            QStringLiteral("c-1"), QDate(2021, 4, 1),
            {visit(QStringLiteral("a-1"), QDateTime(QDate(2021, 4, 14), QTime(9, 0)))},
            QByteArrayLiteral("\"v1\""), QDateTime(QDate(2021, 4, 13), QTime(18, 23))));
    }
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(db.unlock(key('k')));
    QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion);
    QCOMPARE(db.value(QStringLiteral("organisation")), QByteArrayLiteral("{\"name\":\"Axxicom\"}"));
    const PlanningCache::Month month =
        PlanningCache(&db).load(QStringLiteral("c-1"), QDate(2021, 4, 1));
    QCOMPARE(month.appointments.size(), 1);
    QCOMPARE(month.appointments.first().id, QStringLiteral("a-1"));
    QCOMPARE(month.etag, QByteArrayLiteral("\"v1\""));
}

void TestCacheDatabase::newerSchemaIsRefusedUntouched() {
    // A cache written by a newer app version: the schema is unknown to us.
    {
        QSqlDatabase newer =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        newer.setDatabaseName(dbPath());
        QVERIFY(newer.open());
        QSqlQuery query(newer);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE future_things (x TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO future_things VALUES ('keep me')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        query.finish();
        newer.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QByteArray before = fileHash(dbPath());
    QVERIFY(!before.isEmpty());

    {
        CacheDatabase db(dbPath());
        QCOMPARE(db.open(), CacheDatabase::OpenResult::SchemaTooNew);
        QCOMPARE(db.schemaVersion(), 99);
    }

    QVERIFY(!QFileInfo::exists(dbPath() + QStringLiteral("-wal")));
    QCOMPARE(fileHash(dbPath()), before);
    // And the newer app's data is still there.
    QSqlDatabase check =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    check.setDatabaseName(dbPath());
    QVERIFY(check.open());
    {
        QSqlQuery query(check);
        QVERIFY(query.exec(QStringLiteral("SELECT x FROM future_things")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("keep me"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 99);
    }
    check.close();
    check = {};
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestCacheDatabase::notADatabaseIsMovedAsideAndRebuilt() {
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Rebuilt);
    QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion);
    QVERIFY(db.damagedCopyPath().startsWith(dbPath() + QStringLiteral(".damaged-")));
    QCOMPARE(fileHash(db.damagedCopyPath()),
             QCryptographicHash::hash(QByteArray(4096, 'x'), QCryptographicHash::Sha256));
}

void TestCacheDatabase::damagedFileIsMovedAsideAndRebuilt() {
    {
        CacheDatabase db(dbPath());
        QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
        QVERIFY(db.unlock(key('k')));
        PlanningCache planning(&db);
        QList<careportal::Appointment> visits;
        for (int day = 1; day <= 28; ++day)
            visits.append(visit(QStringLiteral("a-%1").arg(day),
                                QDateTime(QDate(2021, 4, day), QTime(9, 0))));
        for (int month = 1; month <= 12; ++month)
            QVERIFY(planning.replace(QStringLiteral("c-1"), QDate(2021, month, 1), visits, "\"v\"",
                                     QDateTime::currentDateTime()));
        QSqlQuery checkpoint(db.database());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    // Scribble over a page in the middle of the file, as a failing disk would.
    {
        QFile file(dbPath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.seek(2 * 4096));
        file.write(QByteArray(4096, '\xA5'));
    }
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Rebuilt);
    QVERIFY(QFileInfo::exists(db.damagedCopyPath()));
    QVERIFY(db.unlock(key('k')));
    // A new, empty cache the sync can fill again.
    QCOMPARE(count(db, QStringLiteral("planning_months")), 0);
    QVERIFY(!PlanningCache(&db).load(QStringLiteral("c-1"), QDate(2021, 4, 1)).fetchedAt.isValid());
    QSqlQuery query(db.database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    // Logging out removes the damaged copy too: it holds (sealed) personal data.
    db.wipe();
    QVERIFY(!QFileInfo::exists(db.damagedCopyPath()));
}

void TestCacheDatabase::storeAndReadValues() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QCOMPARE(db.value(QStringLiteral("missing")), QByteArray());

    const QByteArray binary = QByteArray::fromHex("00ff10ab00");
    db.storeValue(QStringLiteral("binary"), binary);
    db.storeValue(QStringLiteral("account"), QByteArrayLiteral("first"));
    db.storeValue(QStringLiteral("account"), QByteArrayLiteral("second")); // replaces
    QCOMPARE(db.value(QStringLiteral("binary")), binary);
    QCOMPARE(db.value(QStringLiteral("account")), QByteArrayLiteral("second"));
    QCOMPARE(count(db, QStringLiteral("settings")), 2);
}

void TestCacheDatabase::sealedValuesNeedTheKey() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    db.storeSealedValue(QStringLiteral("account"), QByteArrayLiteral("locked"));
    QCOMPARE(db.value(QStringLiteral("account")), QByteArray()); // nothing stored while locked
    QVERIFY(db.unlock(key('k')));
    db.storeSealedValue(QStringLiteral("account"),
                        QByteArrayLiteral("{\"displayName\":\"C. Test\"}"));
    QCOMPARE(db.sealedValue(QStringLiteral("account")),
             QByteArrayLiteral("{\"displayName\":\"C. Test\"}"));
    QVERIFY(!db.value(QStringLiteral("account")).contains("C. Test"));
    db.lock();
    QCOMPARE(db.sealedValue(QStringLiteral("account")), QByteArray());
    // A sealed value is bound to its place: copied under another key it does not open.
    QVERIFY(db.unlock(key('k')));
    db.storeValue(QStringLiteral("other"), db.value(QStringLiteral("account")));
    QCOMPARE(db.sealedValue(QStringLiteral("other")), QByteArray());
}

void TestCacheDatabase::anotherKeyDropsWhatItCannotRead() {
    {
        CacheDatabase db(dbPath());
        QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
        QVERIFY(db.unlock(key('a')));
        db.storeValue(QStringLiteral("organisation"), QByteArrayLiteral("{}"));
        db.storeSealedValue(QStringLiteral("account"), QByteArrayLiteral("of key a"));
        QVERIFY(PlanningCache(&db).replace(
            QStringLiteral("c-1"), QDate(2021, 4, 1),
            {visit(QStringLiteral("a-1"), QDateTime(QDate(2021, 4, 14), QTime(9, 0)))}, "\"v\"",
            QDateTime::currentDateTime()));
    }
    // The keychain was reset: a new key cannot open the old data, so it goes.
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(db.unlock(key('b')));
    QCOMPARE(db.sealedValue(QStringLiteral("account")), QByteArray());
    QCOMPARE(count(db, QStringLiteral("planning_months")), 0);
    QCOMPARE(db.value(QStringLiteral("organisation")), QByteArrayLiteral("{}"));
    // The right key again after that finds nothing either (nothing to find), without harm.
    QVERIFY(!db.unlock(QByteArray(5, 'x')));
}

void TestCacheDatabase::noPersonalFieldInPlainTextOnDisk() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(db.unlock(key('k')));
    db.storeSealedValue(QStringLiteral("account"),
                        QByteArrayLiteral("{\"displayName\":\"mevrouw W. Zonnebloem\"}"));
    careportal::Appointment visit{QStringLiteral("visit-1"),
                                  QDateTime(QDate(2021, 4, 14), QTime(9, 0)),
                                  QDateTime(QDate(2021, 4, 14), QTime(10, 0)),
                                  QStringLiteral("PV Wondzorg"), QStringLiteral("Gerritdina")};
    QVERIFY(PlanningCache(&db).replace(QStringLiteral("client-w-zonnebloem"), QDate(2021, 4, 1),
                                       {visit}, "\"v\"", QDateTime::currentDateTime()));
    QByteArray onDisk;
    for (const QString &file : {dbPath(), dbPath() + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            onDisk += f.readAll();
    }
    QVERIFY(!onDisk.isEmpty());
    for (const QByteArray &needle :
         {QByteArray("Zonnebloem"), QByteArray("zonnebloem"), QByteArray("Gerritdina"),
          QByteArray("Wondzorg"), QByteArray("visit-1"), QByteArray("2021-04-14")})
        QVERIFY2(!onDisk.contains(needle), needle.constData());
}

void TestCacheDatabase::wipeKeepsOnlyOrganisation() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    QVERIFY(db.unlock(key('k')));
    db.storeValue(QStringLiteral("organisation"), QByteArrayLiteral("{\"name\":\"Axxicom\"}"));
    db.storeSealedValue(QStringLiteral("account"), QByteArrayLiteral("{\"accountId\":\"acc-1\"}"));
    db.storeValue(QStringLiteral("lastClient"), QByteArrayLiteral("c-1"));
    PlanningCache planning(&db);
    QVERIFY(
        planning.replace(QStringLiteral("c-1"), QDate(2021, 4, 1),
                         {visit(QStringLiteral("a-1"), QDateTime(QDate(2021, 4, 14), QTime(9, 0))),
                          visit(QStringLiteral("a-2"), QDateTime(QDate(2021, 4, 15), QTime(9, 0)))},
                         QByteArrayLiteral("\"v1\""), QDateTime::currentDateTime()));
    QCOMPARE(count(db, QStringLiteral("planning_months")), 1);

    db.wipe();

    QVERIFY(!db.isUnlocked()); // the key is forgotten with the data
    QCOMPARE(count(db, QStringLiteral("planning_months")), 0);
    QCOMPARE(count(db, QStringLiteral("settings")), 1);
    QCOMPARE(db.value(QStringLiteral("organisation")), QByteArrayLiteral("{\"name\":\"Axxicom\"}"));
    QCOMPARE(db.value(QStringLiteral("account")), QByteArray());
    QCOMPARE(db.value(QStringLiteral("lastClient")), QByteArray());
    QVERIFY(!planning.load(QStringLiteral("c-1"), QDate(2021, 4, 1)).fetchedAt.isValid());
    // The checkpoint leaves no personal data behind in the write-ahead log either.
    QCOMPARE(QFileInfo(dbPath() + QStringLiteral("-wal")).size(), 0);
}

void TestCacheDatabase::switchToMemoryLeavesTheFileAlone() {
    CacheDatabase db(dbPath());
    QCOMPARE(db.open(), CacheDatabase::OpenResult::Ok);
    db.storeValue(QStringLiteral("organisation"), QByteArrayLiteral("{}"));
    QSqlQuery checkpoint(db.database());
    QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    checkpoint.finish();
    const QByteArray before = fileHash(dbPath());
    db.switchToMemory();
    QVERIFY(db.isInMemory());
    QCOMPARE(db.schemaVersion(), CacheDatabase::latestVersion);
    QVERIFY(db.unlock(key('k')));
    db.storeSealedValue(QStringLiteral("account"), QByteArrayLiteral("memory only"));
    QCOMPARE(db.sealedValue(QStringLiteral("account")), QByteArrayLiteral("memory only"));
    QCOMPARE(fileHash(dbPath()), before);
}

void TestCacheDatabase::inMemory() {
    CacheDatabase first(QStringLiteral(":memory:"));
    CacheDatabase second(QStringLiteral(":memory:"));
    QCOMPARE(first.open(), CacheDatabase::OpenResult::Ok);
    QCOMPARE(second.open(), CacheDatabase::OpenResult::Ok);
    QCOMPARE(first.schemaVersion(), CacheDatabase::latestVersion);
    first.storeValue(QStringLiteral("account"), QByteArrayLiteral("memory only"));
    QCOMPARE(first.value(QStringLiteral("account")), QByteArrayLiteral("memory only"));
    QCOMPARE(second.value(QStringLiteral("account")), QByteArray()); // separate connections
    QVERIFY(!QFileInfo::exists(QDir::current().filePath(QStringLiteral(":memory:"))));
}

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
