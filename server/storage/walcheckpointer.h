// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace careportal::server {

class Database;

/// Copies the database's write-ahead log back into the main file on a thread of its own.
/// SQLite does it by default in whichever commit pushes the log past 1000 pages: that
/// was the access-log writer's, and its two fdatasyncs held every answer waiting for the
/// group (p99 of the month GET 6.5 ms with it, 3.2 ms without, on a quiet machine). Here
/// the commits only append, and a PASSIVE checkpoint every `interval` neither waits for
/// readers nor blocks writers, so the log stays a few seconds of writes long.
class WalCheckpointer {
public:
    /// Turns the commits' own checkpoints off for the server's connections
    /// (Database::setAutoCheckpoint) and starts checkpointing every `interval`.
    WalCheckpointer(Database &database, std::chrono::milliseconds interval);
    /// Checkpoints once more and ends the thread.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Checkpoints now, on the calling thread; false when SQLite reports an error.
    bool checkpoint();

private:
    void run();

    Database &m_database;
    const std::chrono::milliseconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace careportal::server
