// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <boost/asio/ip/address.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careportal::server {

/// The front proxies (HAProxy, a load balancer) whose X-Forwarded-For the server believes.
/// Behind a proxy every connection comes from the proxy's address, so the login and
/// registration limits per address, the access log and the log lines would all name the
/// proxy; with the proxy listed here they name the client the proxy saw. A header from any
/// other peer is ignored: anyone can send one.
///
/// Why X-Forwarded-For and not the PROXY protocol: HAProxy in HTTP mode reuses its
/// connections to the server for requests of different clients, so the client is a
/// property of the request, not of the connection.
class TrustedProxies {
public:
    /// Addresses ("203.0.113.5", "::1") and networks ("10.0.0.0/8", "fd00::/8"), each entry
    /// possibly a comma-separated list. nullopt, with the entry named, on anything else.
    [[nodiscard]] static std::optional<TrustedProxies> parse(const QStringList &entries,
                                                             QString *errorMessage);

    [[nodiscard]] bool empty() const { return m_networks.empty(); }
    [[nodiscard]] bool contains(const std::string &address) const;

    /// The address of the client a request came from. `peer` is the connection's address;
    /// `forwardedFor` the request's X-Forwarded-For values in order, joined with commas.
    /// Unless the peer is a trusted proxy that is the peer. Otherwise the header is read from
    /// the right, where each proxy appends the address it saw: trusted proxies are skipped,
    /// and the first address that is not one is the client's (what stands to the left of it
    /// came from the client and proves nothing); when every address is in a trusted network
    /// the leftmost is the client. A value that is not an address makes the
    /// proxy's own address the answer rather than a guess.
    [[nodiscard]] std::string clientAddress(const std::string &peer,
                                            std::string_view forwardedFor) const;

private:
    struct Network {
        boost::asio::ip::address base;
        unsigned prefixLength = 0;
    };

    [[nodiscard]] bool contains(const boost::asio::ip::address &address) const;

    std::vector<Network> m_networks;
};

} // namespace careportal::server
