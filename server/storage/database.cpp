#include "database.h"

#include "logging/logcategories.h"
#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>

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
    ~ThreadConnections() {
        for (const QString &name : std::as_const(names))
            closeConnection(name);
    }
};

QThreadStorage<ThreadConnections *> s_threadConnections;

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("careportal-db-%1-").arg(s_instanceCounter.fetchAndAddRelaxed(1))) {}

Database::~Database() {
    // Other threads' connections go with their threads; this one's goes with us.
    if (s_threadConnections.hasLocalData()) {
        const QString name = s_threadConnections.localData()->names.take(m_prefix);
        if (!name.isEmpty())
            closeConnection(name);
    }
}

bool Database::initialise(QString *errorMessage) {
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *errorMessage =
            QStringLiteral("Cannot open database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    return Migrations::run(db, errorMessage);
}

QSqlDatabase Database::connection() {
    if (!s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(new ThreadConnections);
    ThreadConnections *connections = s_threadConnections.localData();
    const QString existing = connections->names.value(m_prefix);
    if (!existing.isEmpty())
        return QSqlDatabase::database(existing, false);

    const QString name = m_prefix + QString::number(s_connectionCounter.fetchAndAddRelaxed(1));
    connections->names.insert(m_prefix, name);
    return open(name);
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
    for (const char *statement : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                  "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"}) {
        if (!pragma.exec(QString::fromLatin1(statement)))
            qCWarning(lcDb) << statement << pragma.lastError().text();
    }
    return db;
}

} // namespace careportal::server
