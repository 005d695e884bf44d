// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <optional>

namespace careportal::server {

/// Where the server's certificate and key live. Either the operator's files (--cert/--key)
/// or a self-signed pair generated once into <data-dir>/tls and reused afterwards, so the
/// fingerprint a user pinned stays valid across restarts.
class CertificateStore {
public:
    struct Paths {
        QString certificate;
        QString privateKey;
        QString fingerprint;
    };

    /// Returns nullopt with errorMessage set when files are missing or cannot be written.
    [[nodiscard]] static std::optional<Paths> prepare(const QString &dataDir,
                                                      const QString &certFile,
                                                      const QString &keyFile,
                                                      QString *errorMessage);
};

} // namespace careportal::server
