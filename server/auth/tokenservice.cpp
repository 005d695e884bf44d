#include "tokenservice.h"

#include "storage/store.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace careportal::server {

TokenService::TokenService(Store &store, qint64 lifetimeSeconds)
    : m_store(store)
    , m_lifetimeSeconds(lifetimeSeconds) {}

std::optional<TokenService::Issued> TokenService::issue(const QString &accountId) {
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    const QString token = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    // Whole seconds: the API shows expiresAt in seconds and the DB stores epoch seconds.
    const QDateTime expiresAt = QDateTime::fromSecsSinceEpoch(
        QDateTime::currentSecsSinceEpoch() + m_lifetimeSeconds, Qt::UTC);
    if (!m_store.insertToken(hashOf(token), accountId, expiresAt))
        return std::nullopt;
    return Issued{token, expiresAt};
}

std::optional<TokenService::Session> TokenService::resolve(const QString &token) {
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    const QByteArray hash = hashOf(token);
    const auto record = m_store.token(hash);
    if (!record || record->revoked || record->expiresAt <= QDateTime::currentDateTimeUtc())
        return std::nullopt;
    return Session{record->accountId, hash};
}

bool TokenService::revoke(const QByteArray &tokenHash) {
    return m_store.revokeToken(tokenHash);
}

QByteArray TokenService::hashOf(const QString &token) {
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

} // namespace careportal::server
