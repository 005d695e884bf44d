// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secondfactorapi.h"

#include "auth/deviceregistry.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/secondfactorservice.h"
#include "auth/tokenservice.h"
#include "auth/totp.h"
#include "contactvalidation.h"
#include "http/httpserver.h"
#include "http/problem.h"
#include "sessionguard.h"
#include "storage/organisationstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"

#include <QJsonArray>

namespace careportal::server {

namespace {

constexpr qsizetype kMaxFieldLength = 1024;

using Verdict = SecondFactorService::Verdict;
using Resend = SecondFactorService::Resend;

QString stringField(const ApiRequest &request, const char *name) {
    const QJsonValue value = request.json.value(QLatin1String(name));
    return value.isString() ? value.toString().left(kMaxFieldLength) : QString();
}

ApiResponse resendAnswer(const Resend &resend) {
    switch (resend.result) {
    case Resend::Result::Sent:
        return ApiResponse::noContent();
    case Resend::Result::TooSoon:
        return Problem::resendTooSoon(resend.retryAfterSeconds);
    case Resend::Result::LimitReached:
        return Problem::resendTooSoon(0);
    case Resend::Result::NotSms:
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("Codes come from the authenticator app."));
    case Resend::Result::Failed:
        break;
    }
    return Problem::make(Problem::Code::Internal);
}

QJsonObject deviceJson(const SecondFactorStore::Device &device, const QString &currentId) {
    return {{QLatin1String("id"), device.id},
            {QLatin1String("name"), device.name},
            {QLatin1String("firstUsedAt"), device.firstUsedAt.toString(Qt::ISODate)},
            {QLatin1String("lastUsedAt"), device.lastUsedAt.toString(Qt::ISODate)},
            {QLatin1String("expiresAt"), device.expiresAt.toString(Qt::ISODate)},
            {QLatin1String("current"), device.id == currentId}};
}

} // namespace

SecondFactorApi::SecondFactorApi(OrganisationStore &organisation, SessionStore &sessions,
                                 TokenService &tokens, SessionGuard &guard,
                                 SecondFactorService &factors, DeviceRegistry &devices,
                                 LoginThrottle &throttle)
    : m_organisation(organisation)
    , m_sessions(sessions)
    , m_tokens(tokens)
    , m_guard(guard)
    , m_factors(factors)
    , m_devices(devices)
    , m_throttle(throttle) {}

void SecondFactorApi::registerRoutes(HttpServer &server) {
    registerLogin(server);
    registerSettings(server);
    registerDevices(server);
}

void SecondFactorApi::registerLogin(HttpServer &server) {
    // POST /auth/second-factor itself is AuthApi's: a wrong code counts in the login lockout.
    server.post("/auth/second-factor/resend", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::SecondFactor,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                return resendAnswer(m_factors.resendLogin(session.account.id, session.sessionId));
            });
    });
}

std::optional<ApiResponse> SecondFactorApi::stepUp(const ApiRequest &request,
                                                   const AuthenticatedSession &session) {
    switch (
        PasswordHasher::tryVerify(session.account.passwordHash, stringField(request, "password"))) {
    case PasswordHasher::Verdict::Busy:
        return Problem::busy();
    case PasswordHasher::Verdict::Mismatch: {
        // The same count as /account/password: five wrong guesses end the session.
        const auto wrong = m_sessions.addWrongCurrentPassword(session.tokenHash);
        if ((!wrong || *wrong >= 5) &&
            !m_tokens.endSession({session.account.id, session.tokenHash, session.sessionId, {}, {}},
                                 QStringLiteral("wrong-current-password")))
            return Problem::make(Problem::Code::Internal);
        return Problem::make(Problem::Code::CurrentPasswordIncorrect);
    }
    case PasswordHasher::Verdict::Match:
        break;
    }
    return stepUpCode(request, session);
}

std::optional<ApiResponse> SecondFactorApi::stepUpCode(const ApiRequest &request,
                                                       const AuthenticatedSession &session) {
    const QString accountId = session.account.id;
    if (!m_factors.stepUpNeedsCode(accountId))
        return std::nullopt; // no code to give, so nothing to guess or count
    // The same secret as the login's code, and a remembered device gives a session without
    // one: in the account's lockout, or each new session would bring five fresh guesses.
    std::optional<Verdict> verdict;
    const LoginThrottle::Attempt attempt =
        m_throttle.attemptSecondFactor(accountId, request.remoteAddress, [&] {
            verdict =
                m_factors.verifyStepUp(accountId, session.sessionId, stringField(request, "code"));
            return SecondFactorService::asAttempt(*verdict);
        });
    switch (attempt.result) {
    case LoginThrottle::Attempt::Result::Accepted:
        return std::nullopt;
    case LoginThrottle::Attempt::Result::Rejected:
        return Problem::make(Problem::Code::SecondFactorInvalid);
    case LoginThrottle::Attempt::Result::Locked:
        return Problem::accountLocked(attempt.retryAfterSeconds);
    case LoginThrottle::Attempt::Result::Busy:
        break;
    }
    return verdict ? Problem::make(Problem::Code::Internal) : Problem::busy();
}

