// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "walcheckpointer.h"

#include "database.h"
#include "logging/logcategories.h"

#include <sqlite3.h>

namespace careportal::server {

namespace {

constexpr int kRestartFrames = 4096; // 16 MiB of 4 KiB pages

} // namespace

WalCheckpointer::WalCheckpointer(Database &database, std::chrono::milliseconds interval)
    : m_database(database)
    , m_interval(interval)
    , m_thread([this] { run(); }) {
    m_database.setAutoCheckpoint(false);
}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    m_database.setAutoCheckpoint(true);
}

bool WalCheckpointer::checkpoint() {
    sqlite3 *handle = m_database.handle();
    if (!handle)
        return false;
    int logFrames = 0;
    int copiedFrames = 0;
    int result = sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logFrames,
                                           &copiedFrames);
    // Under a steady stream of commits a passive checkpoint never finds the log wholly
    // copied at the moment a writer starts, so the log is never begun again and grows
    // without end (half a gigabyte in an 8 s bench). Past kRestartFrames, RESTART waits for
    // the readers of older frames and holds new writers until the few frames the passive
    // runs left are copied, so the next commit starts the log from its beginning.
    if (result == SQLITE_OK && logFrames > kRestartFrames)
        result = sqlite3_wal_checkpoint_v2(handle, nullptr, SQLITE_CHECKPOINT_RESTART, &logFrames,
                                           &copiedFrames);
    if (result != SQLITE_OK && result != SQLITE_BUSY) {
        qCWarning(lcDb) << "Checkpoint failed:" << sqlite3_errmsg(handle);
        return false;
    }
    return true;
}

void WalCheckpointer::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_interval, [this] { return m_stopping; });
        lock.unlock();
        (void)checkpoint(); // also the last one, when stopping
        lock.lock();
    }
}

} // namespace careportal::server
