// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "database.h"

#include "logging/logcategories.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>
#include <chrono>
#include <sqlite3.h>
#include <thread>

namespace careportal::server {

namespace {

QAtomicInteger<int> s_instanceCounter;
QAtomicInteger<int> s_connectionCounter;

void closeConnection(const QString &name) {
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

/// One thread's connection names, keyed by Database prefix (a thread may talk to more than
/// one Database in tests). Removing them when the thread ends keeps QSqlDatabase's global
/// registry from filling up with dead threads' handles.
struct ThreadConnections {
    QHash<QString, QString> names;
    QHash<QString, int> transactionDepths;
    /// Kept prepared statements, per Database prefix and SQL text; they go before their
    /// connection does.
    QHash<QString, QHash<QString, QSqlQuery>> statements;
    /// Statements prepared straight on SQLite (Database::rawStatement), likewise.
    QHash<QString, QHash<QByteArray, sqlite3_stmt *>> rawStatements;
    ~ThreadConnections() {
        statements.clear();
        for (const QString &prefix : rawStatements.keys())
            finalizeRaw(prefix);
        for (const QString &name : std::as_const(names))
            closeConnection(name);
    }

    /// Finalises the raw statements of one Database: SQLite cannot close a connection that
    /// still has statements.
    void finalizeRaw(const QString &prefix) {
        for (sqlite3_stmt *statement : rawStatements.take(prefix))
            sqlite3_finalize(statement);
    }
};

constexpr qsizetype kMaxKeptStatements = 256;

QThreadStorage<ThreadConnections *> s_threadConnections;

constexpr QFileDevice::Permissions kOwnerOnlyFile =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

/// Creates the file 0600 before SQLite sees it, or tightens an existing one: SQLite gives
/// its -wal and -shm files the database file's mode, so this covers those too.
bool ensurePrivateFile(const QString &path, QString *errorMessage) {
    QFile file(path);
    const bool ok =
        file.exists()
            ? (file.permissions() & ~kOwnerOnlyFile) == 0 || file.setPermissions(kOwnerOnlyFile)
            : file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile);
    if (!ok)
        *errorMessage = QStringLiteral("Cannot make %1 private: %2").arg(path, file.errorString());
    return ok;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("careportal-db-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    // Other threads' connections go with their threads; this one's goes with us.
    if (s_threadConnections.hasLocalData()) {
        s_threadConnections.localData()->transactionDepths.remove(m_prefix);
        s_threadConnections.localData()->statements.remove(m_prefix);
        s_threadConnections.localData()->finalizeRaw(m_prefix);
        const QString name = s_threadConnections.localData()->names.take(m_prefix);
        if (!name.isEmpty())
            closeConnection(name);
    }
}

bool Database::prepareDirectory(const QString &dir, QString *errorMessage) {
    const QFileInfo info(dir);
    if (info.isDir()) {
        if (info.permissions() &
            (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther))
            qCWarning(lcDb) << "Data directory" << dir << "is accessible to other users";
        return true;
    }
    // Parents as usual; the data directory itself 0700, set by mkdir(2), never widened.
    const bool ok =
        QDir().mkpath(info.absolutePath()) &&
        QDir().mkdir(info.absoluteFilePath(),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!ok)
        *errorMessage = QStringLiteral("Cannot create data directory %1").arg(dir);
    return ok;
}

bool Database::initialise(QString *errorMessage) {
    if (!ensurePrivateFile(m_path, errorMessage))
        return false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *errorMessage =
            QStringLiteral("Cannot open database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!Migrations::run(db, errorMessage))
        return false;
    // Belt and braces for companions left by an older server under a looser mode.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = m_path + QLatin1String(suffix);
        if (QFile::exists(companion) && !ensurePrivateFile(companion, errorMessage))
            return false;
    }
    return true;
}

namespace {

ThreadConnections *threadConnections() {
    if (!s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(new ThreadConnections);
    return s_threadConnections.localData();
}

} // namespace

int &Database::transactionDepth() {
    return threadConnections()->transactionDepths[m_prefix];
}

std::optional<QSqlQuery> Database::takeStatement(const QString &sql) {
    auto &kept = threadConnections()->statements[m_prefix];
    const auto it = kept.find(sql);
    if (it == kept.end())
        return std::nullopt;
    QSqlQuery statement = std::move(it.value());
    kept.erase(it);
    return statement;
}

void Database::keepStatement(const QString &sql, QSqlQuery &&statement) {
    auto &kept = threadConnections()->statements[m_prefix];
    if (kept.size() < kMaxKeptStatements && !kept.contains(sql))
        kept.emplace(sql, std::move(statement));
}

sqlite3_stmt *Database::rawStatement(const char *sql) {
    auto &kept = threadConnections()->rawStatements[m_prefix];
    const QByteArray key(sql);
    if (sqlite3_stmt *statement = kept.value(key))
        return statement;
    sqlite3 *db = handle();
    sqlite3_stmt *statement = nullptr;
    if (!db || sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
                   SQLITE_OK) {
        qCWarning(lcDb) << "Prepare failed:" << (db ? sqlite3_errmsg(db) : "no connection") << sql;
        sqlite3_finalize(statement);
        return nullptr;
    }
    kept.insert(key, statement);
    return statement;
}

QSqlDatabase Database::connection() {
    ThreadConnections *connections = threadConnections();
    const QString existing = connections->names.value(m_prefix);
    if (!existing.isEmpty())
        return QSqlDatabase::database(existing, false);

    const QString name = m_prefix + QString::number(s_connectionCounter.fetchAndAddRelaxed(1));
    connections->names.insert(m_prefix, name);
    return open(name);
}

namespace {

constexpr int kBusyRampTries = 20;
constexpr int kBusyTries = kBusyRampTries + 5000; // about 5 s in all

// SQLite's busy timeout sleeps 1, 2, 5, 10 … 100 ms between tries: a writer that just missed
// the lock, which is held for well under a millisecond, slept for milliseconds, and under
// load those sleeps were the server's tail latency (2,900 sleeps of 2 ms on average in 4 s of
// a load test). Retry after 50 µs, growing to 1 ms, for about 5 s as before.
int retryWhenBusy(void *, int tries) {
    if (tries >= kBusyTries)
        return 0;
    const int micros = tries < kBusyRampTries ? 50 * (tries + 1) : 1000;
    std::this_thread::sleep_for(std::chrono::microseconds(micros));
    return 1;
}

sqlite3 *sqliteOf(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void installBusyHandler(const QSqlDatabase &db) {
    if (auto *sqlite = sqliteOf(db))
        sqlite3_busy_handler(sqlite, retryWhenBusy, nullptr);
}

} // namespace

sqlite3 *Database::handle() {
    const QSqlDatabase db = connection();
    return db.isOpen() ? sqliteOf(db) : nullptr;
}

QSqlDatabase Database::open(const QString &connectionName) const {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(m_path);
    // SQLite's own wait for a lock, so two threads writing at once queue instead of failing.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(lcDb) << "Cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery pragma(db);
    // No mmap_size: every request writes an access-log row, and a connection that sees
    // another's write unmaps its whole mapping at its next read (a munmap with a TLB
    // shootdown, 3.5 % of the month GET under perf); pread() from the page cache is cheaper.
    for (const char *statement :
         {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            qCWarning(lcDb) << statement << pragma.lastError().text();
    }
    if (m_autoCheckpoint.loadRelaxed() == 0 &&
        !pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        qCWarning(lcDb) << "wal_autocheckpoint" << pragma.lastError().text();
    installBusyHandler(db);
    return db;
}

} // namespace careportal::server
