// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpconnection.h"

#include "logging/logcategories.h"
#include "problem.h"
#include "requestqueue.h"
#include "router.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

namespace careportal::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;

namespace {

constexpr std::chrono::seconds kShutdownTimeout{2};
constexpr std::chrono::seconds kDrainTimeout{2};
constexpr std::size_t kReadChunk = 4096;
constexpr std::size_t kMaxDrainedBytes = std::size_t{16} * 1024 * 1024;

// Headers a response always carries unless its handler sets its own.
constexpr std::pair<const char *, const char *> kDefaultHeaders[] = {
    {"Cache-Control", "no-store"},
    {"X-Content-Type-Options", "nosniff"},
};

bool isIdentity(beast::string_view encoding) {
    return encoding.empty() || beast::iequals(encoding, "identity");
}

} // namespace

HttpConnection::HttpConnection(net::ip::tcp::socket socket, net::ssl::context &tls,
                               const HttpLimits &limits, const TrustedProxies &proxies,
                               RequestQueue &queue, ConnectionLimiter::Ticket ticket)
    : m_tcp(std::move(socket))
    , m_firstByteDeadline(m_tcp.get_executor())
    , m_tls(tls)
    , m_limits(limits)
    , m_proxies(proxies)
    , m_queue(queue)
    , m_ticket(std::move(ticket))
    , m_buffer(limits.maxHeaderBytes + static_cast<std::size_t>(limits.maxBodyBytes) + kReadChunk)
    , m_clientAddress(m_ticket.address()) {}

void HttpConnection::start() {
    // Nothing of TLS exists until the client sends its first byte: Asio's TLS stream holds
    // about 80 KiB of buffers from its construction, which an idle connection (or a crowd
    // of them) would hold for nothing.
    m_firstByteDeadline.expires_after(m_limits.handshakeTimeout);
    m_firstByteDeadline.async_wait([self = shared_from_this()](beast::error_code error) {
        if (!error && !self->m_stream) // the time ran out before a byte came
            self->m_tcp.socket().close(error);
    });
    m_tcp.socket().async_wait(
        net::socket_base::wait_read,
        beast::bind_front_handler(&HttpConnection::onFirstByte, shared_from_this()));
}

void HttpConnection::onFirstByte(beast::error_code error) {
    m_firstByteDeadline.cancel();
    if (error || !m_tcp.socket().is_open()) {
        m_tcp.socket().close(error);
        return;
    }
    m_stream.emplace(std::move(m_tcp), m_tls);
    beast::get_lowest_layer(*m_stream).expires_after(m_limits.handshakeTimeout);
    m_stream->async_handshake(
        net::ssl::stream_base::server,
        beast::bind_front_handler(&HttpConnection::onHandshake, shared_from_this()));
}

void HttpConnection::onHandshake(beast::error_code error) {
    if (error) {
        // Scanners and clients that refuse our certificate end here; not worth a warning.
        qCDebug(lcHttp).noquote() << QString::fromStdString(m_ticket.address())
                                  << "TLS handshake failed:"
                                  << QString::fromStdString(error.message());
        beast::get_lowest_layer(*m_stream).close();
        return;
    }
    awaitRequest();
}

void HttpConnection::awaitRequest() {
    if (m_buffer.size() > 0) { // the client sent its next request already
        readHeader();
        return;
    }
    beast::get_lowest_layer(*m_stream).expires_after(m_limits.idleTimeout);
    m_stream->async_read_some(
        m_buffer.prepare(kReadChunk),
        beast::bind_front_handler(&HttpConnection::onRequestBytes, shared_from_this()));
}

void HttpConnection::onRequestBytes(beast::error_code error, std::size_t bytes) {
    if (error) { // idle too long, or the client went away
        close();
        return;
    }
    m_buffer.commit(bytes);
    readHeader();
}

