// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

Q_DECLARE_LOGGING_CATEGORY(lcTls)

namespace careportal {

/// Decides which server certificates the app trusts.
///
/// Without a pin, the system's certificate authorities decide, as in any browser.
/// With a pin (the SHA-256 fingerprint from the organisation profile), the app first
/// fetches the server's certificate in a TLS handshake that carries no data, compares its
/// fingerprint with the pin and only then adds exactly that certificate to the trusted
/// set. Every later connection is verified normally against it (expiry, host name), and
/// each reply is checked again against the pin before any request data is sent. Nothing
/// in here ignores a TLS error.
class ServerTrust : public QObject {
    Q_OBJECT
public:
    /// `pinnedFingerprint`: hex SHA-256, with or without colons; empty for no pin.
    explicit ServerTrust(const QString &pinnedFingerprint, QObject *parent = nullptr);

    [[nodiscard]] bool isPinned() const { return !m_pin.isEmpty(); }
    /// True once the pinned certificate has been fetched and matched (or there is no pin).
    [[nodiscard]] bool isReady() const { return !isPinned() || !m_pinnedCertificate.isNull(); }
    [[nodiscard]] QSslConfiguration sslConfiguration() const;
    /// True when `certificate` may serve this organisation (matches the pin, if any).
    [[nodiscard]] bool acceptsPeer(const QSslCertificate &certificate) const;

    /// Makes sure the pinned certificate is known; calls `done(true)` when requests may go
    /// out, `done(false)` when the server could not be reached or presented another
    /// certificate (then `lastErrorWasTls()` tells which).
    void prepare(const QUrl &serverUrl, std::function<void(bool)> done);
    [[nodiscard]] bool lastErrorWasTls() const { return m_lastErrorWasTls; }

    [[nodiscard]] static QByteArray normalise(const QString &fingerprint);
    [[nodiscard]] static QString fingerprintOf(const QSslCertificate &certificate);

private:
    void finishPrepare(bool ok, bool tlsError);

    QByteArray m_pin;
    QSslCertificate m_pinnedCertificate;
    QSslConfiguration m_base;
    QList<std::function<void(bool)>> m_waiting;
    bool m_preparing = false;
    bool m_lastErrorWasTls = false;
};

} // namespace careportal
