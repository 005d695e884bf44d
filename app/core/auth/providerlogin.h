// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/providersession.h"
#include "domain/loginoptions.h"
#include "oidc/authorizationflow.h"
#include "oidc/identityproviderclient.h"
#include "util/qmlsingleton.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class CareBackend;
class LanguageSettings;
struct LoginResult;
class Session;
class TokenStore;

/// "Inloggen via <provider>": the login through the care organisation's identity provider
/// (OpenID Connect, authorisation code with PKCE in the user's browser). The provider's ID
/// token goes to the care organisation's server, which checks it and opens the same kind
/// of session as a password login; the Session takes it from there.
///
/// The provider's refresh token (never on a kiosk) lives in the keychain next to the
/// session: when the server's session has ended, it gets a new ID token without the
/// browser. Logging out revokes it and, where the provider has one, ends the provider's
/// session in the browser too.
class ProviderLogin : public QObject, public QmlSingleton<ProviderLogin> {
    Q_OBJECT
    QML_NAMED_ELEMENT(IdentityProvider)
    QML_SINGLETON
    /// The organisation offers login through its provider.
    Q_PROPERTY(bool available READ available NOTIFY optionsChanged)
    /// The organisation (also) offers its own password login.
    Q_PROPERTY(bool passwordLogin READ passwordLogin NOTIFY optionsChanged)
    /// The provider's name, as "Inloggen via <name>" says it.
    Q_PROPERTY(QString name READ name NOTIFY optionsChanged)
    /// Something is under way: the browser is open, or the app talks to provider or server.
    Q_PROPERTY(bool busy READ busy NOTIFY stepChanged)
    /// The browser is open and the app waits for the user to finish there.
    Q_PROPERTY(bool waitingForBrowser READ waitingForBrowser NOTIFY stepChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    struct Parts {
        Session *session;
        CareBackend *backend;
        IdentityProviderClient *client;
        LanguageSettings *language;
        TokenStore *store; ///< Its own entry, kept as the session's is (memory on a kiosk).
        bool kiosk;
    };
    explicit ProviderLogin(Parts parts, QObject *parent = nullptr);

    [[nodiscard]] bool available() const { return m_options.provider.isValid(); }
    [[nodiscard]] bool passwordLogin() const { return m_options.password || !available(); }
    [[nodiscard]] QString name() const;
    [[nodiscard]] bool busy() const { return m_step != Step::Idle; }
    [[nodiscard]] bool waitingForBrowser() const { return m_step == Step::InBrowser; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    void setOptions(const LoginOptions &options);
    /// How long the browser may take; five minutes unless a test says otherwise.
    void setBrowserTimeoutMs(int ms) { m_browserTimeoutMs = ms; }

    Q_INVOKABLE void start();
    /// "Annuleren" while the browser is open: the app stops waiting.
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void optionsChanged();
    void stepChanged();
    void errorMessageChanged();
    /// The browser brought the user back: the app's window comes to the front.
    void returnedFromBrowser();

private:
    enum class Step { Idle, Discovering, InBrowser, Redeeming, OpeningSession, Renewing };

    void openBrowser(const ProviderMetadata &provider);
    void redeem(const QString &code);
    void openSession(const ProviderTokens &tokens, const QByteArray &nonce);
    void sessionOpened(const LoginResult &result, const ProviderSession &kept);
    void browserFailed(AuthorizationFlow::Failure failure);
    void providerFailed(const ProviderFailure &failure);
    void renew();
    void endAtProvider();
    void keep(const ProviderSession &session);
    static void retire(AuthorizationFlow *flow);
    void setStep(Step step);
    void setError(const QString &message);
    [[nodiscard]] IdentityProviderSettings requestSettings() const;

    Parts m_parts;
    LoginOptions m_options;
    ProviderMetadata m_provider;
    ProviderSession m_kept;
    QPointer<AuthorizationFlow> m_flow;
    Step m_step = Step::Idle;
    quint64 m_attempt = 0; ///< Bumped by start() and cancel(); older answers are ignored.
    int m_browserTimeoutMs = 5 * 60 * 1000;
    QString m_errorMessage;
};

} // namespace careportal
