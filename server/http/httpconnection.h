// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apiresponse.h"
#include "connectionlimiter.h"
#include "httplimits.h"
#include "trustedproxies.h"

#include <QString>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <memory>
#include <optional>
#include <string>

namespace careportal::server {

class RequestQueue;

/// One TLS connection, driven by callbacks on its own strand: it costs a socket and its
/// buffers while it waits, never a thread. Each phase has a deadline (HttpLimits): the
/// handshake, the wait for a request, the whole request from its first byte to its last,
/// and the writing of the answer. Requests that cannot be served are refused from their
/// headers, before their body is read, and the connection is closed.
class HttpConnection : public std::enable_shared_from_this<HttpConnection> {
public:
    using Stream = boost::asio::ssl::stream<boost::beast::tcp_stream>;

    HttpConnection(boost::asio::ip::tcp::socket socket, boost::asio::ssl::context &tls,
                   const HttpLimits &limits, const TrustedProxies &proxies, RequestQueue &queue,
                   ConnectionLimiter::Ticket ticket);

    void start();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;

    void onFirstByte(boost::beast::error_code error);
    void onHandshake(boost::beast::error_code error);
    void awaitRequest();
    void onRequestBytes(boost::beast::error_code error, std::size_t bytes);
    void readHeader();
    void onHeader(boost::beast::error_code error);
    void onHeaderError(boost::beast::error_code error);
    void onBody(boost::beast::error_code error);
    void handle();
    void respond(const ApiResponse &response, bool closeAfter);
    void onWritten(boost::beast::error_code error);
    void drainThenClose();
    void drainSome();
    void close();

    /// The request's client, from its X-Forwarded-For when the peer is a trusted proxy.
    [[nodiscard]] std::string clientAddress() const;
    [[nodiscard]] QString loggableAddress() const;
    /// The answer for a request that must not be read further, judged on its headers alone.
    [[nodiscard]] std::optional<ApiResponse> refusal() const;

    boost::beast::tcp_stream m_tcp; ///< until the first byte; then moved into m_stream
    boost::asio::steady_timer m_firstByteDeadline;
    boost::asio::ssl::context &m_tls;
    std::optional<Stream> m_stream;
    const HttpLimits &m_limits;
    const TrustedProxies &m_proxies;
    RequestQueue &m_queue;
    ConnectionLimiter::Ticket m_ticket;
    boost::beast::flat_buffer m_buffer;
    std::optional<Parser> m_parser;
    boost::beast::http::response<boost::beast::http::string_body> m_response;
    bool m_keepAlive = true;
    bool m_drainBeforeClose = false;
    std::size_t m_drained = 0;
    std::string m_method;
    std::string m_target;
    /// The current request's client: the peer, or behind a trusted proxy the address it names.
    std::string m_clientAddress;
};

} // namespace careportal::server
