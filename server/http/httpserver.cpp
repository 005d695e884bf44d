#include "httpserver.h"

#include "httplibwrapper.h"
#include "logging/logcategories.h"
#include "problem.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <openssl/ssl.h>

namespace careportal::server {

namespace {

QString fromStd(const std::string &text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void apply(const ApiResponse &response, httplib::Response &res) {
    res.status = response.status;
    for (const auto &[name, value] : response.headers) {
        res.headers.erase(name.toStdString()); // replace defaults such as Cache-Control
        res.set_header(name.toStdString(), value.toStdString());
    }
    if (!response.body.isEmpty())
        res.set_content(response.body.constData(), static_cast<size_t>(response.body.size()),
                        response.contentType.constData());
}

bool isJsonContentType(const std::string &value) {
    const QString mediaType = fromStd(value).section(QLatin1Char(';'), 0, 0).trimmed();
    return mediaType.compare(QLatin1String("application/json"), Qt::CaseInsensitive) == 0;
}

ApiRequest toApiRequest(const httplib::Request &req) {
    ApiRequest request;
    request.method = fromStd(req.method);
    request.path = fromStd(req.path);
    request.remoteAddress = fromStd(req.remote_addr);
    for (size_t i = 1; i < req.matches.size(); ++i)
        request.pathParams.append(fromStd(req.matches[i].str()));
    for (const auto &[key, value] : req.params)
        request.query.insert(fromStd(key), fromStd(value));
    for (const auto &[key, value] : req.headers)
        request.headers.insert(QByteArray::fromStdString(key).toLower(), fromStd(value));
    return request;
}

} // namespace

HttpServer::HttpServer(Settings settings)
    : m_settings(std::move(settings)) {
    const std::string cert = m_settings.certificateFile.toStdString();
    const std::string key = m_settings.privateKeyFile.toStdString();
    m_server = std::make_unique<httplib::SSLServer>([cert, key](SSL_CTX &ctx) {
        // TLS 1.2 is the floor: older versions have known downgrade and padding attacks.
        return SSL_CTX_set_min_proto_version(&ctx, TLS1_2_VERSION) == 1 &&
               SSL_CTX_use_certificate_chain_file(&ctx, cert.c_str()) == 1 &&
               SSL_CTX_use_PrivateKey_file(&ctx, key.c_str(), SSL_FILETYPE_PEM) == 1 &&
               SSL_CTX_check_private_key(&ctx) == 1;
    });

    // Without TCP_NODELAY every response waits ~40 ms for a delayed ACK (RECIPES.md).
    m_server->set_tcp_nodelay(true);
    // httplib's default also sets SO_REUSEPORT, which lets a second server silently share
    // (and steal half the connections of) a busy port. SO_REUSEADDR alone still allows a
    // quick restart on the same port while old connections sit in TIME_WAIT.
    m_server->set_socket_options([](socket_t sock) {
        const int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // httplib answers 413 itself once Content-Length (or a chunked body) passes this,
    // without buffering the rest: the protection QtHttpServer 6.4 lacks.
    m_server->set_payload_max_length(static_cast<size_t>(m_settings.maxBodyBytes));
    m_server->set_read_timeout(10);
    m_server->set_write_timeout(10);
    m_server->set_default_headers(
        {{"Cache-Control", "no-store"}, {"X-Content-Type-Options", "nosniff"}});

    // Runs before httplib reads the body. httplib 0.11.4 enforces the payload limit only for
    // Content-Length bodies: a chunked body is buffered whole (measured: 300 MB chunked
    // took the process to 545 MiB). The API never needs chunked uploads, so refuse them here,
    // unread, and close the connection so the unread bytes are never parsed as a request.
    m_server->set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        if (!req.has_header("Transfer-Encoding"))
            return httplib::Server::HandlerResponse::Unhandled;
        apply(Problem::make(Problem::Code::PayloadTooLarge,
                            QStringLiteral("Send the body with a Content-Length; chunked request "
                                           "bodies are not accepted.")),
              res);
        res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
    });
    // Called for every status >= 400; handlers' own problems already have a body.
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            Problem::Code code = Problem::Code::Internal;
            if (res.status == 404 || res.status == 405)
                code = Problem::Code::NotFound;
            else if (res.status == 413)
                code = Problem::Code::PayloadTooLarge;
            else if (res.status == 415)
                code = Problem::Code::UnsupportedMediaType;
            else if (res.status >= 400 && res.status < 500)
                code = Problem::Code::BadRequest;
            apply(Problem::make(code), res);
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_server->set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, const std::exception_ptr &) {
            qCCritical(lcHttp) << "Handler threw for" << fromStd(req.method) << fromStd(req.path);
            apply(Problem::make(Problem::Code::Internal), res);
        });
    // Method, path and status only: never headers, query strings or bodies, which can
    // hold tokens or passwords.
    m_server->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        qCInfo(lcHttp).noquote() << fromStd(req.remote_addr) << fromStd(req.method)
                                 << fromStd(req.path) << res.status;
    });
}

