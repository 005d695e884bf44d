// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordresetapi.h"

#include "auth/passwordresetservice.h"
#include "http/httpserver.h"
#include "http/problem.h"

namespace careportal::server {

namespace {

/// The string fields of `body`, or nullopt when one is missing, not text or too long.
std::optional<QStringList> fields(const QJsonObject &body, const QStringList &names) {
    QStringList values;
    for (const QString &name : names) {
        const QJsonValue value = body.value(name);
        if (!value.isString() || value.toString().isEmpty() ||
            value.toString().size() > PasswordResetApi::kMaxFieldLength)
            return std::nullopt;
        values.append(value.toString());
    }
    return values;
}

} // namespace

PasswordResetApi::PasswordResetApi(PasswordResetService &service)
    : m_service(service) {}

void PasswordResetApi::registerRoutes(HttpServer &server) {
    server.postJson("/auth/password-reset",
                    [this](const ApiRequest &request) { return this->request(request); });
    server.postJson("/auth/password-reset/confirm",
                    [this](const ApiRequest &request) { return confirm(request); });
}

ApiResponse PasswordResetApi::request(const ApiRequest &request) {
    const auto values = fields(request.json, {QStringLiteral("username"), QStringLiteral("email")});
    if (!values)
        return Problem::make(Problem::Code::BadRequest,
                             QStringLiteral("\"username\" and \"email\" are required text."));
    m_service.request(values->at(0), values->at(1));
    // The same answer whether or not the account exists: no user enumeration.
    return ApiResponse::json(
        202, {{QLatin1String("validMinutes"), PasswordResetService::kValidMinutes}});
}

ApiResponse PasswordResetApi::confirm(const ApiRequest &request) {
    const auto values = fields(request.json, {QStringLiteral("username"), QStringLiteral("code"),
                                              QStringLiteral("newPassword")});
    if (!values)
        return Problem::make(
            Problem::Code::BadRequest,
            QStringLiteral("\"username\", \"code\" and \"newPassword\" are required text."));
    const auto result = m_service.confirm(values->at(0), values->at(1), values->at(2));
    switch (result.outcome) {
    case PasswordResetService::Outcome::Done:
        return ApiResponse::noContent();
    case PasswordResetService::Outcome::InvalidCode:
        return Problem::make(Problem::Code::ResetCodeInvalid);
    case PasswordResetService::Outcome::PolicyViolation:
        return Problem::passwordPolicy(result.violations);
    case PasswordResetService::Outcome::Failed:
        break;
    }
    return Problem::make(Problem::Code::Internal);
}

} // namespace careportal::server
