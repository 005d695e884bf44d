// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/appcomposition.h"

#include "app/appservices.h"
#include "app/privacystatementloader.h"
#include "auth/passwordreset.h"
#include "auth/providerlogin.h"
#include "auth/registration.h"
#include "auth/session.h"
#include "backend/restbackend.h"
#include "business/businessfeature.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "fhir/fhirbackend.h"
#include "kiosk/idlemonitor.h"
#include "network/apiclient.h"
#include "network/servertrust.h"
#include "notifications/notificationcentre.h"
#include "oidc/identityproviderclient.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "planning/planningcache.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "settings/appearance.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storage/cachekeyring.h"
#include "storage/documentcache.h"
#include "storage/tokenstore.h"

#include <QSslCertificate>

namespace careportal {

AppComposition::AppComposition(const Options &options, QObject *parent)
    : QObject(parent)
    , m_profile(options.profile)
    , m_startupError(m_profile.validate()) {
    // A kiosk writes nothing personal to disk at all: its cache lives in memory.
    const bool inMemory = m_profile.kiosk || options.keepNothing;
    openCache(inMemory ? QStringLiteral(":memory:") : options.cachePath);
    m_planningCache = std::make_unique<PlanningCache>(m_cache.get());
    m_documents = std::make_unique<DocumentCache>(m_cache.get());
    m_trust = std::make_unique<ServerTrust>(m_profile.fingerprint);
    m_api = std::make_unique<ApiClient>(m_profile.serverUrl, m_trust.get());
    m_backend = makeBackend();
    m_tokens = std::make_unique<TokenStore>(m_profile.sessionKey(),
                                            inMemory ? TokenStore::Keeping::MemoryOnly
                                                     : TokenStore::Keeping::Keychain);
    m_cacheKeyring = std::make_unique<CacheKeyring>(
        m_cache.get(), m_profile.sessionKey() + QStringLiteral("/cache-key"), m_tokens->keeping());
    m_language = std::make_unique<LanguageSettings>();
    m_language->apply(options.language.isEmpty() ? LanguageSettings::storedCode()
                                                 : options.language);
    m_backend->setLanguage(m_language->code());
    connect(m_language.get(), &LanguageSettings::codeChanged, this,
            [this] { m_backend->setLanguage(m_language->code()); });
    m_display = std::make_unique<DisplaySettings>(!m_profile.kiosk);
    m_appearance = std::make_unique<Appearance>(m_display.get(), m_language.get());
    buildSession();
    buildFeatures();
    wireOrganisation();
    buildServices();
    if (m_profile.kiosk)
        setUpKiosk(options.language);
}

AppComposition::~AppComposition() = default;

std::unique_ptr<CareBackend> AppComposition::makeBackend() const {
    // The same screens either way: the profile says which system the server address is.
    if (m_profile.isFhir())
        return std::make_unique<FhirBackend>(
            m_api.get(), FhirBackend::Settings{m_profile.organisationName, m_profile.login});
    return std::make_unique<RestBackend>(m_api.get());
}

void AppComposition::buildSession() {
    m_session =
        std::make_unique<Session>(m_backend.get(), m_tokens.get(), m_cache.get(), m_language.get());
    // One notice for one cause: the app's own (on every page) says that the keychain is
    // missing, for the session too.
    const auto keychainNotice = [this] {
        m_session->setKeychainNoticeElsewhere(m_cacheKeyring->keychainMissing());
    };
    connect(m_cacheKeyring.get(), &CacheKeyring::keychainMissingChanged, m_session.get(),
            keychainNotice);
    keychainNotice();
    // The session wiped the cache; after a logout the user chose its key goes too, and the
    // next user gets a new one. After an expiry the key stays for the writes kept.
    connect(m_session.get(), &Session::loggedOut, m_cacheKeyring.get(),
            [this](bool queuedWritesKept) {
                if (!queuedWritesKept)
                    m_cacheKeyring->replaceKey();
            });
    buildProviderLogin();
    m_outbox = std::make_unique<Outbox>(m_cache.get(), m_backend.get());
    // Sent only with a session and an unlocked cache; kept (sealed) until then.
    const auto updateOutbox = [this] {
        m_outbox->setEnabled(m_session->state() == Session::State::LoggedIn &&
                             m_cacheKeyring->isReady());
    };
    connect(m_session.get(), &Session::stateChanged, m_outbox.get(), updateOutbox);
    connect(m_cacheKeyring.get(), &CacheKeyring::ready, m_outbox.get(), updateOutbox);
}

void AppComposition::buildProviderLogin() {
    m_providerClient = std::make_unique<IdentityProviderClient>(m_api->network());
    if (!m_profile.providerCertificates.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(m_profile.providerCertificates);
        if (certificates.isEmpty())
            qCWarning(lcIdentityProvider).noquote()
                << "No certificate in" << m_profile.providerCertificates;
        m_providerClient->setExtraCertificates(certificates);
    }
    m_providerTokens = std::make_unique<TokenStore>(
        m_profile.sessionKey() + QStringLiteral("/identity-provider"), m_tokens->keeping());
    m_providerLogin = std::make_unique<ProviderLogin>(
        ProviderLogin::Parts{m_session.get(), m_backend.get(), m_providerClient.get(),
                             m_language.get(), m_providerTokens.get(), m_profile.kiosk});
}

void AppComposition::buildFeatures() {
    Session *session = m_session.get();
    CareBackend *backend = m_backend.get();
    LanguageSettings *language = m_language.get();
    m_organisation =
        std::make_unique<OrganisationBranding>(m_profile.organisationName, backend, m_cache.get());
    m_client = std::make_unique<ClientData>(ClientData::Parts{session, backend, language,
                                                              m_cache.get(), m_planningCache.get(),
                                                              m_documents.get(), m_outbox.get()});
    m_dossier = std::make_unique<DossierFeature>(session, backend, language);
    m_business = std::make_unique<BusinessFeature>(BusinessFeature::Parts{
        session, backend, language, m_documents.get(), m_outbox.get(), m_profile.kiosk});
    m_secondFactor = std::make_unique<SecondFactorSetup>(session, backend, language);
    m_devices = std::make_unique<RememberedDevicesModel>(session, backend, language);
    // Forgetting this very device ended its session on the server: back to login.
    connect(m_devices.get(), &RememberedDevicesModel::currentDeviceRevoked, session,
            &Session::expire);
    m_passwordReset = std::make_unique<PasswordReset>(backend, language);
    m_privacyStatement = std::make_unique<PrivacyStatementLoader>(backend, language);
    m_registration = std::make_unique<Registration>(backend, language);
    // An invalid profile value was reported at start; the kiosk still logs out in time.
    auto *clock = new SystemIdleClock;
    m_idle = std::make_unique<IdleMonitor>(qBound(1, m_profile.idleLogoutMinutes, 60) * 60, clock);
    clock->setParent(m_idle.get());
    m_notifications = std::make_unique<NotificationCentre>(session, m_client->planning(),
                                                           m_client->contactRequests(), language);
    m_notifications->setEnabled(!m_profile.kiosk); // a shared PC tells nobody anything
}

void AppComposition::wireOrganisation() {
    // The organisation's rules and colours reach the parts that apply them.
    connect(m_organisation.get(), &OrganisationBranding::changed, this, [this] {
        const Organisation &organisation = m_organisation->current();
        m_session->setPasswordPolicy(organisation.passwordPolicy);
        m_providerLogin->setOptions(organisation.login);
        m_client->absences()->setNoticeDays(organisation.absenceNoticeDays);
        m_appearance->setBrandColours(organisation.primaryColor, organisation.accentColor);
    });
    // Again at every login: an app started without the server (the PC's network not up
    // yet) had only the cached organisation, or none: no features, so a menu without the
    // planning, until the next start.
    connect(m_session.get(), &Session::stateChanged, m_organisation.get(), [this] {
        if (m_session->state() == Session::State::LoggedIn)
            m_organisation->refresh();
    });
}

void AppComposition::buildServices() {
    AppServices::Parts parts;
    parts.kiosk = m_profile.kiosk;
    parts.startupError = m_startupError;
    parts.cacheRebuilt = m_cacheRebuilt;
    parts.cacheKeyring = m_cacheKeyring.get();
    parts.session = m_session.get();
    parts.language = m_language.get();
    parts.display = m_display.get();
    parts.idle = m_idle.get();
    parts.outbox = m_outbox.get();
    parts.notifications = m_notifications.get();
    parts.registration = m_registration.get();
    parts.passwordReset = m_passwordReset.get();
    parts.privacyStatement = m_privacyStatement.get();
    parts.secondFactor = m_secondFactor.get();
    parts.devices = m_devices.get();
    m_services = std::make_unique<AppServices>(std::move(parts));
}

void AppComposition::setUpKiosk(const QString &startLanguage) {
    const QString language = startLanguage.isEmpty() ? QStringLiteral("nl") : startLanguage;
    m_language->setRemembersChoice(false);
    m_language->apply(language);
    m_idle->setEnabled(true);
    // Walked away: log out (the session wipes models, cache and tokens) and start the next
    // person in the kiosk's own language. On the login screen QML clears what was typed.
    connect(m_idle.get(), &IdleMonitor::timedOut, this, [this, language] {
        m_session->forgetUser();
        m_passwordReset->restart();
        m_registration->restart();
        m_language->apply(language);
        m_display->restoreDefaults();
    });
}

void AppComposition::openCache(const QString &path) {
    m_cache = std::make_unique<CacheDatabase>(path);
    const auto result = m_cache->open();
    m_cacheRebuilt = result == CacheDatabase::OpenResult::Rebuilt;
    if (result == CacheDatabase::OpenResult::Ok || m_cacheRebuilt)
        return;
    if (result == CacheDatabase::OpenResult::SchemaTooNew)
        m_startupError =
            tr("De opgeslagen gegevens zijn gemaakt door een nieuwere versie van CarePortal. "
               "Installeer de nieuwste versie.");
    // Keep working with an in-memory cache rather than overwrite or crash.
    m_cache = std::make_unique<CacheDatabase>(QStringLiteral(":memory:"));
    (void)m_cache->open();
}

void AppComposition::start() {
    m_organisation->showCached();
    m_organisation->refresh();
    // Nothing personal can be read before the cache's key is there.
    connect(
        m_cacheKeyring.get(), &CacheKeyring::ready, this, [this] { m_session->restore(); },
        Qt::SingleShotConnection);
    m_cacheKeyring->unlock();
}

} // namespace careportal
