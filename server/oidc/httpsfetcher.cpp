// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpsfetcher.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <memory>
#include <openssl/ssl.h>
#include <utility>

namespace careportal::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

/// The steps of one fetch, each an async operation on a private io_context, so one
/// deadline (tcp_stream's expiry) covers resolve, connect, handshake, write and read.
struct Fetch : std::enable_shared_from_this<Fetch> {
    Fetch(asio::io_context &io, asio::ssl::context &tls, QUrl url, qint64 maxBytes)
        : resolver(io)
        , stream(io, tls)
        , target(std::move(url)) {
        parser.body_limit(static_cast<std::uint64_t>(maxBytes));
    }

    void fail(const QString &what, const beast::error_code &code) {
        error = QStringLiteral("%1: %2").arg(what, QString::fromStdString(code.message()));
    }

    void start(std::chrono::milliseconds deadline) {
        host = target.host().toStdString();
        beast::get_lowest_layer(stream).expires_after(deadline);
        resolver.async_resolve(host, std::to_string(target.port(443)),
                               [self = shared_from_this()](beast::error_code code,
                                                           const tcp::resolver::results_type &r) {
                                   if (code)
                                       return self->fail(QStringLiteral("resolve"), code);
                                   beast::get_lowest_layer(self->stream)
                                       .async_connect(r, [self](beast::error_code connected, auto) {
                                           if (connected)
                                               return self->fail(QStringLiteral("connect"),
                                                                 connected);
                                           self->handshake();
                                       });
                               });
    }

    void handshake() {
        // SNI for a name; the certificate must carry the name or the IP address.
        boost::system::error_code notAnAddress;
        (void)asio::ip::make_address(host, notAnAddress);
        if (notAnAddress)
            // SSL_set_tlsext_host_name is a macro with a C cast; this is what it expands to.
            SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME,
                     TLSEXT_NAMETYPE_host_name, const_cast<char *>(host.c_str()));
        stream.set_verify_mode(asio::ssl::verify_peer);
        stream.set_verify_callback(asio::ssl::host_name_verification(host));
        stream.async_handshake(asio::ssl::stream_base::client,
                               [self = shared_from_this()](beast::error_code code) {
                                   if (code)
                                       return self->fail(QStringLiteral("TLS"), code);
                                   self->send();
                               });
    }

    void send() {
        const QByteArray path =
            target.path(QUrl::FullyEncoded).toUtf8() +
            (target.hasQuery() ? "?" + target.query(QUrl::FullyEncoded).toUtf8() : QByteArray());
        request = {http::verb::get, path.isEmpty() ? "/" : path.toStdString(), 11};
        // RFC 9110 7.2: the port too when it is not 443 (providers build their URLs from it).
        const int port = target.port(443);
        const std::string hostName = host.find(':') == std::string::npos ? host : "[" + host + "]";
        request.set(http::field::host,
                    port == 443 ? hostName : hostName + ":" + std::to_string(port));
        request.set(http::field::accept, "application/json");
        request.set(http::field::user_agent, "careportal-server");
        http::async_write(stream, request,
                          [self = shared_from_this()](beast::error_code code, std::size_t) {
                              if (code)
                                  return self->fail(QStringLiteral("write"), code);
                              http::async_read(self->stream, self->buffer, self->parser,
                                               [self](beast::error_code read, std::size_t) {
                                                   self->received(read);
                                               });
                          });
    }

    void received(const beast::error_code &code) {
        if (code)
            return fail(QStringLiteral("read"), code);
        const auto &response = parser.get();
        if (response.result() != http::status::ok) {
            error = QStringLiteral("HTTP %1").arg(response.result_int());
            return;
        }
        body = QByteArray::fromStdString(response.body());
        done = true;
        beast::error_code closing;
        beast::get_lowest_layer(stream).socket().shutdown(tcp::socket::shutdown_both, closing);
    }

    tcp::resolver resolver;
    beast::ssl_stream<beast::tcp_stream> stream;
    QUrl target;
    std::string host;
    beast::flat_buffer buffer;
    http::request<http::empty_body> request;
    http::response_parser<http::string_body> parser;
    QByteArray body;
    QString error;
    bool done = false;
};

} // namespace

HttpsFetcher::HttpsFetcher(Settings settings)
    : m_settings(std::move(settings)) {}

std::optional<QByteArray> HttpsFetcher::get(const QUrl &url, QString *error) const {
    QString ignoredError;
    QString &why = error ? *error : ignoredError;
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        why = QStringLiteral("not an https URL: %1").arg(url.toString());
        return std::nullopt;
    }
    asio::ssl::context tls(asio::ssl::context::tls_client);
    tls.set_options(asio::ssl::context::no_sslv2 | asio::ssl::context::no_sslv3 |
                    asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1);
    beast::error_code code;
    if (m_settings.caFile.isEmpty())
        tls.set_default_verify_paths(code);
    else
        tls.load_verify_file(m_settings.caFile.toStdString(), code);
    if (code) {
        why = QStringLiteral("CA file %1: %2")
                  .arg(m_settings.caFile, QString::fromStdString(code.message()));
        return std::nullopt;
    }
    asio::io_context io;
    auto fetch = std::make_shared<Fetch>(io, tls, url, m_settings.maxBytes);
    fetch->start(m_settings.deadline);
    // The stream's expiry ends every step; run_for is the backstop for the resolver.
    io.run_for(m_settings.deadline + std::chrono::milliseconds(500));
    if (!fetch->done) {
        why = fetch->error.isEmpty() ? QStringLiteral("timed out") : fetch->error;
        return std::nullopt;
    }
    return fetch->body;
}

} // namespace careportal::server
