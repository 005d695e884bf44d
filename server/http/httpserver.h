#pragma once

#include "apirequest.h"
#include "apiresponse.h"

#include <QString>
#include <functional>
#include <memory>
#include <string>

namespace httplib {
class SSLServer;
}

namespace careportal::server {

/// The HTTPS front door: cpp-httplib's SSLServer with the protections the API relies on
/// applied once for every route — body size limit (413) before any handler runs, JSON
/// content-type (415) and syntax (400) checks, problem+json for every error including
/// unknown routes, no-store/nosniff headers, and a request log that never holds secrets.
class HttpServer {
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    struct Settings {
        QString host;
        int port = 0;
        QString certificateFile;
        QString privateKeyFile;
        qint64 maxBodyBytes = 65536;
    };

    explicit HttpServer(Settings settings);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    /// `pattern` is an ECMAScript regex relative to /api/v1, e.g. "/clients/([^/]+)/appointments".
    void get(const std::string &pattern, Handler handler);
    /// POST with a JSON object body (415 without application/json, 400 when not an object).
    void postJson(const std::string &pattern, Handler handler);
    /// POST that carries no body (e.g. logout); a body, if any, must still be JSON.
    void post(const std::string &pattern, Handler handler);
    /// PUT with a JSON object body: replaces a resource the client may edit.
    void putJson(const std::string &pattern, Handler handler);
    /// DELETE without a body.
    void remove(const std::string &pattern, Handler handler);

    /// Loads the certificate and binds; returns false with errorMessage on failure
    /// (bad certificate, port in use).
    [[nodiscard]] bool bind(QString *errorMessage);
    [[nodiscard]] int port() const { return m_boundPort; }
    /// Serves until stop(); blocks the calling thread.
    bool run();
    void stop();

    static constexpr const char *kBasePath = "/api/v1";

private:
    enum class Body { None, Json };
    void add(const char *method, const std::string &pattern, Body body, Handler handler);

    Settings m_settings;
    std::unique_ptr<httplib::SSLServer> m_server;
    int m_boundPort = 0;
};

} // namespace careportal::server
