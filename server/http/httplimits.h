// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <chrono>
#include <cstdint>

namespace careportal::server {

/// What one connection and one request may cost the server. An idle or slow connection
/// holds memory (a socket and its buffers), never a thread: every wait has a deadline and
/// the number of connections is bounded in total and per address.
struct HttpLimits {
    /// Larger bodies get 413 from their Content-Length, before a byte of them is read.
    std::int64_t maxBodyBytes = 65536;
    /// The request line and headers together; more gets 431.
    std::uint32_t maxHeaderBytes = 8192;
    /// Header fields per request; more gets 431.
    int maxHeaderFields = 64;
    /// Connections open at once; a connection past it is closed at once, unread.
    int maxConnections = 2048;
    /// Connections open at once from one address. A care home's tablets share one public
    /// address and each keeps up to six connections, so this is generous; it stops one
    /// address from taking the whole of maxConnections.
    int maxConnectionsPerAddress = 128;
    /// From accepting the connection to the end of the TLS handshake.
    std::chrono::milliseconds handshakeTimeout{10000};
    /// From the first byte of a request to its last (request line, headers and body): a
    /// client trickling a header line now and then is cut off here, whatever it sends.
    std::chrono::milliseconds requestTimeout{10000};
    /// How long a kept-alive connection may wait for its next request.
    std::chrono::milliseconds idleTimeout{20000};
    /// For writing one response (a client that stops reading).
    std::chrono::milliseconds writeTimeout{10000};
    /// Threads that run handlers (they wait on SQLite and on password hashing). Four, not
    /// eight, on two cores: every idle handler thread is one more futex wake-up for the next
    /// request, and in A/B runs at 50 connections 3–4 threads answered the month GET about
    /// 10–15 % faster than 8. Four still leave reads a thread while two logins hash.
    int workerThreads = 4;
    /// Requests waiting for or running on a handler thread; past it, 503 busy at once.
    int maxPendingRequests = 512;
};

} // namespace careportal::server
