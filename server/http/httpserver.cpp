// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "httpserver.h"

#include "httpconnection.h"
#include "logging/logcategories.h"
#include "problem.h"

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <openssl/ssl.h>
#include <sys/resource.h>
#include <thread>

namespace careportal::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

// TLS 1.2 with forward secrecy and AEAD only, as NCSC-NL's TLS guidelines (2021) rate
// "good"; CBC suites are "phase out". TLS 1.3's suites are all AEAD.
constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                                      "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";
constexpr std::chrono::milliseconds kAcceptRetry{100};
constexpr std::chrono::seconds kRefusalReportInterval{10};
// One I/O thread per core at most: they only move bytes and run TLS.
constexpr unsigned kMaxIoThreads = 2;

std::string peerAddress(const tcp::socket &socket) {
    boost::system::error_code error;
    auto address = socket.remote_endpoint(error).address();
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = net::ip::make_address_v4(net::ip::v4_mapped, address.to_v6());
    return error ? std::string("unknown") : address.to_string();
}

// Every connection is a file descriptor; Debian's default soft limit (1024) would refuse
// connections long before maxConnections. Raise it towards the hard limit.
void raiseDescriptorLimit(int connections) {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t wanted = static_cast<rlim_t>(connections) + 256;
    if (limit.rlim_cur >= wanted)
        return;
    limit.rlim_cur = std::min(wanted, limit.rlim_max);
    if (setrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur < wanted)
        qCWarning(lcHttp) << "Open-file limit" << limit.rlim_cur
                          << "is below the connection limit; raise LimitNOFILE";
}

} // namespace

HttpServer::HttpServer(Settings settings)
    : m_settings(std::move(settings))
    , m_limiter(m_settings.limits.maxConnections, m_settings.limits.maxConnectionsPerAddress)
    , m_tls(net::ssl::context::tls_server)
    , m_acceptor(m_io)
    , m_acceptRetry(m_io)
    , m_workers(static_cast<std::size_t>(std::max(1, m_settings.limits.workerThreads))) {}

HttpServer::~HttpServer() {
    m_workers.stop();
    m_workers.join();
}

void HttpServer::get(const std::string &pattern, Handler handler) {
    add("GET", pattern, Router::Body::None, std::move(handler));
}

void HttpServer::postJson(const std::string &pattern, Handler handler) {
    add("POST", pattern, Router::Body::Json, std::move(handler));
}

void HttpServer::post(const std::string &pattern, Handler handler) {
    add("POST", pattern, Router::Body::None, std::move(handler));
}

void HttpServer::putJson(const std::string &pattern, Handler handler) {
    add("PUT", pattern, Router::Body::Json, std::move(handler));
}

void HttpServer::put(const std::string &pattern, Handler handler) {
    add("PUT", pattern, Router::Body::None, std::move(handler));
}

void HttpServer::remove(const std::string &pattern, Handler handler) {
    add("DELETE", pattern, Router::Body::None, std::move(handler));
}

void HttpServer::add(const char *method, const std::string &pattern, Router::Body body,
                     Handler handler) {
    m_router.add(method, std::string(kBasePath) + pattern, body, std::move(handler));
}

bool HttpServer::setUpTls(QString *errorMessage) {
    SSL_CTX *ctx = m_tls.native_handle();
    const std::string cert = m_settings.certificateFile.toStdString();
    const std::string key = m_settings.privateKeyFile.toStdString();
    // TLS 1.2 is the floor: older versions have known downgrade and padding attacks.
    const bool ok = SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) == 1 &&
                    SSL_CTX_set_cipher_list(ctx, kTls12Ciphers) == 1 &&
                    SSL_CTX_use_certificate_chain_file(ctx, cert.c_str()) == 1 &&
                    SSL_CTX_use_PrivateKey_file(ctx, key.c_str(), SSL_FILETYPE_PEM) == 1 &&
                    SSL_CTX_check_private_key(ctx) == 1;
    if (!ok) {
        *errorMessage = QStringLiteral("Cannot load certificate %1 with key %2")
                            .arg(m_settings.certificateFile, m_settings.privateKeyFile);
        return false;
    }
    SSL_CTX_set_options(ctx, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION |
                                 SSL_OP_NO_COMPRESSION);
    // An idle kept-alive connection gives its read and write buffers back (about 34 KiB).
    SSL_CTX_set_mode(ctx, SSL_MODE_RELEASE_BUFFERS);
    return true;
}

