// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tokenservice.h"

#include "logging/logcategories.h"
#include "storage/organisationstore.h"
#include "storage/sessionstore.h"

#include <QCryptographicHash>
#include <QUuid>
#include <algorithm>
#include <sodium.h>

namespace careportal::server {

namespace {

// A session's activity is written at most this often: a busy screen makes many requests.
constexpr qint64 kTouchEverySeconds = 30;

QDateTime wholeSeconds(qint64 secsSinceEpoch) {
    // Whole seconds: the API shows times in seconds and the DB stores epoch seconds.
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, Qt::UTC);
}

} // namespace

TokenService::TokenService(OrganisationStore &organisation, SessionStore &sessions,
                           qint64 accessLifetimeSeconds, Clock clock)
    : m_organisation(organisation)
    , m_sessions(sessions)
    , m_accessLifetimeSeconds(accessLifetimeSeconds)
    , m_clock(std::move(clock)) {}

QDateTime TokenService::now() const {
    return wholeSeconds(m_clock().toSecsSinceEpoch());
}

QString TokenService::newToken() {
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDateTime TokenService::absoluteEnd(const QDateTime &createdAt) {
    return createdAt.addSecs(qint64(m_organisation.sessionLimits().absoluteMinutes) * 60);
}

QDateTime TokenService::accessExpiry(const QDateTime &now, const QDateTime &sessionEnd) const {
    return std::min(wholeSeconds(now.toSecsSinceEpoch() + m_accessLifetimeSeconds), sessionEnd);
}

std::optional<TokenService::Issued> TokenService::startSession(const QString &accountId,
                                                               const QString &factorPending,
                                                               const QString &deviceId,
                                                               LoginMethod loginMethod) {
    const QDateTime now = this->now();
    const SessionRecord session{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                accountId,
                                now,
                                now,
                                {},
                                {},
                                factorPending,
                                deviceId,
                                loginMethod};
    const QDateTime sessionEnd = absoluteEnd(now);
    Issued issued{newToken(), accessExpiry(now, sessionEnd), newToken(), sessionEnd};
    if (!m_sessions.startSession(session, hashOf(issued.token), issued.expiresAt,
                                 hashOf(issued.refreshToken)))
        return std::nullopt;
    return issued;
}

QString TokenService::endReason(const std::optional<SessionRecord> &session, const QDateTime &now) {
    if (!session)
        return QStringLiteral("unknown");
    return endReason(session, m_organisation.sessionLimits(), now);
}

QString TokenService::endReason(const std::optional<SessionRecord> &session,
                                const SessionLimits &limits, const QDateTime &now) {
    if (!session)
        return QStringLiteral("unknown");
    if (session->endedAt.isValid())
        return session->endReason;
    if (session->lastActiveAt.secsTo(now) > qint64(limits.idleMinutes) * 60)
        return QStringLiteral("idle");
    if (session->createdAt.secsTo(now) >= qint64(limits.absoluteMinutes) * 60)
        return QStringLiteral("absolute");
    return {};
}

std::variant<TokenService::Issued, TokenService::RefreshFailure>
TokenService::refresh(const QString &refreshToken) {
    if (refreshToken.isEmpty() || refreshToken.size() > 128)
        return RefreshFailure::Unknown;
    const QByteArray usedHash = hashOf(refreshToken);
    const auto record = m_sessions.refreshToken(usedHash);
    if (!record)
        return RefreshFailure::Unknown;
    const QDateTime now = this->now();
    if (record->used) {
        // Someone holds a copy: end the family, so neither the thief nor the owner goes on.
        qCWarning(lcAuth) << "Refresh token reused; session" << record->sessionId << "ended";
        if (!m_sessions.endSession(record->sessionId, QStringLiteral("refresh-reuse")))
            return RefreshFailure::Internal;
        return RefreshFailure::Reused;
    }
    const auto session = m_sessions.session(record->sessionId);
    if (session && !session->factorPending.isEmpty())
        return RefreshFailure::Unknown; // a waiting session has no refresh
    if (const QString reason = endReason(session, now); !reason.isEmpty()) {
        if (!m_sessions.endSession(record->sessionId, reason))
            return RefreshFailure::Internal;
        return RefreshFailure::Ended;
    }
    const QDateTime sessionEnd = absoluteEnd(session->createdAt);
    Issued issued{newToken(), accessExpiry(now, sessionEnd), newToken(), sessionEnd};
    if (!m_sessions.rotate(usedHash, record->sessionId, hashOf(issued.token), issued.expiresAt,
                           hashOf(issued.refreshToken))) {
        // Used by a parallel refresh between our read and our write: a reuse all the same.
        if (!m_sessions.endSession(record->sessionId, QStringLiteral("refresh-reuse")))
            return RefreshFailure::Internal;
        return RefreshFailure::Reused;
    }
    return issued;
}

std::optional<TokenService::Issued> TokenService::completeFactor(const Session &session,
                                                                 const QString &deviceId) {
    const auto record = m_sessions.session(session.sessionId);
    if (!record || record->factorPending.isEmpty())
        return std::nullopt;
    const QDateTime sessionEnd = absoluteEnd(record->createdAt);
    const QDateTime now = this->now();
    Issued issued{newToken(), accessExpiry(now, sessionEnd), newToken(), sessionEnd};
    if (!m_sessions.completeFactor(session.sessionId, deviceId, hashOf(issued.token),
                                   issued.expiresAt, hashOf(issued.refreshToken)))
        return std::nullopt;
    return issued;
}

std::optional<TokenService::Session> TokenService::resolve(const QString &token) {
    const auto snapshot = load(token);
    return snapshot ? resolve(*snapshot) : std::nullopt;
}

std::optional<TokenService::Snapshot> TokenService::load(const QString &token) {
    if (token.isEmpty() || token.size() > 128)
        return std::nullopt;
    Snapshot snapshot{hashOf(token), {}, std::nullopt, {}};
    auto record = m_sessions.token(snapshot.tokenHash);
    if (!record)
        return std::nullopt;
    snapshot.token = *std::move(record);
    if (!snapshot.token.sessionId.isEmpty()) {
        snapshot.session = m_sessions.session(snapshot.token.sessionId);
        snapshot.limits = m_organisation.sessionLimits();
    }
    return snapshot;
}

std::optional<TokenService::Session> TokenService::resolve(const Snapshot &snapshot) {
    const TokenRecord &record = snapshot.token;
    const QDateTime now = m_clock();
    if (record.revoked || record.expiresAt <= now)
        return std::nullopt;
    QString factorPending;
    QString deviceId;
    LoginMethod loginMethod = LoginMethod::Password;
    if (!record.sessionId.isEmpty()) {
        const auto &session = snapshot.session;
        if (!endReason(session, snapshot.limits, now).isEmpty())
            return std::nullopt;
        factorPending = session->factorPending;
        deviceId = session->deviceId;
        loginMethod = session->loginMethod;
        // Activity for the idle limit; a failed write costs only idle precision.
        if (session->lastActiveAt.secsTo(now) >= kTouchEverySeconds)
            (void)m_sessions.touch(record.sessionId, wholeSeconds(now.toSecsSinceEpoch()));
    }
    return Session{record.accountId, snapshot.tokenHash, record.sessionId,
                   factorPending,    deviceId,           loginMethod};
}

bool TokenService::endSession(const Session &session, const QString &reason) {
    if (session.sessionId.isEmpty())
        return m_sessions.revokeToken(session.tokenHash);
    return m_sessions.endSession(session.sessionId, reason);
}

QByteArray TokenService::hashOf(const QString &token) {
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

} // namespace careportal::server
