// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings/organisationprofile.h"

#include <QObject>
#include <QString>
#include <memory>

namespace careportal {

class ApiClient;
class AppServices;
class Appearance;
class CacheDatabase;
class CacheKeyring;
class CareBackend;
class ClientData;
class DisplaySettings;
class DocumentCache;
class BusinessFeature;
class DossierFeature;
class IdleMonitor;
class LanguageSettings;
class NotificationCentre;
class OrganisationBranding;
class Outbox;
class IdentityProviderClient;
class PasswordReset;
class ProviderLogin;
class PlanningCache;
class PrivacyStatementLoader;
class Registration;
class RememberedDevicesModel;
class SecondFactorSetup;
class ServerTrust;
class Session;
class TokenStore;

/// The composition root: builds the app's parts from an organisation profile, wires them
/// and owns them. QML never sees it; it sees the singletons it makes: `App` (AppServices),
/// `Organisation` (OrganisationBranding), `Client` (ClientData), `Dossier` (DossierFeature),
/// `Business` (BusinessFeature) and `Appearance`. One instance per process, made before QML loads.
class AppComposition : public QObject {
    Q_OBJECT
public:
    struct Options {
        OrganisationProfile profile;
        QString cachePath; ///< SQLite file, or ":memory:".
        QString language;
        /// Nothing of this run outlives it: the cache, its key and the session stay in
        /// memory as on a kiosk, so the keychain's session and the cache file of whoever
        /// uses this computer are neither read nor touched (--self-test).
        bool keepNothing = false;
    };

    explicit AppComposition(const Options &options, QObject *parent = nullptr);
    ~AppComposition() override;

    /// Shows cached organisation data, fetches the current one, restores the session.
    void start();

    [[nodiscard]] AppServices *services() const { return m_services.get(); }
    [[nodiscard]] OrganisationBranding *organisation() const { return m_organisation.get(); }
    [[nodiscard]] ClientData *client() const { return m_client.get(); }
    [[nodiscard]] DossierFeature *dossier() const { return m_dossier.get(); }
    [[nodiscard]] BusinessFeature *business() const { return m_business.get(); }
    [[nodiscard]] Session *session() const { return m_session.get(); }
    [[nodiscard]] ProviderLogin *providerLogin() const { return m_providerLogin.get(); }
    [[nodiscard]] Outbox *outbox() const { return m_outbox.get(); }
    [[nodiscard]] CareBackend *backend() const { return m_backend.get(); }
    [[nodiscard]] TokenStore *tokenStore() const { return m_tokens.get(); }
    [[nodiscard]] CacheDatabase *cache() const { return m_cache.get(); }
    [[nodiscard]] CacheKeyring *cacheKeyring() const { return m_cacheKeyring.get(); }

private:
    void openCache(const QString &path);
    [[nodiscard]] std::unique_ptr<CareBackend> makeBackend() const;
    void buildSession();
    void buildProviderLogin();
    void buildFeatures();
    void buildServices();
    void wireOrganisation();
    void setUpKiosk(const QString &startLanguage);

    // Members go in the reverse order of these lines: what uses the session, the cache or
    // the outbox goes before them.
    OrganisationProfile m_profile;
    QString m_startupError;
    bool m_cacheRebuilt = false;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<PlanningCache> m_planningCache;
    std::unique_ptr<DocumentCache> m_documents;
    std::unique_ptr<ServerTrust> m_trust;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CareBackend> m_backend;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<CacheKeyring> m_cacheKeyring;
    std::unique_ptr<LanguageSettings> m_language;
    std::unique_ptr<DisplaySettings> m_display;
    std::unique_ptr<Appearance> m_appearance;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<IdentityProviderClient> m_providerClient;
    std::unique_ptr<TokenStore> m_providerTokens;
    std::unique_ptr<ProviderLogin> m_providerLogin;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<OrganisationBranding> m_organisation;
    std::unique_ptr<ClientData> m_client;
    std::unique_ptr<DossierFeature> m_dossier;
    std::unique_ptr<BusinessFeature> m_business;
    std::unique_ptr<SecondFactorSetup> m_secondFactor;
    std::unique_ptr<RememberedDevicesModel> m_devices;
    std::unique_ptr<PasswordReset> m_passwordReset;
    std::unique_ptr<PrivacyStatementLoader> m_privacyStatement;
    std::unique_ptr<Registration> m_registration;
    std::unique_ptr<IdleMonitor> m_idle;
    std::unique_ptr<NotificationCentre> m_notifications;
    std::unique_ptr<AppServices> m_services;
};

} // namespace careportal
