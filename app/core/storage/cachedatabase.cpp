#include "cachedatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDb, "careportal.db")

namespace careportal {

namespace {

void restrictToOwner(const QString &path) {
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        if (QFile::exists(file))
            QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("careportal-cache-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

CacheDatabase::~CacheDatabase() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
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

CacheDatabase::OpenResult CacheDatabase::open() {
    const bool inMemory = m_path == QLatin1String(":memory:");
    if (!inMemory) {
        QDir().mkpath(QFileInfo(m_path).absolutePath());
        // Create the file owner-only before SQLite writes anything personal into it.
        QFile file(m_path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.close();
        restrictToOwner(m_path);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open cache" << m_path << db.lastError().text();
        return OpenResult::Failed;
    }
    // Read the version before anything writes: a newer cache must stay exactly as it is,
    // and a file that is no database at all must not reach the migrations.
    const int version = schemaVersion();
    if (version < 0) {
        qCWarning(lcDb) << "cache is unreadable" << m_path;
        return OpenResult::Failed;
    }
    if (version > latestVersion) {
        qCWarning(lcDb) << "cache schema" << version << "is newer than this app knows";
        return OpenResult::SchemaTooNew;
    }
    exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA secure_delete=ON"));
    if (!migrate(version))
        return OpenResult::Failed;
    if (!inMemory)
        restrictToOwner(m_path);
    return OpenResult::Ok;
}

int CacheDatabase::schemaVersion() const {
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool CacheDatabase::migrate(int from) {
    using Step = bool (CacheDatabase::*)();
    static const Step steps[] = {&CacheDatabase::migrateTo1};
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

void CacheDatabase::wipe() {
    QSqlDatabase db = database();
    db.transaction();
    exec(QStringLiteral("DELETE FROM appointments"));
    exec(QStringLiteral("DELETE FROM planning_months"));
    exec(QStringLiteral("DELETE FROM settings WHERE key <> 'organisation'"));
    db.commit();
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
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

} // namespace careportal
