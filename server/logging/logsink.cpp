// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logsink.h"

#include <cerrno>
#include <unistd.h>

namespace careportal::server {

LogSink::LogSink(int fd, std::chrono::milliseconds maxDelay, std::size_t maxBytes)
    : m_fd(fd)
    , m_maxDelay(maxDelay)
    , m_maxBytes(maxBytes)
    , m_thread([this] { run(); }) {}

LogSink::~LogSink() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    flush();
}

void LogSink::add(std::string_view line, bool urgent) {
    std::lock_guard lock(m_mutex);
    const bool wasEmpty = m_pending.empty();
    m_pending.append(line);
    if (urgent || m_immediate || m_pending.size() >= m_maxBytes)
        writeLocked();
    else if (wasEmpty)
        m_wake.notify_one(); // the writer starts the delay for this group
}

void LogSink::flush() {
    std::lock_guard lock(m_mutex);
    writeLocked();
}

void LogSink::writeImmediately() {
    std::lock_guard lock(m_mutex);
    m_immediate = true;
    writeLocked();
}

void LogSink::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
        // The group's first line waits at most maxDelay; lines after it wait less.
        m_wake.wait_for(lock, m_maxDelay, [this] { return m_stopping || m_pending.empty(); });
        writeLocked();
    }
}

void LogSink::writeLocked() {
    std::size_t written = 0;
    while (written < m_pending.size()) {
        const ssize_t n = ::write(m_fd, m_pending.data() + written, m_pending.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // nowhere to write to (a closed stderr): the lines are dropped, not kept
        written += static_cast<std::size_t>(n);
    }
    m_pending.clear();
}

} // namespace careportal::server
