// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidc/authorizationflow.h"

#include <QDesktopServices>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QUrlQuery>

namespace careportal {

namespace {
/// The page the browser shows after the redirect: the user's work is in the app now.
/// Both languages: the browser's page does not know the app's choice.
QString returnPage() {
    return QStringLiteral(
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<title>CarePortal</title></head><body style=\"font-family:sans-serif;"
        "font-size:1.4em;max-width:36em;margin:3em auto\">"
        "<h1>U kunt terug naar CarePortal</h1>"
        "<p>Het inloggen is afgerond. U kunt dit venster sluiten en verder gaan in de app.</p>"
        "<p lang=\"en\">You can go back to CarePortal: the login is complete. You may close "
        "this window.</p></body></html>");
}
} // namespace

AuthorizationFlow::AuthorizationFlow(ProviderMetadata provider, IdentityProviderSettings settings,
                                     Options options, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_secrets(AuthorizationSecrets::generate()) {
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut, QStringLiteral("no redirect within the time allowed"));
    });
}

AuthorizationFlow::~AuthorizationFlow() = default;

void AuthorizationFlow::start() {
    // Qt Network Authorization's loopback listener: it parses the redirect and answers the
    // browser. Its QOAuth2AuthorizationCodeFlow is not used: Qt 6.4 has no PKCE there.
    m_listener = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_listener->isListening()) {
        fail(Failure::NoListener, QStringLiteral("cannot listen on 127.0.0.1"));
        return;
    }
    m_listener->setCallbackPath(QStringLiteral("callback"));
    m_listener->setCallbackText(returnPage());
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_listener->port()));
    connect(m_listener, &QOAuthHttpServerReplyHandler::callbackReceived, this,
            &AuthorizationFlow::redirected);
    m_timeout.start(m_options.timeoutMs);
    if (!QDesktopServices::openUrl(authorizationUrl()))
        fail(Failure::NoBrowser, QStringLiteral("no handler for https URLs"));
}

QUrl AuthorizationFlow::authorizationUrl() const {
    QUrlQuery query(m_provider.authorizationEndpoint);
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), m_settings.clientId);
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    add(QStringLiteral("scope"), m_settings.scopes.join(QLatin1Char(' ')));
    add(QStringLiteral("state"), QString::fromLatin1(m_secrets.state));
    add(QStringLiteral("nonce"), QString::fromLatin1(m_secrets.nonce));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(m_secrets.codeChallenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    add(QStringLiteral("ui_locales"), m_options.uiLocale);
    if (!m_settings.acrValues.isEmpty())
        add(QStringLiteral("acr_values"), m_settings.acrValues.join(QLatin1Char(' ')));
    if (m_options.forceLogin) {
        // Whoever used the kiosk's browser before must not be logged in again by its cookie.
        add(QStringLiteral("prompt"), QStringLiteral("login"));
        add(QStringLiteral("max_age"), QStringLiteral("0"));
    }
    QUrl url = m_provider.authorizationEndpoint;
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void AuthorizationFlow::redirected(const QVariantMap &values) {
    if (m_done)
        return;
    const QString error = values.value(QStringLiteral("error")).toString();
    const QString state = values.value(QStringLiteral("state")).toString();
    const QString code = values.value(QStringLiteral("code")).toString();
    // The state first: an error or a code that answers another request is not ours.
    if (state.toLatin1() != m_secrets.state)
        fail(Failure::StateMismatch, QStringLiteral("the redirect's state is not this login's"));
    else if (error == QLatin1String("access_denied"))
        fail(Failure::Refused, values.value(QStringLiteral("error_description")).toString());
    else if (!error.isEmpty())
        fail(Failure::ProviderError, error);
    else if (code.isEmpty())
        fail(Failure::NoCode, QStringLiteral("a redirect without code"));
    else {
        finish();
        Q_EMIT codeReceived(code);
    }
}

void AuthorizationFlow::cancel() {
    finish();
}

void AuthorizationFlow::finish() {
    m_done = true;
    m_timeout.stop();
    // The port is for this one login only; closed after the listener has answered the
    // browser (the redirect's signal comes before its page is written).
    if (m_listener)
        QMetaObject::invokeMethod(m_listener, &QOAuthHttpServerReplyHandler::close,
                                  Qt::QueuedConnection);
}

void AuthorizationFlow::fail(Failure failure, const QString &detail) {
    if (m_done)
        return;
    finish();
    Q_EMIT failed(failure, detail);
}

} // namespace careportal