void HttpConnection::readHeader() {
    m_parser.emplace();
    m_parser->header_limit(m_limits.maxHeaderBytes);
    // Checked from the headers in refusal(), so that the refusal names the request; the
    // parser would otherwise fail the header read itself on a large Content-Length.
    m_parser->body_limit(boost::none);
    m_method.clear();
    m_target.clear();
    m_clientAddress = m_ticket.address();
    // One deadline for the whole request, from its first byte: bytes trickling in do not
    // move it, so a slow client holds this connection for requestTimeout at most.
    beast::get_lowest_layer(*m_stream).expires_after(m_limits.requestTimeout);
    http::async_read_header(*m_stream, m_buffer, *m_parser,
                            [self = shared_from_this()](beast::error_code error, std::size_t) {
                                self->onHeader(error);
                            });
}

void HttpConnection::onHeader(beast::error_code error) {
    if (error) {
        onHeaderError(error);
        return;
    }
    m_method = std::string(m_parser->get().method_string());
    m_target = std::string(m_parser->get().target());
    m_keepAlive = m_parser->get().keep_alive();
    m_clientAddress = clientAddress();
    if (auto refused = refusal()) {
        respond(*refused, true);
        return;
    }
    if (m_parser->is_done()) {
        handle();
        return;
    }
    m_parser->body_limit(static_cast<std::uint64_t>(m_limits.maxBodyBytes));
    http::async_read(*m_stream, m_buffer, *m_parser,
                     [self = shared_from_this()](beast::error_code bodyError, std::size_t) {
                         self->onBody(bodyError);
                     });
}

void HttpConnection::onHeaderError(beast::error_code error) {
    if (error == http::error::header_limit) {
        respond(Problem::make(Problem::Code::HeadersTooLarge), true);
    } else if (error.category() == make_error_code(http::error::bad_target).category() &&
               error != http::error::end_of_stream && error != http::error::partial_message) {
        // Not HTTP: a malformed request line or header.
        respond(Problem::make(Problem::Code::BadRequest), true);
    } else {
        close(); // timed out, the client went away, or TLS broke: nobody to answer
    }
}

std::string HttpConnection::clientAddress() const {
    if (m_proxies.empty())
        return m_ticket.address();
    std::string forwardedFor; // every X-Forwarded-For field, in order, as one list
    for (const auto &field : m_parser->get()) {
        if (!beast::iequals(field.name_string(), "X-Forwarded-For"))
            continue;
        if (!forwardedFor.empty())
            forwardedFor += ',';
        forwardedFor.append(field.value().data(), field.value().size());
    }
    return m_proxies.clientAddress(m_ticket.address(), forwardedFor);
}

QString HttpConnection::loggableAddress() const {
    // Both addresses when a proxy forwarded the request: the proxy's own log then matches.
    if (m_clientAddress == m_ticket.address())
        return QString::fromStdString(m_clientAddress);
    return QStringLiteral("%1 via %2")
        .arg(QString::fromStdString(m_clientAddress), QString::fromStdString(m_ticket.address()));
}

std::optional<ApiResponse> HttpConnection::refusal() const {
    const auto &header = m_parser->get();
    if (std::distance(header.begin(), header.end()) > m_limits.maxHeaderFields)
        return Problem::make(Problem::Code::HeadersTooLarge);
    // The API never needs chunked uploads; a chunked body would be read before its size
    // is known.
    if (header.find(http::field::transfer_encoding) != header.end())
        return Problem::make(Problem::Code::PayloadTooLarge,
                             QStringLiteral("Send the body with a Content-Length; chunked "
                                            "request bodies are not accepted."));
    // A compressed body's size says nothing of what it inflates to: 2 KiB of gzip can be
    // 2 MiB of JSON. The app never compresses what it sends, so nothing is inflated.
    if (!isIdentity(header[http::field::content_encoding]))
        return Problem::make(Problem::Code::UnsupportedMediaType,
                             QStringLiteral("Compressed request bodies are not accepted; send "
                                            "the body without Content-Encoding."));
    const auto length = m_parser->content_length();
    if (length && *length > static_cast<std::uint64_t>(m_limits.maxBodyBytes))
        return Problem::make(Problem::Code::PayloadTooLarge);
    return std::nullopt;
}

