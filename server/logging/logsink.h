// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace careportal::server {

/// Where the server's log lines go (stderr, the journal under systemd), written in groups:
/// one write() per line was one system call per request, a tenth of the month GET's time
/// (the access line of every request). Lines wait at most `maxDelay` (or until `maxBytes`
/// are buffered); an urgent line (a warning or worse) is written at once, with everything
/// before it, so the order stays and a problem is never held back. What waits is lost only
/// if the process is killed outright; the NEN 7513 access log does not depend on it.
class LogSink {
public:
    LogSink(int fd, std::chrono::milliseconds maxDelay, std::size_t maxBytes);
    /// Writes what waits.
    ~LogSink();
    LogSink(const LogSink &) = delete;
    LogSink &operator=(const LogSink &) = delete;

    /// Queues `line` (with its newline); writes it and all before it now when `urgent`.
    void add(std::string_view line, bool urgent);
    /// Writes everything queued, on the calling thread.
    void flush();
    /// Writes everything queued and, from now on, every line as it comes (at exit, when
    /// nothing may be left waiting for a thread that is about to end).
    void writeImmediately();

private:
    void run();
    void writeLocked();

    const int m_fd;
    const std::chrono::milliseconds m_maxDelay;
    const std::size_t m_maxBytes;
    std::mutex m_mutex; // guards the members below and the writing, so groups never interleave
    std::condition_variable m_wake;
    std::string m_pending;
    bool m_stopping = false;
    bool m_immediate = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace careportal::server
