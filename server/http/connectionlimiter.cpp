// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectionlimiter.h"

#include <utility>

namespace careportal::server {

ConnectionLimiter::ConnectionLimiter(int maxTotal, int maxPerAddress)
    : m_maxTotal(maxTotal)
    , m_maxPerAddress(maxPerAddress) {}

ConnectionLimiter::Ticket ConnectionLimiter::admit(const std::string &address,
                                                   bool anyNumberFromAddress) {
    const std::lock_guard lock(m_mutex);
    int &fromAddress = m_perAddress[address];
    if (m_total >= m_maxTotal || (fromAddress >= m_maxPerAddress && !anyNumberFromAddress)) {
        if (fromAddress == 0)
            m_perAddress.erase(address);
        ++m_refused;
        return {};
    }
    ++fromAddress;
    ++m_total;
    return {this, address};
}

void ConnectionLimiter::release(const std::string &address) {
    const std::lock_guard lock(m_mutex);
    --m_total;
    const auto it = m_perAddress.find(address);
    if (it != m_perAddress.end() && --it->second <= 0)
        m_perAddress.erase(it); // the map holds only addresses with open connections
}

int ConnectionLimiter::open() const {
    const std::lock_guard lock(m_mutex);
    return m_total;
}

int ConnectionLimiter::openFrom(const std::string &address) const {
    const std::lock_guard lock(m_mutex);
    const auto it = m_perAddress.find(address);
    return it == m_perAddress.end() ? 0 : it->second;
}

int ConnectionLimiter::takeRefusedCount() {
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_refused, 0);
}

ConnectionLimiter::Ticket::Ticket(ConnectionLimiter *limiter, std::string address)
    : m_limiter(limiter)
    , m_address(std::move(address)) {}

ConnectionLimiter::Ticket::Ticket(Ticket &&other) noexcept
    : m_limiter(std::exchange(other.m_limiter, nullptr))
    , m_address(std::move(other.m_address)) {}

ConnectionLimiter::Ticket &ConnectionLimiter::Ticket::operator=(Ticket &&other) noexcept {
    if (this != &other) {
        release();
        m_limiter = std::exchange(other.m_limiter, nullptr);
        m_address = std::move(other.m_address);
    }
    return *this;
}

ConnectionLimiter::Ticket::~Ticket() {
    release();
}

void ConnectionLimiter::Ticket::release() {
    if (m_limiter)
        std::exchange(m_limiter, nullptr)->release(m_address);
}

} // namespace careportal::server