void HttpConnection::onBody(beast::error_code error) {
    if (error == http::error::body_limit) {
        respond(Problem::make(Problem::Code::PayloadTooLarge), true);
        return;
    }
    if (error) {
        close();
        return;
    }
    handle();
}

void HttpConnection::handle() {
    // No deadline while the handler runs: the answer's writing gets its own.
    beast::get_lowest_layer(*m_stream).expires_never();
    auto message = m_parser->release();
    RawRequest request;
    request.method = m_method;
    request.target = m_target;
    request.remoteAddress = m_clientAddress;
    for (const auto &field : message)
        request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    request.body = std::move(message.body());
    m_queue.submit(std::move(request), [self = shared_from_this()](ApiResponse response) {
        net::post(self->m_stream->get_executor(),
                  [self, response = std::move(response)] { self->respond(response, false); });
    });
}

void HttpConnection::respond(const ApiResponse &response, bool closeAfter) {
    m_response = {};
    m_response.version(11);
    m_response.result(static_cast<unsigned>(response.status));
    for (const auto &[name, value] : kDefaultHeaders)
        m_response.set(name, value);
    for (const auto &[name, value] : response.headers) // replace defaults of the same name
        m_response.set(
            beast::string_view(name.constData(), static_cast<std::size_t>(name.size())),
            beast::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    if (!response.body.isEmpty()) {
        m_response.set(http::field::content_type, response.contentType.toStdString());
        m_response.body() = response.body.toStdString();
    }
    m_response.keep_alive(m_keepAlive && !closeAfter);
    m_drainBeforeClose = closeAfter;
    m_response.prepare_payload();
    // Method, path (as sent, escaped) and status only: never headers, query strings or
    // bodies, which can hold tokens or passwords.
    if (response.logNote.isEmpty())
        qCInfo(lcHttp).noquote() << loggableAddress() << QString::fromStdString(m_method).left(16)
                                 << Router::loggablePath(m_target).left(512) << response.status;
    else
        qCInfo(lcHttp).noquote() << loggableAddress() << QString::fromStdString(m_method).left(16)
                                 << Router::loggablePath(m_target).left(512) << response.status
                                 << response.logNote.left(200);
    beast::get_lowest_layer(*m_stream).expires_after(m_limits.writeTimeout);
    http::async_write(*m_stream, m_response,
                      [self = shared_from_this()](beast::error_code error, std::size_t) {
                          self->onWritten(error);
                      });
}

void HttpConnection::onWritten(beast::error_code error) {
    if (error) {
        close();
        return;
    }
    if (m_drainBeforeClose) {
        drainThenClose();
        return;
    }
    if (!m_response.keep_alive()) {
        close();
        return;
    }
    awaitRequest();
}

void HttpConnection::drainThenClose() {
    // A refused request's body may still be on its way. Closing now would answer it with a
    // TCP reset, which can destroy our answer in the client's buffer before it is read; so
    // read and drop what comes, for a short while and a bounded number of bytes, as nginx's
    // lingering close does.
    m_drainBeforeClose = false;
    beast::get_lowest_layer(*m_stream).expires_after(kDrainTimeout);
    m_drained = 0;
    drainSome();
}

void HttpConnection::drainSome() {
    m_buffer.clear();
    m_stream->async_read_some(m_buffer.prepare(kReadChunk),
                              [self = shared_from_this()](beast::error_code error, std::size_t n) {
                                  self->m_drained += n;
                                  if (error || self->m_drained > kMaxDrainedBytes)
                                      self->close();
                                  else
                                      self->drainSome();
                              });
}

void HttpConnection::close() {
    auto &socket = beast::get_lowest_layer(*m_stream);
    if (!socket.socket().is_open())
        return;
    socket.expires_after(kShutdownTimeout);
    m_stream->async_shutdown([self = shared_from_this()](beast::error_code) {
        beast::get_lowest_layer(*self->m_stream).close();
    });
}

} // namespace careportal::server
