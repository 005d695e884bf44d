// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "certificatestore.h"

#include "certificategenerator.h"
#include "logging/logcategories.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace careportal::server {

namespace {

bool writeFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions) {
    QSaveFile file(path);
    // Set the permissions before any byte of a private key touches the disk.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions))
        return false;
    file.write(data);
    return file.commit();
}

} // namespace

std::optional<CertificateStore::Paths> CertificateStore::prepare(const QString &dataDir,
                                                                 const QString &certFile,
                                                                 const QString &keyFile,
                                                                 QString *errorMessage) {
    Paths paths;
    if (!certFile.isEmpty()) {
        paths.certificate = certFile;
        paths.privateKey = keyFile;
    } else {
        const QString tlsDir = QDir(dataDir).filePath(QStringLiteral("tls"));
        paths.certificate = QDir(tlsDir).filePath(QStringLiteral("server.crt"));
        paths.privateKey = QDir(tlsDir).filePath(QStringLiteral("server.key"));
        if (!QFile::exists(paths.certificate) || !QFile::exists(paths.privateKey)) {
            if (!QDir().mkpath(tlsDir)) {
                *errorMessage = QStringLiteral("Cannot create %1").arg(tlsDir);
                return std::nullopt;
            }
            const auto generated = CertificateGenerator::generate({});
            if (!generated ||
                !writeFile(paths.privateKey, generated->privateKeyPem,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
                !writeFile(paths.certificate, generated->certificatePem,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
                *errorMessage = QStringLiteral("Cannot generate a certificate in %1").arg(tlsDir);
                return std::nullopt;
            }
            qCInfo(lcTls) << "Generated a self-signed certificate in" << tlsDir;
        }
    }

    QFile cert(paths.certificate);
    if (!cert.open(QIODevice::ReadOnly) || !QFile::exists(paths.privateKey)) {
        *errorMessage = QStringLiteral("Cannot read certificate %1 or key %2")
                            .arg(paths.certificate, paths.privateKey);
        return std::nullopt;
    }
    paths.fingerprint = CertificateGenerator::fingerprint(cert.readAll());
    if (paths.fingerprint.isEmpty()) {
        *errorMessage = QStringLiteral("%1 is not a PEM certificate").arg(paths.certificate);
        return std::nullopt;
    }
    return paths;
}

} // namespace careportal::server
