#include "app/appcontroller.h"

#include "app/virtualkeyboard.h"
#include "auth/session.h"
#include "backend/restbackend.h"
#include "network/apiclient.h"
#include "network/servertrust.h"
#include "outbox/outbox.h"
#include "planning/planningcache.h"
#include "planning/planningmodel.h"
#include "settings/languagesettings.h"
#include "storage/cachedatabase.h"
#include "storage/cachekeyring.h"
#include "storage/documentcache.h"
#include "storage/tokenstore.h"
#include "util/futureresult.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace careportal {

AppController *AppController::s_instance = nullptr;

namespace {
const QString organisationCacheKey = QStringLiteral("organisation");
}

AppController::AppController(const Options &options, QObject *parent)
    : QObject(parent)
    , m_profile(options.profile)
    , m_trust(new ServerTrust(options.profile.fingerprint, this))
    , m_api(new ApiClient(options.profile.serverUrl, m_trust, this))
    , m_backend(new RestBackend(m_api, this))
    , m_tokens(new TokenStore(options.profile.sessionKey(),
                              options.profile.kiosk ? TokenStore::Keeping::MemoryOnly
                                                    : TokenStore::Keeping::Keychain,
                              this))
    , m_language(new LanguageSettings(this)) {
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_startupError = m_profile.validate();
    // A kiosk writes nothing personal to disk at all: its cache lives in memory.
    openCache(m_profile.kiosk ? QStringLiteral(":memory:") : options.cachePath);
    m_cacheKeyring =
        new CacheKeyring(m_cache.get(), options.profile.sessionKey() + QStringLiteral("/cache-key"),
                         m_tokens->keeping(), this);
    connect(m_cacheKeyring, &CacheKeyring::keychainMissingChanged, this,
            &AppController::cacheNoticeChanged);
    m_planningCache = std::make_unique<PlanningCache>(m_cache.get());
    m_language->apply(options.language.isEmpty() ? LanguageSettings::storedCode()
                                                 : options.language);
    m_backend->setLanguage(m_language->code());
    connect(m_language, &LanguageSettings::codeChanged, this,
            [this] { m_backend->setLanguage(m_language->code()); });
    m_session = new Session(m_backend, m_tokens, m_cache.get(), m_language, this);
    // One notice for one cause: the app's own (on every page) says that the keychain is
    // missing, for the session too.
    const auto keychainNotice = [this] {
        m_session->setKeychainNoticeElsewhere(m_cacheKeyring->keychainMissing());
    };
    connect(m_cacheKeyring, &CacheKeyring::keychainMissingChanged, m_session, keychainNotice);
    keychainNotice();
    // The session wiped the cache; after a logout the user chose its key goes too, and the
    // next user gets a new one. After an expiry the key stays for the writes kept.
    connect(m_session, &Session::loggedOut, m_cacheKeyring, [this](bool queuedWritesKept) {
        if (!queuedWritesKept)
            m_cacheKeyring->replaceKey();
    });
    m_planning = new PlanningModel(m_session, m_backend, m_planningCache.get(), m_language, this);
    m_outbox = new Outbox(m_cache.get(), m_backend, this);
    // Sent only with a session and an unlocked cache; kept (sealed) until then.
    const auto updateOutbox = [this] {
        m_outbox->setEnabled(m_session->state() == Session::State::LoggedIn &&
                             m_cacheKeyring->isReady());
    };
    connect(m_session, &Session::stateChanged, m_outbox, updateOutbox);
    // Again at every login: an app started without the server (the PC's network not up
    // yet) had only the cached organisation, or none: no features, so a menu without the
    // planning, until the next start.
    connect(m_session, &Session::stateChanged, this, [this] {
        if (m_session->state() == Session::State::LoggedIn)
            refreshOrganisation();
    });
    connect(m_cacheKeyring, &CacheKeyring::ready, m_outbox, updateOutbox);
    m_documents = std::make_unique<DocumentCache>(m_cache.get());
    m_contactDetails = new ContactDetailsModel(m_session, m_backend, m_language, this);
    m_contactPersons = new ContactPersonsModel(m_session, m_backend, m_language, this);
    m_contactRequests = new ContactRequestsModel(m_session, m_backend, m_language, this);
    m_contactRequests->setSeenStore(m_cache.get());
    m_notifications =
        new NotificationCentre(m_session, m_planning, m_contactRequests, m_language, this);
    m_notifications->setEnabled(!m_profile.kiosk); // a shared PC tells nobody anything
    m_absences = new AbsencesModel(m_session, m_backend, m_language, this);
    for (ClientListModel *list : std::initializer_list<ClientListModel *>{
             m_contactDetails, m_contactPersons, m_contactRequests, m_absences})
        list->setOfflineSupport(m_documents.get(), m_outbox);
    m_dossier = new DossierModel(m_session, m_backend, m_language, this);
    m_dossierTimeline = new DossierReportsModel(m_session, m_backend, m_language, m_dossier,
                                                kDossierPageSize, this);
    m_dossierReading = new DossierReportsModel(m_session, m_backend, m_language, m_dossier,
                                               kDossierPageSize, this);
    m_dossierLatest = new DossierReportsModel(m_session, m_backend, m_language, m_dossier,
                                              kDossierLatestCount, this);
    m_carePlan = new CarePlanModel(m_session, m_backend, m_language, this);
    m_accessLog = new AccessLogModel(m_session, m_backend, m_language, this);
    m_secondFactor = new SecondFactorSetup(m_session, m_backend, m_language, this);
    m_devices = new RememberedDevicesModel(m_session, m_backend, m_language, this);
    // Forgetting this very device ended its session on the server: back to login.
    connect(m_devices, &RememberedDevicesModel::currentDeviceRevoked, m_session, &Session::expire);
    m_passwordReset = new PasswordReset(m_backend, m_language, this);
    m_privacyStatement = new PrivacyStatementLoader(m_backend, m_language, this);
    m_registration = new Registration(m_backend, m_language, this);
    // An invalid profile value was reported at start; the kiosk still logs out in time.
    m_idle = new IdleMonitor(qBound(1, m_profile.idleLogoutMinutes, 60) * 60,
                             new SystemIdleClock(this), this);
    m_display = new DisplaySettings(!m_profile.kiosk, this);
    m_appearance = new Appearance(m_display, m_language, this);
    if (m_profile.kiosk)
        setUpKiosk(options.language);
}

