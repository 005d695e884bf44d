#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace careportal::server {

class Store;

/// Opaque bearer tokens: 32 random bytes, base64url. The database keeps only their SHA-256,
/// so a leaked database copy holds no usable session.
class TokenService {
public:
    struct Issued {
        QString token;
        QDateTime expiresAt;
    };

    /// A valid (known, not revoked, not expired) token resolved to its account.
    struct Session {
        QString accountId;
        QByteArray tokenHash;
    };

    TokenService(Store &store, qint64 lifetimeSeconds);

    [[nodiscard]] std::optional<Issued> issue(const QString &accountId);
    [[nodiscard]] std::optional<Session> resolve(const QString &token);
    [[nodiscard]] bool revoke(const QByteArray &tokenHash);

    [[nodiscard]] static QByteArray hashOf(const QString &token);

private:
    Store &m_store;
    qint64 m_lifetimeSeconds;
};

} // namespace careportal::server
