// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace careportal::server {

/// Counts open connections in total and per peer address, so that one address (or a crowd)
/// cannot open more than the server is willing to hold. Thread-safe: connections end on
/// whichever I/O thread ran them.
class ConnectionLimiter {
public:
    ConnectionLimiter(int maxTotal, int maxPerAddress);

    /// One admitted connection; ends its count when destroyed. Movable, not copyable.
    class Ticket {
    public:
        Ticket() = default;
        Ticket(ConnectionLimiter *limiter, std::string address);
        Ticket(Ticket &&other) noexcept;
        Ticket &operator=(Ticket &&other) noexcept;
        Ticket(const Ticket &) = delete;
        Ticket &operator=(const Ticket &) = delete;
        ~Ticket();

        [[nodiscard]] bool admitted() const { return m_limiter != nullptr; }
        [[nodiscard]] const std::string &address() const { return m_address; }

    private:
        void release();

        ConnectionLimiter *m_limiter = nullptr;
        std::string m_address;
    };

    /// A ticket that is admitted() when both limits leave room for one more connection;
    /// `anyNumberFromAddress` (a trusted front proxy) lifts the per-address limit.
    [[nodiscard]] Ticket admit(const std::string &address, bool anyNumberFromAddress = false);

    [[nodiscard]] int open() const;
    [[nodiscard]] int openFrom(const std::string &address) const;
    /// Connections refused since the last call (for a rate-limited log line).
    [[nodiscard]] int takeRefusedCount();

private:
    void release(const std::string &address);

    const int m_maxTotal;
    const int m_maxPerAddress;
    mutable std::mutex m_mutex;
    int m_total = 0;
    int m_refused = 0;
    std::unordered_map<std::string, int> m_perAddress;
};

} // namespace careportal::server
