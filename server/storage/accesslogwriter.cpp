// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accesslogwriter.h"

#include "accesslogstore.h"

namespace careportal::server {

AccessLogWriter::AccessLogWriter(AccessLogStore &store)
    : m_store(store)
    , m_thread([this] { run(); }) {}

AccessLogWriter::~AccessLogWriter() {
    stop();
}

void AccessLogWriter::append(AccessLogRecord record, Committed committed) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopping) {
            m_queue.emplace_back(std::move(record), std::move(committed));
            m_wake.notify_one();
            return;
        }
    }
    committed(m_store.append(record));
}

void AccessLogWriter::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void AccessLogWriter::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopping, and everything queued is committed
        std::vector<Queued> group;
        group.swap(m_queue);
        lock.unlock();
        commit(group);
        lock.lock();
    }
}

void AccessLogWriter::commit(std::vector<Queued> &group) {
    std::vector<AccessLogRecord> rows;
    rows.reserve(group.size());
    for (const Queued &queued : group)
        rows.push_back(queued.first);
    const bool ok = m_store.appendGroup(rows);
    for (Queued &queued : group)
        queued.second(ok);
}

} // namespace careportal::server