HttpServer::~HttpServer() = default;

void HttpServer::get(const std::string &pattern, Handler handler) {
    add("GET", pattern, Body::None, std::move(handler));
}

void HttpServer::postJson(const std::string &pattern, Handler handler) {
    add("POST", pattern, Body::Json, std::move(handler));
}

void HttpServer::post(const std::string &pattern, Handler handler) {
    add("POST", pattern, Body::None, std::move(handler));
}

void HttpServer::putJson(const std::string &pattern, Handler handler) {
    add("PUT", pattern, Body::Json, std::move(handler));
}

void HttpServer::remove(const std::string &pattern, Handler handler) {
    add("DELETE", pattern, Body::None, std::move(handler));
}

void HttpServer::add(const char *method, const std::string &pattern, Body body, Handler handler) {
    auto wrapped = [body, handler = std::move(handler)](const httplib::Request &req,
                                                        httplib::Response &res) {
        const bool hasBody = !req.body.empty();
        if ((body == Body::Json || hasBody) &&
            !isJsonContentType(req.get_header_value("Content-Type"))) {
            apply(Problem::make(Problem::Code::UnsupportedMediaType), res);
            return;
        }
        ApiRequest request = toApiRequest(req);
        if (body == Body::Json) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(
                QByteArray::fromRawData(req.body.data(), static_cast<qsizetype>(req.body.size())),
                &error);
            if (error.error != QJsonParseError::NoError || !document.isObject()) {
                apply(Problem::make(Problem::Code::BadRequest,
                                    QStringLiteral("The body must be one JSON object.")),
                      res);
                return;
            }
            request.json = document.object();
        }
        apply(handler(request), res);
    };
    const std::string full = std::string(kBasePath) + pattern;
    const std::string verb(method);
    if (verb == "GET")
        m_server->Get(full, wrapped);
    else if (verb == "PUT")
        m_server->Put(full, wrapped);
    else if (verb == "DELETE")
        m_server->Delete(full, wrapped);
    else
        m_server->Post(full, wrapped);
}

bool HttpServer::bind(QString *errorMessage) {
    if (!m_server->is_valid()) {
        *errorMessage = QStringLiteral("Cannot load certificate %1 with key %2")
                            .arg(m_settings.certificateFile, m_settings.privateKeyFile);
        return false;
    }
    const std::string host = m_settings.host.toStdString();
    if (m_settings.port == 0) {
        m_boundPort = m_server->bind_to_any_port(host);
    } else if (m_server->bind_to_port(host, m_settings.port)) {
        m_boundPort = m_settings.port;
    } else {
        m_boundPort = -1;
    }
    if (m_boundPort <= 0) {
        *errorMessage = QStringLiteral("Cannot listen on %1 port %2 (in use or not allowed)")
                            .arg(m_settings.host)
                            .arg(m_settings.port);
        return false;
    }
    return true;
}

bool HttpServer::run() {
    return m_server->listen_after_bind();
}

void HttpServer::stop() {
    m_server->stop();
}

} // namespace careportal::server
