// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/cachedatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDb, "careportal.db")

namespace careportal {

namespace {

const QString kMemory = QStringLiteral(":memory:");
const QString kKeyCheck = QStringLiteral("key-check");
const QByteArray kKeyCheckText = QByteArrayLiteral("CarePortal cache");
const QString kDamagedInfix = QStringLiteral(".damaged-");

QStringList companions(const QString &path) {
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

void restrictToOwner(const QString &path) {
    for (const QString &file : companions(path)) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

QByteArray settingContext(const QString &key) {
    return QByteArrayLiteral("settings:") + key.toUtf8();
}

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("careportal-cache-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_inMemory(m_path == kMemory) {}

CacheDatabase::~CacheDatabase() {
    disconnect();
}

QSqlDatabase CacheDatabase::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

bool CacheDatabase::exec(const QString &statement) {
    QSqlQuery query(database());
    if (!query.exec(statement)) {
        qCWarning(lcDb) << "SQL failed:" << statement << query.lastError().text();
        return false;
    }
    return true;
}

bool CacheDatabase::connect(const QString &databaseName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databaseName);
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open cache" << databaseName << db.lastError().text();
        return false;
    }
    return true;
}

void CacheDatabase::disconnect() {
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

CacheDatabase::OpenResult CacheDatabase::open() {
    if (m_inMemory) {
        if (!connect(kMemory) || !migrate(schemaVersion()))
            return OpenResult::Failed;
        return OpenResult::Ok;
    }
    const OpenResult first = openFile();
    if (first != OpenResult::Failed || !QFile::exists(m_path))
        return first;
    // Damaged or no database at all: keep it for inspection, start a new one, and let
    // the sync fill it again from the server.
    disconnect();
    moveAside();
    return openFile() == OpenResult::Ok ? OpenResult::Rebuilt : OpenResult::Failed;
}

CacheDatabase::OpenResult CacheDatabase::openFile() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Create the file owner-only before SQLite writes anything into it.
    QFile file(m_path);
    if (!file.exists() && file.open(QIODevice::WriteOnly))
        file.close();
    restrictToOwner(m_path);
    if (!connect(m_path))
        return OpenResult::Failed;
    // Read the version before anything writes: a newer cache must stay exactly as it is,
    // and a file that is no database at all must not reach the migrations.
    const int version = schemaVersion();
    if (version < 0 || !isIntact()) {
        qCWarning(lcDb) << "cache is damaged" << m_path;
        return OpenResult::Failed;
    }
    if (version > latestVersion) {
        qCWarning(lcDb) << "cache schema" << version << "is newer than this app knows";
        return OpenResult::SchemaTooNew;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // FULL: a queued write the user was told is kept must survive a crash or power cut.
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA secure_delete=ON"));
    if (!migrate(version))
        return OpenResult::Failed;
    restrictToOwner(m_path);
    return OpenResult::Ok;
}

bool CacheDatabase::isIntact() const {
    QSqlQuery query(database());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() &&
           query.value(0).toString() == QLatin1String("ok");
}

void CacheDatabase::moveAside() {
    m_damagedCopy = m_path + kDamagedInfix +
                    QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    const QStringList from = companions(m_path);
    const QStringList to = companions(m_damagedCopy);
    for (qsizetype i = 0; i < from.size(); ++i) {
        if (QFile::exists(from[i]) && !QFile::rename(from[i], to[i]))
            QFile::remove(from[i]);
    }
    qCWarning(lcDb) << "damaged cache moved to" << m_damagedCopy;
}

void CacheDatabase::switchToMemory() {
    if (m_inMemory)
        return;
    disconnect();
    m_inMemory = true;
    if (!connect(kMemory) || !migrate(0))
        qCWarning(lcDb) << "cannot start the in-memory cache";
}

int CacheDatabase::schemaVersion() const {
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool CacheDatabase::migrate(int from) {
    using Step = bool (CacheDatabase::*)();
    static const Step steps[] = {&CacheDatabase::migrateTo1, &CacheDatabase::migrateTo2};
    static_assert(std::size(steps) == latestVersion);
    if (from < 0)
        return false;
    for (int version = from; version < latestVersion; ++version) {
        QSqlDatabase db = database();
        db.transaction();
        const bool ok = (this->*steps[version])() &&
                        exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcDb) << "migration to" << version + 1 << "failed";
            return false;
        }
        qCInfo(lcDb) << "cache migrated to version" << version + 1;
    }
    return true;
}

bool CacheDatabase::migrateTo1() {
    return exec(QStringLiteral(
               "CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)")) &&
           exec(
               QStringLiteral("CREATE TABLE appointments ("
                              " client_id TEXT NOT NULL, month TEXT NOT NULL, id TEXT NOT NULL,"
                              " start TEXT NOT NULL, end TEXT NOT NULL, start_utc INTEGER NOT NULL,"
                              " help_type TEXT NOT NULL, carer_name TEXT NOT NULL,"
                              " PRIMARY KEY (client_id, id))")) &&
           exec(QStringLiteral("CREATE INDEX appointments_by_month ON appointments (client_id, "
                               "month, start_utc)")) &&
           exec(QStringLiteral("CREATE TABLE planning_months ("
                               " client_id TEXT NOT NULL, month TEXT NOT NULL, etag BLOB,"
                               " fetched_at INTEGER NOT NULL, PRIMARY KEY (client_id, month))"));
}

// Version 2: personal data sealed. Version 1 kept visits in plain text; they are dropped
// (secure_delete overwrites them) and fetched again. A month of planning and each list
// (contact details, contact persons, contact requests) is one sealed payload under a
// keyed hash of the client id; the outbox keeps the writes the user queued, in order.
bool CacheDatabase::migrateTo2() {
    return exec(QStringLiteral("DROP TABLE appointments")) &&
           exec(QStringLiteral("DROP TABLE planning_months")) &&
           exec(QStringLiteral("DELETE FROM settings WHERE key <> 'organisation'")) &&
           exec(QStringLiteral("CREATE TABLE planning_months ("
                               " client_key BLOB NOT NULL, month TEXT NOT NULL, etag BLOB,"
                               " fetched_at INTEGER NOT NULL, payload BLOB NOT NULL,"
                               " PRIMARY KEY (client_key, month))")) &&
           exec(QStringLiteral("CREATE TABLE documents ("
                               " client_key BLOB NOT NULL, kind TEXT NOT NULL, etag BLOB,"
                               " fetched_at INTEGER NOT NULL, payload BLOB NOT NULL,"
                               " PRIMARY KEY (client_key, kind))")) &&
           exec(QStringLiteral("CREATE TABLE outbox ("
                               " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               " client_key BLOB NOT NULL, kind TEXT NOT NULL,"
                               " state TEXT NOT NULL, queued_at INTEGER NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " payload BLOB NOT NULL, problem BLOB)"));
}

bool CacheDatabase::unlock(const QByteArray &key) {
    if (!m_cipher.setKey(key))
        return false;
    const auto check = m_cipher.open(value(kKeyCheck), settingContext(kKeyCheck));
    if (check && *check == kKeyCheckText)
        return true;
    // Sealed under another key, or never sealed: nothing of it can be trusted or read.
    removePersonalData(Wipe::Everything);
    storeValue(kKeyCheck, m_cipher.seal(kKeyCheckText, settingContext(kKeyCheck)));
    return true;
}

void CacheDatabase::removePersonalData(Wipe what) {
    QSqlDatabase db = database();
    db.transaction();
    exec(QStringLiteral("DELETE FROM planning_months"));
    exec(QStringLiteral("DELETE FROM documents"));
    if (what == Wipe::Everything) {
        exec(QStringLiteral("DELETE FROM outbox"));
        exec(QStringLiteral("DELETE FROM settings WHERE key <> 'organisation'"));
    } else {
        // The key stays, so its check stays too, and so does who the writes belong to.
        exec(QStringLiteral("DELETE FROM settings WHERE key NOT IN ('organisation', "
                            "'outbox-owner', 'key-check')"));
    }
    db.commit();
}

void CacheDatabase::claimQueuedWrites(const QString &accountId) {
    if (!isUnlocked())
        return;
    const QByteArray owner = m_cipher.blind(accountId).toHex();
    const QByteArray previous = value(QStringLiteral("outbox-owner"));
    if (!previous.isEmpty() && previous != owner)
        exec(QStringLiteral("DELETE FROM outbox"));
    storeValue(QStringLiteral("outbox-owner"), owner);
}

void CacheDatabase::wipe(Wipe what) {
    removePersonalData(what);
    if (what == Wipe::Everything)
        m_cipher.clear(); // kept otherwise: the same user's next login reads the writes
    if (m_inMemory)
        return;
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QFileInfo file(m_path);
    const QStringList damaged =
        file.dir().entryList({file.fileName() + kDamagedInfix + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : damaged)
        QFile::remove(file.dir().filePath(name));
}

void CacheDatabase::storeValue(const QString &key, const QByteArray &value) {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcDb) << "cannot store" << key << query.lastError().text();
}

QByteArray CacheDatabase::value(const QString &key) const {
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return {};
}

void CacheDatabase::storeSealedValue(const QString &key, const QByteArray &value) {
    if (!isUnlocked())
        return;
    storeValue(key, m_cipher.seal(value, settingContext(key)));
}

QByteArray CacheDatabase::sealedValue(const QString &key) const {
    return m_cipher.open(value(key), settingContext(key)).value_or(QByteArray());
}

} // namespace careportal