bool HttpServer::bind(QString *errorMessage) {
    if (!setUpTls(errorMessage))
        return false;
    raiseDescriptorLimit(m_settings.limits.maxConnections);
    boost::system::error_code error;
    const auto address = net::ip::make_address(m_settings.host.toStdString(), error);
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(m_settings.port));
    if (!error)
        m_acceptor.open(endpoint.protocol(), error);
    // SO_REUSEADDR, not SO_REUSEPORT: a quick restart while old connections sit in
    // TIME_WAIT, but no second server silently sharing (and stealing from) the port.
    if (!error)
        m_acceptor.set_option(tcp::acceptor::reuse_address(true), error);
    if (!error)
        m_acceptor.bind(endpoint, error);
    if (!error)
        m_acceptor.listen(net::socket_base::max_listen_connections, error);
    if (error) {
        *errorMessage = QStringLiteral("Cannot listen on %1 port %2 (%3)")
                            .arg(m_settings.host)
                            .arg(m_settings.port)
                            .arg(QString::fromStdString(error.message()));
        return false;
    }
    m_boundPort = m_acceptor.local_endpoint().port();
    return true;
}

bool HttpServer::run() {
    if (!m_acceptor.is_open())
        return false;
    accept();
    const unsigned ioThreads = std::clamp(std::thread::hardware_concurrency(), 1U, kMaxIoThreads);
    std::vector<std::thread> extra;
    for (unsigned i = 1; i < ioThreads; ++i)
        extra.emplace_back([this] { m_io.run(); });
    m_io.run();
    for (std::thread &thread : extra)
        thread.join();
    m_workers.stop();
    m_workers.join();
    return true;
}

void HttpServer::stop() {
    m_io.stop();
}

void HttpServer::accept() {
    m_acceptor.async_accept(net::make_strand(m_io),
                            [this](boost::system::error_code error, tcp::socket socket) {
                                onAccepted(error, std::move(socket));
                            });
}

void HttpServer::onAccepted(boost::system::error_code error, tcp::socket socket) {
    if (error) {
        // Out of descriptors or memory: wait a moment instead of spinning on the error.
        qCWarning(lcHttp) << "Accept failed:" << QString::fromStdString(error.message());
        m_acceptRetry.expires_after(kAcceptRetry);
        m_acceptRetry.async_wait([this](boost::system::error_code) { accept(); });
        return;
    }
    const auto address = peerAddress(socket);
    // A front proxy carries many clients' connections: the per-address limit is for clients.
    auto ticket = m_limiter.admit(address, m_settings.trustedProxies.contains(address));
    if (!ticket.admitted()) {
        socket.close(error); // unread: nothing of it is worth a handshake
        reportRefusals();
    } else {
        socket.set_option(tcp::no_delay(true), error); // no 40 ms delayed-ACK stalls
        RequestQueue &queue = *this;
        std::make_shared<HttpConnection>(std::move(socket), m_tls, m_settings.limits,
                                         m_settings.trustedProxies, queue, std::move(ticket))
            ->start();
    }
    accept();
}

void HttpServer::reportRefusals() {
    // Under a flood every refusal would be a log line; say how many, now and then.
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastRefusalReport < kRefusalReportInterval)
        return;
    m_lastRefusalReport = now;
    qCWarning(lcHttp) << "Connection limit reached:" << m_limiter.takeRefusedCount()
                      << "connections refused; open:" << m_limiter.open();
}

void HttpServer::submit(RawRequest request, std::function<void(ApiResponse)> done) {
    if (m_pending.fetch_add(1) >= m_settings.limits.maxPendingRequests) {
        --m_pending;
        done(Problem::busy());
        return;
    }
    net::post(m_workers, [this, request = std::move(request), done = std::move(done)] {
        ApiResponse response = m_router.dispatch(request);
        if (!response.holdUntil) {
            --m_pending;
            done(std::move(response));
            return;
        }
        // Still pending while held: the limit on waiting requests bounds the held ones too.
        auto hold = std::move(response.holdUntil);
        response.holdUntil = {};
        hold([this, response = std::move(response), done](bool ok) mutable {
            --m_pending;
            done(ok ? std::move(response) : Problem::make(Problem::Code::Internal));
        });
    });
}

} // namespace careportal::server
