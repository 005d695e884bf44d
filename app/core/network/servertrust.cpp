// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/servertrust.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcTls, "careportal.tls")

namespace careportal {

namespace {
constexpr int handshakeTimeoutMs = 15000;
}

ServerTrust::ServerTrust(const QString &pinnedFingerprint, QObject *parent)
    : QObject(parent)
    , m_pin(normalise(pinnedFingerprint))
    , m_base(QSslConfiguration::defaultConfiguration()) {
    m_base.setProtocol(QSsl::TlsV1_2OrLater);
}

QByteArray ServerTrust::normalise(const QString &fingerprint) {
    QByteArray hex = fingerprint.toLatin1().toLower();
    hex.replace(':', QByteArray());
    hex.replace(' ', QByteArray());
    return hex;
}

QString ServerTrust::fingerprintOf(const QSslCertificate &certificate) {
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QSslConfiguration ServerTrust::sslConfiguration() const {
    QSslConfiguration config = m_base;
    if (m_pinnedCertificate.isNull())
        return config;
    if (m_pinnedCertificate.isSelfSigned()) {
        // The pinned certificate is the only anchor: every handshake, on every connection
        // (HTTP/2 shares one for many requests), enforces the pin by itself.
        config.setCaCertificates({m_pinnedCertificate});
    } else {
        config.addCaCertificate(m_pinnedCertificate);
    }
    return config;
}

bool ServerTrust::acceptsPeer(const QSslCertificate &certificate) const {
    if (!isPinned())
        return true;
    return normalise(fingerprintOf(certificate)) == m_pin;
}

void ServerTrust::prepare(const QUrl &serverUrl, std::function<void(bool)> done) {
    if (isReady()) {
        done(true);
        return;
    }
    m_waiting.append(std::move(done));
    if (m_preparing)
        return;
    m_preparing = true;

    // A handshake only: the socket is closed before any application data is written.
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_base);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    QPointer<QSslSocket> guard(socket);
    auto conclude = [this, guard](bool ok, bool tlsError) {
        if (!guard)
            return;
        guard->disconnect(this);
        guard->abort();
        guard->deleteLater();
        finishPrepare(ok, tlsError);
    };
    connect(socket, &QSslSocket::sslErrors, this,
            [this, socket, conclude](const QList<QSslError> &) {
                // The certificate is not (yet) trusted by the system: trust it only if it is the
                // pinned one. Verification of later connections still applies in full.
                const QSslCertificate peer = socket->peerCertificate();
                const bool matches = !peer.isNull() && acceptsPeer(peer);
                if (matches)
                    m_pinnedCertificate = peer;
                else
                    qCWarning(lcTls)
                        << "server certificate" << fingerprintOf(peer) << "does not match the pin";
                conclude(matches, !matches);
            });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, conclude] {
        const QSslCertificate peer = socket->peerCertificate();
        const bool matches = acceptsPeer(peer);
        if (matches)
            m_pinnedCertificate = peer;
        conclude(matches, !matches);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [conclude](QAbstractSocket::SocketError error) {
                conclude(false, error == QAbstractSocket::SslHandshakeFailedError);
            });
    connect(timer, &QTimer::timeout, this, [conclude] { conclude(false, false); });
    timer->start(handshakeTimeoutMs);
    socket->connectToHostEncrypted(serverUrl.host(), static_cast<quint16>(serverUrl.port(443)));
}

void ServerTrust::finishPrepare(bool ok, bool tlsError) {
    m_preparing = false;
    m_lastErrorWasTls = tlsError;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &callback : waiting)
        callback(ok);
}

} // namespace careportal
