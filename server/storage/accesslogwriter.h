// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "records.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace careportal::server {

class AccessLogStore;

/// Commits access-log rows on a thread of its own, in groups of whatever queued during the
/// previous commit, so a read's handler thread does not wait for the commit: SessionGuard
/// hands it the row and the answer, and the answer goes out only from `committed` (a 500
/// instead when the row could not be written). No access is answered before its row is
/// committed, as with AccessLogStore::append(); only the waiting moved off the handler
/// threads. With the write made synchronous the month GET answered 8.5 k/s, with it
/// removed 17–22 k/s: the handlers queued behind one committer, often preempted on a busy
/// machine.
class AccessLogWriter {
public:
    using Committed = std::function<void(bool ok)>;

    explicit AccessLogWriter(AccessLogStore &store);
    ~AccessLogWriter();
    AccessLogWriter(const AccessLogWriter &) = delete;
    AccessLogWriter &operator=(const AccessLogWriter &) = delete;

    /// Queues the row; `committed` runs on the writer's thread once its group is committed
    /// (true) or failed (false). After stop() the row is written on the caller's thread.
    void append(AccessLogRecord record, Committed committed);
    /// Commits what is queued and ends the thread (the server calls it when it stops, while
    /// the answers' connections can still be posted to).
    void stop();

private:
    using Queued = std::pair<AccessLogRecord, Committed>;
    void run();
    void commit(std::vector<Queued> &group);

    AccessLogStore &m_store;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Queued> m_queue;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace careportal::server
