// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/providerlogin.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "settings/languagesettings.h"
#include "storage/tokenstore.h"
#include "util/futureresult.h"

#include <QDesktopServices>
#include <QTimer>
#include <QUrlQuery>

namespace careportal {

ProviderLogin::ProviderLogin(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts) {
    // The kept refresh token is read at once: an expired session may want it soon.
    onResult(m_parts.store->load(), this, [this](const QByteArray &stored) {
        if (m_kept.isEmpty())
            m_kept = ProviderSession::fromStored(stored);
    });
    connect(m_parts.session, &Session::loggedOut, this, [this](bool expired) {
        if (expired)
            renew();
        else
            endAtProvider();
    });
}

QString ProviderLogin::name() const {
    return m_options.provider.name.isEmpty() ? m_options.provider.issuer.host()
                                             : m_options.provider.name;
}

void ProviderLogin::setOptions(const LoginOptions &options) {
    m_options = options;
    Q_EMIT optionsChanged();
}

IdentityProviderSettings ProviderLogin::requestSettings() const {
    IdentityProviderSettings settings = m_options.provider;
    // A kiosk keeps nothing for later: no refresh token is asked for.
    if (m_parts.kiosk)
        settings.scopes.removeAll(QStringLiteral("offline_access"));
    return settings;
}

void ProviderLogin::start() {
    if (busy() || !available())
        return;
    setError({});
    const quint64 attempt = ++m_attempt;
    setStep(Step::Discovering);
    onResult(m_parts.client->discover(m_options.provider.issuer), this,
             [this, attempt](const ProviderResult<ProviderMetadata> &result) {
                 if (attempt != m_attempt)
                     return;
                 if (!result.ok()) {
                     providerFailed(result.failure);
                     return;
                 }
                 m_provider = result.value;
                 openBrowser(result.value);
             });
}

void ProviderLogin::openBrowser(const ProviderMetadata &provider) {
    AuthorizationFlow::Options options;
    options.forceLogin = m_parts.kiosk;
    options.timeoutMs = m_browserTimeoutMs;
    options.uiLocale = m_parts.language->code();
    auto *flow = new AuthorizationFlow(provider, requestSettings(), options, this);
    m_flow = flow;
    connect(flow, &AuthorizationFlow::codeReceived, this, &ProviderLogin::redeem);
    connect(flow, &AuthorizationFlow::failed, this, &ProviderLogin::browserFailed);
    setStep(Step::InBrowser);
    flow->start();
}

void ProviderLogin::redeem(const QString &code) {
    AuthorizationFlow *flow = m_flow;
    retire(flow);
    setStep(Step::Redeeming);
    Q_EMIT returnedFromBrowser();
    const QByteArray nonce = flow->secrets().nonce;
    onResult(m_parts.client->redeemCode(m_provider, m_options.provider.clientId, code,
                                        flow->redirectUri(), flow->secrets().codeVerifier),
             this,
             [this, nonce, attempt = m_attempt](const ProviderResult<ProviderTokens> &result) {
                 if (attempt != m_attempt)
                     return;
                 if (!result.ok()) {
                     providerFailed(result.failure);
                     return;
                 }
                 openSession(result.value, nonce);
             });
}

void ProviderLogin::openSession(const ProviderTokens &tokens, const QByteArray &nonce) {
    if (m_step != Step::Renewing)
        setStep(Step::OpeningSession);
    ProviderSession kept{tokens.refreshToken, tokens.idToken, nonce};
    // A refresh may not rotate the refresh token: the old one stays valid then.
    if (kept.refreshToken.isEmpty() && m_step == Step::Renewing)
        kept.refreshToken = m_kept.refreshToken;
    onResult(m_parts.backend->loginWithIdToken(tokens.idToken, QString::fromLatin1(nonce),
                                               tokens.accessToken),
             this, [this, kept, attempt = m_attempt](const Result<LoginResult> &result) {
                 if (attempt != m_attempt)
                     return;
                 if (!result.ok()) {
                     setStep(Step::Idle);
                     setError(result.error().message(m_parts.language->code()));
                     return;
                 }
                 sessionOpened(result.value(), kept);
             });
}

void ProviderLogin::sessionOpened(const LoginResult &result, const ProviderSession &kept) {
    setStep(Step::Idle);
    m_parts.session->startProviderSession(result);
    keep(kept);
}

void ProviderLogin::keep(const ProviderSession &session) {
    m_kept = session;
    if (session.isEmpty())
        (void)m_parts.store->remove();
    else
        (void)m_parts.store->save(session.toStored());
}

void ProviderLogin::cancel() {
    ++m_attempt;
    if (m_flow) {
        m_flow->cancel();
        retire(m_flow);
    }
    setStep(Step::Idle);
}

void ProviderLogin::clearError() {
    setError({});
}

void ProviderLogin::browserFailed(AuthorizationFlow::Failure failure) {
    using F = AuthorizationFlow::Failure;
    if (m_flow)
        retire(m_flow);
    setStep(Step::Idle);
    switch (failure) {
    case F::NoBrowser:
        setError(tr("Er is geen webbrowser om de inlogpagina te openen. Vraag uw beheerder om "
                    "een webbrowser in te stellen."));
        return;
    case F::NoListener:
        setError(tr("De app kan het antwoord van de inlogpagina niet ontvangen. Start de app "
                    "opnieuw en probeer het nog eens."));
        return;
    case F::Refused:
        setError(tr("U heeft het inloggen via %1 geweigerd. U bent niet ingelogd.").arg(name()));
        return;
    case F::StateMismatch:
        setError(tr("Het antwoord uit de browser hoort niet bij deze inlogpoging. Voor uw "
                    "veiligheid is het inloggen gestopt. Probeer het opnieuw."));
        return;
    case F::TimedOut:
        setError(tr("Het inloggen in de browser is niet afgerond: het duurde te lang of het "
                    "venster is gesloten. Probeer het opnieuw."));
        return;
    case F::ProviderError:
    case F::NoCode:
        break;
    }
    setError(tr("%1 heeft het inloggen niet afgerond. Probeer het opnieuw.").arg(name()));
}

void ProviderLogin::providerFailed(const ProviderFailure &failure) {
    setStep(Step::Idle);
    if (failure.kind == ProviderFailure::Kind::Refused &&
        failure.error == QLatin1String("invalid_grant"))
        setError(
            tr("De inlogcode van %1 is verlopen of al gebruikt. Probeer het opnieuw.").arg(name()));
    else if (failure.kind == ProviderFailure::Kind::Unreachable)
        setError(tr("De inlogdienst %1 is niet bereikbaar. Controleer uw internetverbinding en "
                    "probeer het opnieuw.")
                     .arg(name()));
    else
        setError(tr("%1 gaf een antwoord dat de app niet begrijpt. Probeer het later opnieuw.")
                     .arg(name()));
}

void ProviderLogin::renew() {
    // The server's session ended (idle or absolute limit); the provider's refresh token
    // gives a new ID token without the browser, so the user goes on where they were.
    if (m_parts.kiosk || m_kept.refreshToken.isEmpty() || !available() || busy())
        return;
    const ProviderSession kept = m_kept;
    const quint64 attempt = ++m_attempt;
    setStep(Step::Renewing);
    onResult(m_parts.client->discover(m_options.provider.issuer), this,
             [this, kept, attempt](const ProviderResult<ProviderMetadata> &metadata) {
                 if (attempt != m_attempt)
                     return;
                 if (!metadata.ok()) {
                     setStep(Step::Idle); // offline: the expired session's message stays
                     return;
                 }
                 m_provider = metadata.value;
                 onResult(m_parts.client->refresh(m_provider, m_options.provider.clientId,
                                                  kept.refreshToken),
                          this,
                          [this, kept, attempt](const ProviderResult<ProviderTokens> &result) {
                              if (attempt != m_attempt)
                                  return;
                              if (!result.ok()) {
                                  setStep(Step::Idle);
                                  keep({}); // refused for good: log in again
                                  return;
                              }
                              openSession(result.value, kept.nonce);
                          });
             });
}

void ProviderLogin::endAtProvider() {
    cancel();
    const ProviderSession ended = m_kept;
    keep({});
    if (ended.isEmpty() || !available())
        return;
    const QString clientId = m_options.provider.clientId;
    const bool openLogoutPage = !m_parts.kiosk;
    const QString locale = m_parts.language->code();
    onResult(m_parts.client->discover(m_options.provider.issuer), this,
             [this, ended, clientId, openLogoutPage,
              locale](const ProviderResult<ProviderMetadata> &metadata) {
                 if (!metadata.ok())
                     return; // offline: the refresh token expires at the provider in time
                 const ProviderMetadata &provider = metadata.value;
                 if (!ended.refreshToken.isEmpty() && provider.revocationEndpoint.isValid())
                     (void)m_parts.client->revoke(provider, clientId, ended.refreshToken);
                 // A kiosk does not open a browser nobody will close: its logins always ask
                 // for the password again (prompt=login, max_age=0).
                 if (!openLogoutPage || !provider.endSessionEndpoint.isValid())
                     return;
                 QUrl logout = provider.endSessionEndpoint;
                 QUrlQuery query(logout);
                 query.addQueryItem(QStringLiteral("id_token_hint"),
                                    QString::fromLatin1(ended.idToken));
                 query.addQueryItem(QStringLiteral("client_id"), clientId);
                 query.addQueryItem(QStringLiteral("ui_locales"), locale);
                 logout.setQuery(query);
                 QDesktopServices::openUrl(logout);
             });
}

void ProviderLogin::retire(AuthorizationFlow *flow) {
    // Not at once: its listener's page to the browser is still being written, and the
    // socket goes with the listener.
    QTimer::singleShot(std::chrono::seconds(10), flow, &QObject::deleteLater);
}

void ProviderLogin::setStep(Step step) {
    if (m_step == step)
        return;
    m_step = step;
    Q_EMIT stepChanged();
}

void ProviderLogin::setError(const QString &message) {
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace careportal
