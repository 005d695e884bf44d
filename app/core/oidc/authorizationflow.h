// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "domain/loginoptions.h"
#include "oidc/authorizationsecrets.h"
#include "oidc/providermetadata.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantMap>

class QOAuthHttpServerReplyHandler;

namespace careportal {

/// The browser part of one login (RFC 8252): the authorisation request with PKCE, state
/// and nonce opened in the user's default browser, and the redirect received on a loopback
/// port the app listens on for this one login (127.0.0.1, a port the system picks). The
/// flow ends with the code, or with why there is none; it never waits for ever.
class AuthorizationFlow : public QObject {
    Q_OBJECT
public:
    enum class Failure {
        NoListener,    ///< No loopback port could be opened.
        NoBrowser,     ///< Nothing on this computer opens web pages.
        Refused,       ///< The user (or the provider) refused: error=access_denied.
        ProviderError, ///< Another error in the redirect (e.g. login_required).
        StateMismatch, ///< The redirect is not the answer to this request.
        NoCode,        ///< A redirect without code and without error.
        TimedOut,      ///< No redirect in time: the browser closed, the user left.
    };
    Q_ENUM(Failure)

    struct Options {
        /// A kiosk: the provider must ask for the login again (prompt=login, max_age=0),
        /// whatever session the browser still has of someone else.
        bool forceLogin = false;
        int timeoutMs = 5 * 60 * 1000;
        QString uiLocale = QStringLiteral("nl");
    };

    AuthorizationFlow(ProviderMetadata provider, IdentityProviderSettings settings, Options options,
                      QObject *parent = nullptr);
    ~AuthorizationFlow() override;

    /// Listens, opens the browser and waits; the result comes as codeReceived() or failed().
    void start();
    /// Stops waiting (the user pressed "Annuleren"); no signal follows.
    void cancel();

    [[nodiscard]] const AuthorizationSecrets &secrets() const { return m_secrets; }
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }
    /// The request the browser is sent to (tests follow it with their browser stand-in).
    [[nodiscard]] QUrl authorizationUrl() const;

Q_SIGNALS:
    void codeReceived(const QString &code);
    void failed(careportal::AuthorizationFlow::Failure failure, const QString &detail);

private:
    void redirected(const QVariantMap &values);
    void finish();
    void fail(Failure failure, const QString &detail);

    ProviderMetadata m_provider;
    IdentityProviderSettings m_settings;
    Options m_options;
    AuthorizationSecrets m_secrets;
    QOAuthHttpServerReplyHandler *m_listener = nullptr;
    QUrl m_redirectUri;
    QTimer m_timeout;
    bool m_done = false;
};

} // namespace careportal