void SecondFactorApi::registerSettings(HttpServer &server) {
    server.get("/account/second-factor", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                const QString accountId = session.account.id;
                return ApiResponse::json(
                    200,
                    {{QLatin1String("required"), m_factors.required()},
                     {QLatin1String("method"), m_factors.methodFor(accountId)},
                     {QLatin1String("phone"), m_factors.maskedPhoneOf(accountId)},
                     {QLatin1String("changeNeedsCode"), m_factors.stepUpNeedsCode(accountId)}});
            });
    });

    server.post("/account/second-factor/code", [this](const ApiRequest &request) {
        return m_guard.withSession(request, SessionGuard::Access::Full,
                                   [&](const AuthenticatedSession &session) -> ApiResponse {
                                       return resendAnswer(m_factors.sendStepUpCode(
                                           session.account.id, session.sessionId));
                                   });
    });

    server.postJson("/account/second-factor/totp", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                if (auto refused = stepUp(request, session))
                    return *refused;
                const QByteArray secret = m_factors.beginTotp(session.account.id);
                if (secret.isEmpty())
                    return Problem::make(Problem::Code::Internal);
                const auto organisation = m_organisation.organisation();
                const QString issuer =
                    organisation ? organisation->name : QStringLiteral("CarePortal");
                return ApiResponse::json(
                    200, {{QLatin1String("secret"), Totp::toBase32(secret)},
                          {QLatin1String("uri"),
                           Totp::keyUri(issuer, session.account.username, secret)}});
            });
    });

    server.postJson("/account/second-factor/totp/confirm", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                switch (m_factors.confirmTotp(session.account.id, stringField(request, "code"))) {
                case Verdict::Accepted:
                    return ApiResponse::noContent();
                case Verdict::Invalid:
                    return Problem::make(Problem::Code::SecondFactorInvalid);
                case Verdict::Ended:
                    return Problem::make(Problem::Code::BadRequest,
                                         QStringLiteral("No authenticator set-up is waiting."));
                case Verdict::Failed:
                    break;
                }
                return Problem::make(Problem::Code::Internal);
            });
    });

    server.postJson("/account/second-factor/totp/remove", [this](const ApiRequest &request) {
        return m_guard.withSession(request, SessionGuard::Access::Full,
                                   [&](const AuthenticatedSession &session) -> ApiResponse {
                                       if (auto refused = stepUp(request, session))
                                           return *refused;
                                       if (!m_factors.removeTotp(session.account.id))
                                           return Problem::make(Problem::Code::Internal);
                                       return ApiResponse::noContent();
                                   });
    });

    server.putJson("/account/phone", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                const QString phone = stringField(request, "phone").trimmed();
                if (const auto issue = ContactValidation::checkPhone(phone, true);
                    issue != ContactValidation::Issue::None)
                    return Problem::validation(
                        {{QStringLiteral("phone"), ContactValidation::codeName(issue),
                          ContactValidation::message(issue, QStringLiteral("nl")),
                          ContactValidation::message(issue, QStringLiteral("en"))}});
                if (auto refused = stepUp(request, session))
                    return *refused;
                if (!m_factors.setPhone(session.account.id, phone))
                    return Problem::make(Problem::Code::Internal);
                return ApiResponse::noContent();
            });
    });
}

void SecondFactorApi::registerDevices(HttpServer &server) {
    server.get("/account/devices", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                QJsonArray devices;
                for (const auto &device : m_devices.devices(session.account.id))
                    devices.append(deviceJson(device, session.deviceId));
                return ApiResponse::json(200, {{QLatin1String("devices"), devices}});
            });
    });

    server.remove("/account/devices/([^/]+)", [this](const ApiRequest &request) {
        return m_guard.withSession(
            request, SessionGuard::Access::Full,
            [&](const AuthenticatedSession &session) -> ApiResponse {
                if (!m_devices.revoke(session.account.id, request.pathParams.value(0)))
                    return Problem::make(Problem::Code::NotFound);
                return ApiResponse::noContent();
            });
    });
}

} // namespace careportal::server
