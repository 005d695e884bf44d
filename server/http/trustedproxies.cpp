// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "trustedproxies.h"

#include <algorithm>

namespace careportal::server {

namespace net = boost::asio;

namespace {

// An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; it is the IPv4 address.
net::ip::address normalised(const net::ip::address &address) {
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        return net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6());
    return address;
}

std::optional<net::ip::address> addressFrom(std::string_view text) {
    boost::system::error_code error;
    const auto address = net::ip::make_address(text, error);
    if (error)
        return std::nullopt;
    return normalised(address);
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// One X-Forwarded-For entry: "203.0.113.7", "2001:db8::7", "[2001:db8::7]" or, as some
// load balancers write it, with a port: "203.0.113.7:51234", "[2001:db8::7]:51234".
std::optional<net::ip::address> forwardedAddress(std::string_view entry) {
    entry = trimmed(entry);
    if (entry.size() > 2 && entry.front() == '[') {
        const auto close = entry.find(']');
        if (close == std::string_view::npos)
            return std::nullopt;
        entry = entry.substr(1, close - 1);
    } else if (std::count(entry.begin(), entry.end(), ':') == 1) {
        entry = entry.substr(0, entry.find(':'));
    }
    return addressFrom(entry);
}

bool samePrefix(const net::ip::address &a, const net::ip::address &b, unsigned prefixLength) {
    if (a.is_v4() != b.is_v4())
        return false;
    const auto compare = [prefixLength](const auto &left, const auto &right) {
        unsigned bits = prefixLength;
        for (std::size_t i = 0; i < left.size() && bits > 0; ++i) {
            const unsigned take = std::min(bits, 8U);
            const auto mask = static_cast<unsigned char>(0xFFU << (8U - take));
            if ((left[i] & mask) != (right[i] & mask))
                return false;
            bits -= take;
        }
        return true;
    };
    if (a.is_v4())
        return compare(a.to_v4().to_bytes(), b.to_v4().to_bytes());
    return compare(a.to_v6().to_bytes(), b.to_v6().to_bytes());
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QStringList &entries,
                                                    QString *errorMessage) {
    TrustedProxies proxies;
    for (const QString &entry : entries) {
        for (const QString &part : entry.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString text = part.trimmed();
            const auto slash = text.indexOf(QLatin1Char('/'));
            const auto address = addressFrom(text.left(slash).toStdString());
            bool ok = address.has_value();
            const unsigned maxPrefix = ok && address->is_v4() ? 32 : 128;
            unsigned prefix = maxPrefix;
            if (ok && slash >= 0)
                prefix = text.mid(slash + 1).toUInt(&ok);
            if (!ok || prefix > maxPrefix) {
                *errorMessage = QStringLiteral("--trusted-proxy needs an address or a network "
                                               "such as 10.0.0.0/8, got \"%1\"")
                                    .arg(text);
                return std::nullopt;
            }
            proxies.m_networks.push_back({*address, prefix});
        }
    }
    return proxies;
}

bool TrustedProxies::contains(const std::string &address) const {
    const auto parsed = addressFrom(address);
    return parsed && contains(*parsed);
}

bool TrustedProxies::contains(const net::ip::address &address) const {
    return std::any_of(m_networks.begin(), m_networks.end(), [&](const Network &network) {
        return samePrefix(network.base, address, network.prefixLength);
    });
}

std::string TrustedProxies::clientAddress(const std::string &peer,
                                          std::string_view forwardedFor) const {
    if (m_networks.empty() || trimmed(forwardedFor).empty() || !contains(peer))
        return peer;
    std::string_view rest = forwardedFor;
    std::string leftmost = peer;
    while (!rest.empty()) {
        const auto comma = rest.rfind(',');
        const auto entry = comma == std::string_view::npos ? rest : rest.substr(comma + 1);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(0, comma);
        const auto address = forwardedAddress(entry);
        if (!address)
            return peer; // a proxy wrote something that is not an address: believe nothing
        leftmost = address->to_string();
        if (!contains(*address))
            return leftmost;
    }
    return leftmost; // every hop is in our proxies' networks: the first is the client
}

} // namespace careportal::server
