// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oidc/providermetadata.h"

#include <QFuture>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QSslCertificate>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcIdentityProvider)

namespace careportal {

/// Why a call to the provider did not give what was asked.
struct ProviderFailure {
    enum class Kind {
        None,
        Unreachable, ///< No connection, TLS refused, a timeout.
        BadAnswer,   ///< Not the JSON the protocol says.
        Refused,     ///< The provider said no (`error`, e.g. "invalid_grant").
    };
    Kind kind = Kind::None;
    QString error;
    QString description; ///< For the log, never for the user.
};

template <typename T> struct ProviderResult {
    T value{};
    ProviderFailure failure;
    [[nodiscard]] bool ok() const { return failure.kind == ProviderFailure::Kind::None; }
};

/// The provider's token endpoint's answer.
struct ProviderTokens {
    QByteArray idToken;
    QByteArray accessToken;
    QByteArray refreshToken; ///< Empty when the provider gives none (no offline_access).
};

/// The app's calls to the organisation's identity provider: discovery, redeeming the code
/// (with the PKCE verifier), refreshing, revoking. Plain OAuth over HTTPS with the system's
/// certificate authorities (the provider is no self-signed reference server, so no pinned
/// fingerprint), on the app's one network access manager.
class IdentityProviderClient : public QObject {
    Q_OBJECT
public:
    explicit IdentityProviderClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    /// Trusted besides the system's authorities: a test's or demo's own provider
    /// certificate (`--trust-certificate`).
    void setExtraCertificates(const QList<QSslCertificate> &certificates) {
        m_extraCertificates = certificates;
    }

    QFuture<ProviderResult<ProviderMetadata>> discover(const QUrl &issuer);
    QFuture<ProviderResult<ProviderTokens>> redeemCode(const ProviderMetadata &provider,
                                                       const QString &clientId, const QString &code,
                                                       const QUrl &redirectUri,
                                                       const QByteArray &codeVerifier);
    QFuture<ProviderResult<ProviderTokens>> refresh(const ProviderMetadata &provider,
                                                    const QString &clientId,
                                                    const QByteArray &refreshToken);
    /// RFC 7009: the refresh token is dead at the provider afterwards.
    QFuture<ProviderResult<bool>> revoke(const ProviderMetadata &provider, const QString &clientId,
                                         const QByteArray &token);

private:
    QNetworkReply *get(const QUrl &url);
    QNetworkReply *postForm(const QUrl &url, const QUrlQuery &form);
    QFuture<ProviderResult<ProviderTokens>> tokenRequest(const QUrl &endpoint,
                                                         const QUrlQuery &form);

    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_extraCertificates;
};

} // namespace careportal
