// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisationapi.h"

#include "http/httpserver.h"
#include "http/problem.h"
#include "passwordpolicy.h"
#include "storage/organisationstore.h"
#include "storage/privacystatementstore.h"

#include <QJsonArray>
#include <utility>

namespace careportal::server {

OrganisationApi::OrganisationApi(OrganisationStore &organisation, PrivacyStatementStore &privacy,
                                 Login login)
    : m_organisation(organisation)
    , m_privacy(privacy)
    , m_login(std::move(login)) {}

void OrganisationApi::registerRoutes(HttpServer &server) {
    server.get("/organisation/privacy-statement", [this](const ApiRequest &) {
        const auto statement = m_privacy.statement();
        if (!statement)
            return Problem::make(Problem::Code::NotFound,
                                 QStringLiteral("This organisation has no privacy statement yet."));
        // Without an English version the Dutch one serves both: never an empty page.
        const QString english = statement->en.isEmpty() ? statement->nl : statement->en;
        return ApiResponse::json(
            200, {{QLatin1String("updatedOn"), statement->updatedOn.toString(Qt::ISODate)},
                  {QLatin1String("text"), QJsonObject{{QLatin1String("nl"), statement->nl},
                                                      {QLatin1String("en"), english}}}});
    });
    server.get("/organisation", [this](const ApiRequest &) {
        const auto organisation = m_organisation.organisation();
        if (!organisation)
            return Problem::make(Problem::Code::NotFound,
                                 QStringLiteral("No organisation is configured on this server."));
        // Only what the organisation has set: without it the app keeps its neutral look.
        QJsonObject branding;
        if (!organisation->primaryColor.isEmpty())
            branding.insert(QLatin1String("primaryColor"), organisation->primaryColor);
        if (!organisation->accentColor.isEmpty())
            branding.insert(QLatin1String("accentColor"), organisation->accentColor);
        if (!organisation->logoData.isEmpty())
            branding.insert(QLatin1String("logo"),
                            QJsonObject{{QLatin1String("mediaType"), organisation->logoMediaType},
                                        {QLatin1String("data"),
                                         QString::fromLatin1(organisation->logoData.toBase64())}});
        // The menu features this server implements; the app hides the rest.
        const QJsonArray features{
            QStringLiteral("planning"),        QStringLiteral("changePassword"),
            QStringLiteral("contactDetails"),  QStringLiteral("contactPersons"),
            QStringLiteral("contactRequests"), QStringLiteral("absence"),
            QStringLiteral("dossier"),         QStringLiteral("accessLog"),
            QStringLiteral("accountSecurity")};
        return ApiResponse::json(
            200, {{QLatin1String("id"), organisation->id},
                  {QLatin1String("name"), organisation->name},
                  {QLatin1String("phone"), organisation->phone},
                  {QLatin1String("absenceNoticeWorkingDays"), organisation->absenceNoticeDays},
                  {QLatin1String("branding"), branding},
                  {QLatin1String("passwordPolicy"), PasswordPolicy::portalDefault().toJson()},
                  {QLatin1String("features"), features},
                  {QLatin1String("login"), loginJson()}});
    });
}

QJsonObject OrganisationApi::loginJson() const {
    QJsonObject login{{QLatin1String("password"), m_login.password}};
    const OidcSettings &oidc = m_login.oidc;
    if (oidc.enabled()) {
        QJsonObject provider{{QLatin1String("issuer"), oidc.issuer},
                             {QLatin1String("clientId"), oidc.clientId},
                             {QLatin1String("providerName"), oidc.providerName},
                             {QLatin1String("scopes"), QJsonArray::fromStringList(oidc.scopes)}};
        if (!oidc.acr.isEmpty())
            provider.insert(QLatin1String("acrValues"), QJsonArray{oidc.acr});
        login.insert(QLatin1String("openIdConnect"), provider);
    }
    return login;
}

} // namespace careportal::server