void AppController::setUpKiosk(const QString &startLanguage) {
    const QString language = startLanguage.isEmpty() ? QStringLiteral("nl") : startLanguage;
    m_language->setRemembersChoice(false);
    m_language->apply(language);
    m_idle->setEnabled(true);
    // Walked away: log out (the session wipes models, cache and tokens) and start the next
    // person in the kiosk's own language. On the login screen QML clears what was typed.
    connect(m_idle, &IdleMonitor::timedOut, this, [this, language] {
        m_session->forgetUser();
        m_passwordReset->restart();
        m_registration->restart();
        m_language->apply(language);
        m_display->restoreDefaults();
    });
}

AppController::~AppController() {
    // Children that use the cache or the session go first.
    delete m_notifications;
    delete m_devices;
    delete m_secondFactor;
    delete m_accessLog;
    delete m_carePlan;
    delete m_dossierLatest;
    delete m_dossierReading;
    delete m_dossierTimeline;
    delete m_dossier;
    delete m_absences;
    delete m_contactRequests;
    delete m_contactPersons;
    delete m_contactDetails;
    delete m_outbox;
    delete m_planning;
    delete m_session;
    s_instance = nullptr;
}

AppController *AppController::create(QQmlEngine *engine, QJSEngine *) {
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_language->setEngine(engine);
    return s_instance;
}

void AppController::openCache(const QString &path) {
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

void AppController::start() {
    const QJsonObject cached =
        QJsonDocument::fromJson(m_cache->value(organisationCacheKey)).object();
    if (!cached.isEmpty())
        setOrganisation(Organisation::fromJson(cached));
    refreshOrganisation();
    // Nothing personal can be read before the cache's key is there.
    connect(
        m_cacheKeyring, &CacheKeyring::ready, this, [this] { m_session->restore(); },
        Qt::SingleShotConnection);
    m_cacheKeyring->unlock();
}

void AppController::refreshOrganisation() {
    onResult(m_backend->organisation(), this, [this](const Result<Organisation> &result) {
        if (!result.ok())
            return; // the cached or default organisation stays
        m_cache->storeValue(organisationCacheKey, QJsonDocument(result.value().toJson()).toJson());
        setOrganisation(result.value());
    });
}

QString AppController::cacheNotice() const {
    if (m_cacheKeyring->keychainMissing())
        return tr("Er is geen beveiligde opslag (sleutelbos) op deze computer. Daarom wordt "
                  "hier niets bewaard: u logt de volgende keer opnieuw in, en zonder internet "
                  "kunt u uw gegevens niet bekijken.");
    if (m_cacheRebuilt)
        return tr("De opgeslagen gegevens op deze computer waren beschadigd. Ze worden opnieuw "
                  "opgehaald.");
    return {};
}

void AppController::setOrganisation(const Organisation &organisation) {
    m_organisation = organisation;
    m_session->setPasswordPolicy(organisation.passwordPolicy);
    m_absences->setNoticeDays(organisation.absenceNoticeDays);
    m_appearance->setBrandColours(organisation.primaryColor, organisation.accentColor);
    Q_EMIT organisationChanged();
}

QString AppController::organisationName() const {
    return m_organisation.name.isEmpty() ? m_profile.organisationName : m_organisation.name;
}

// The organisation's colours, made readable (see Appearance).
QColor AppController::primaryColor() const {
    return m_appearance->primaryColor();
}

QColor AppController::accentColor() const {
    return m_appearance->accentColor();
}

QUrl AppController::logoUrl() const {
    if (m_organisation.logoSvg.isEmpty())
        return {};
    return QUrl(QStringLiteral("data:image/svg+xml;base64,") +
                QString::fromLatin1(m_organisation.logoSvg.toBase64()));
}

bool AppController::virtualKeyboard() const {
    return VirtualKeyboard::active();
}

QString AppController::version() const {
    return QCoreApplication::applicationVersion();
}

bool AppController::hasFeature(const QString &feature) const {
    return m_organisation.features.contains(feature);
}

} // namespace careportal
