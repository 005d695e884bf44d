// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace careportal::server {

/// One HTTPS GET of a small JSON document (the provider's discovery document and JWKS),
/// with Boost.Beast like the rest of the server. The certificate must chain to `caFile` (or
/// the system's CAs when empty) and name the URL's host (or IP address); the whole fetch has
/// a short deadline and the answer a size limit. It blocks the calling thread for at most
/// the deadline: callers are the handler pool's threads, never the I/O threads.
class HttpsFetcher {
public:
    struct Settings {
        QString caFile;
        std::chrono::milliseconds deadline{5000};
        qint64 maxBytes = 512LL * 1024;
    };

    explicit HttpsFetcher(Settings settings);

    /// The body of a 200 answer; nullopt (with `error` filled when given) otherwise.
    [[nodiscard]] std::optional<QByteArray> get(const QUrl &url, QString *error = nullptr) const;

private:
    Settings m_settings;
};

} // namespace careportal::server
