// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oidcapi.h"

#include "auth/tokenservice.h"
#include "authapi.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "logging/logcategories.h"
#include "oidc/idtokenvalidator.h"
#include "storage/accountstore.h"
#include "storage/oidclinkstore.h"
#include "storage/oidcreplaystore.h"

#include <QJsonDocument>
#include <utility>

namespace careportal::server {

namespace {

// An ID token is a few kilobytes; IdTokenValidator refuses longer ones as malformed.
constexpr qsizetype kMaxNonceLength = 512;

ApiResponse withNote(ApiResponse response, const QString &reason) {
    response.logNote = QStringLiteral("reason=") + reason;
    return response;
}

} // namespace

OidcApi::OidcApi(OidcSettings settings, Parts parts, Clock clock)
    : m_settings(std::move(settings))
    , m_parts(parts)
    , m_clock(std::move(clock)) {}

QString OidcApi::accountOf(const QJsonObject &claims, bool *failed) {
    const QString subject = claims.value(QLatin1String("sub")).toString();
    if (const auto linked = m_parts.links.accountFor(m_settings.issuer, subject))
        return *linked;
    // Only an address the provider checked, and only when the organisation allows it.
    const QString email = claims.value(QLatin1String("email")).toString();
    if (!m_settings.linkByEmail || claims.value(QLatin1String("email_verified")) != true)
        return {};
    const auto account = m_parts.links.accountByEmail(email);
    if (!account)
        return {};
    if (!m_parts.links.link(
            {m_settings.issuer, subject, *account, QStringLiteral("email"), m_clock()})) {
        *failed = true;
        return {};
    }
    qCInfo(lcAuth).noquote() << "OIDC subject linked by e-mail to account" << *account;
    return *account;
}

ApiResponse OidcApi::login(const ApiRequest &request) {
    if (!m_parts.validator)
        return withNote(Problem::make(Problem::Code::OidcOff), QStringLiteral("oidc-off"));
    const QJsonValue idToken = request.json.value(QLatin1String("idToken"));
    const QJsonValue nonce = request.json.value(QLatin1String("nonce"));
    if (!idToken.isString() || !nonce.isString() || nonce.toString().size() > kMaxNonceLength)
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("Send \"idToken\" and \"nonce\" as strings."));

    const IdTokenValidator::Result checked =
        m_parts.validator->validate(idToken.toString(), nonce.toString());
    if (checked.refusal == OidcRefusal::Unavailable) {
        qCWarning(lcAuth).noquote() << "OIDC login: provider unavailable:" << checked.detail;
        return withNote(Problem::make(Problem::Code::ProviderUnavailable),
                        QStringLiteral("provider-unavailable"));
    }
    OidcRefusal refusal = checked.refusal;
    if (refusal == OidcRefusal::None) {
        switch (m_parts.replays.remember(TokenService::hashOf(idToken.toString()),
                                         checked.expiresAt, m_clock())) {
        case OidcReplayStore::Seen::Failed:
            return Problem::make(Problem::Code::Internal);
        case OidcReplayStore::Seen::Replayed:
            refusal = OidcRefusal::Replayed;
            break;
        case OidcReplayStore::Seen::First:
            break;
        }
    }
    if (refusal != OidcRefusal::None) {
        qCWarning(lcAuth).noquote()
            << "OIDC login refused:" << refusalName(refusal) << checked.detail;
        return Problem::oidcTokenRefused(refusalName(refusal));
    }

    bool failed = false;
    const QString accountId = accountOf(checked.claims, &failed);
    if (failed)
        return Problem::make(Problem::Code::Internal);
    const auto account =
        accountId.isEmpty() ? std::nullopt : m_parts.accounts.accountById(accountId);
    if (!account) {
        qCWarning(lcAuth).noquote()
            << "OIDC login refused: no account linked to subject"
            << checked.claims.value(QLatin1String("sub")).toString().left(255);
        return withNote(Problem::make(Problem::Code::AccountNotLinked),
                        QStringLiteral("account-not-linked"));
    }
    if (auto refused = m_parts.auth.refusalFor(*account)) {
        const QString code =
            QJsonDocument::fromJson(refused->body).object().value(QLatin1String("code")).toString();
        return withNote(*std::move(refused), code);
    }
    qCInfo(lcAuth).noquote() << "OIDC login of account" << account->id;
    // The provider proved who this is; the portal password is not used, so a pending change
    // of it holds this session back neither here nor at a refresh.
    return m_parts.auth.sessionFor(*account, {}, LoginMethod::Oidc);
}

void OidcApi::registerRoutes(HttpServer &server) {
    server.postJson("/auth/oidc", [this](const ApiRequest &request) { return login(request); });
}

} // namespace careportal::server
