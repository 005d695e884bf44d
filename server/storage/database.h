// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace careportal::server {

/// The SQLite file of the server. QtSql connections may only be used by the thread that
/// opened them, and handlers run on a pool of threads (HttpServer), so every thread gets
/// its own named connection on first use (WAL lets their readers and the writer overlap).
class Database {
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens the file and brings the schema to Migrations::latestVersion(). Refuses a file
    /// written by a newer server rather than guessing at its schema. The file (and its
    /// -wal/-shm companions) is created, or tightened, to mode 0600 whatever the umask.
    [[nodiscard]] bool initialise(QString *errorMessage);

    /// Creates `dir` (and missing parents) with mode 0700 for the data directory. An
    /// existing directory is left as it is (it may be one the operator chose to share), but
    /// a warning names group/other access.
    [[nodiscard]] static bool prepareDirectory(const QString &dir, QString *errorMessage);

    /// This thread's connection, opened (and tuned) on first use.
    [[nodiscard]] QSqlDatabase connection();
    /// How many Transaction levels this thread has open on its connection (see Transaction).
    [[nodiscard]] int &transactionDepth();

    /// A statement this thread prepared for `sql` on its connection and kept (see
    /// CachedQuery): parsing is a fifth of a simple request's time, so each thread parses a
    /// statement once. nullopt when none is kept; the caller owns it until it keeps it again.
    [[nodiscard]] std::optional<QSqlQuery> takeStatement(const QString &sql);
    /// Keeps a finished statement for this thread's next use of `sql`.
    void keepStatement(const QString &sql, QSqlQuery &&statement);

    /// The SQLite handle under this thread's connection, for the few statements that are
    /// too hot for QSqlQuery's per-value overhead (AccessLogStore's insert); nullptr when
    /// the connection is not open.
    [[nodiscard]] sqlite3 *handle();
    /// `sql` prepared once on this thread's connection and kept until the connection closes
    /// (nullptr when it cannot be prepared). The caller binds, steps and resets it before
    /// its next use; it must not be used twice at once, so never in a loop over its own rows.
    [[nodiscard]] sqlite3_stmt *rawStatement(const char *sql);

    [[nodiscard]] QString path() const { return m_path; }

    /// Whether commits checkpoint the write-ahead log themselves (SQLite's default), for
    /// connections opened from now on; WalCheckpointer turns it off while it runs.
    void setAutoCheckpoint(bool on) { m_autoCheckpoint.storeRelaxed(on ? 1 : 0); }

private:
    [[nodiscard]] QSqlDatabase open(const QString &connectionName) const;

    QString m_path;
    QString m_prefix; // unique per Database so two instances in one process never share
    QAtomicInteger<int> m_autoCheckpoint = 1;
};

} // namespace careportal::server
