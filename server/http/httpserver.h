// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "connectionlimiter.h"
#include "httplimits.h"
#include "requestqueue.h"
#include "router.h"
#include "trustedproxies.h"

#include <QString>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <functional>
#include <string>

namespace careportal::server {

/// The HTTPS front door, event-driven on Boost.Asio and Boost.Beast: I/O threads wait on
/// every connection at once (an idle or slow connection costs memory, not a thread) and a
/// pool of handler threads runs the API. The protections the API relies on are applied
/// once for every route — connection limits in total and per address, deadlines for the
/// handshake, the request and the answer, header and body limits checked before a body is
/// read (431, 413), no compressed bodies (415), JSON checks (415, 400), problem+json for
/// every error including unknown routes, no-store/nosniff headers, and a request log that
/// never holds secrets and cannot be forged through the path.
class HttpServer : private RequestQueue {
public:
    using Handler = Router::Handler;

    struct Settings {
        QString host;
        int port = 0;
        QString certificateFile;
        QString privateKeyFile;
        HttpLimits limits;
        TrustedProxies trustedProxies;
    };

    explicit HttpServer(Settings settings);
    ~HttpServer() override;
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// `pattern` is a regex relative to /api/v1, e.g. "/clients/([^/]+)/appointments".
    void get(const std::string &pattern, Handler handler);
    /// POST with a JSON object body (415 without application/json, 400 when not an object).
    void postJson(const std::string &pattern, Handler handler);
    /// POST that carries no body (e.g. logout); a body, if any, must still be JSON.
    void post(const std::string &pattern, Handler handler);
    /// PUT with a JSON object body: replaces a resource the client may edit.
    void putJson(const std::string &pattern, Handler handler);
    /// PUT that carries no body: sets a state that setting twice leaves alone (a read marker).
    void put(const std::string &pattern, Handler handler);
    /// DELETE without a body.
    void remove(const std::string &pattern, Handler handler);

    /// Loads the certificate and binds; returns false with errorMessage on failure
    /// (bad certificate, port in use).
    [[nodiscard]] bool bind(QString *errorMessage);
    [[nodiscard]] int port() const { return m_boundPort; }
    /// Serves until stop(); blocks the calling thread.
    bool run();
    /// Safe from any thread.
    void stop();

    static constexpr const char *kBasePath = "/api/v1";

private:
    void add(const char *method, const std::string &pattern, Router::Body body, Handler handler);
    void submit(RawRequest request, std::function<void(ApiResponse)> done) override;
    void accept();
    void onAccepted(boost::system::error_code error, boost::asio::ip::tcp::socket socket);
    void reportRefusals();
    [[nodiscard]] bool setUpTls(QString *errorMessage);

    Settings m_settings;
    Router m_router;
    ConnectionLimiter m_limiter;
    std::atomic<int> m_pending = 0;
    boost::asio::io_context m_io;
    boost::asio::ssl::context m_tls;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_acceptRetry;
    std::chrono::steady_clock::time_point m_lastRefusalReport;
    int m_boundPort = 0;
    // Declared last so it is destroyed first: its threads may still touch the members above.
    boost::asio::thread_pool m_workers;
};

} // namespace careportal::server
