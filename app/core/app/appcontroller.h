#pragma once

#include "absence/absencesmodel.h"
#include "accesslog/accesslogmodel.h"
#include "app/privacystatementloader.h"
#include "auth/passwordreset.h"
#include "auth/registration.h"
#include "auth/session.h"
#include "contacts/contactdetailsmodel.h"
#include "contacts/contactpersonsmodel.h"
#include "domain/organisation.h"
#include "dossier/careplanmodel.h"
#include "dossier/dossiermodel.h"
#include "dossier/dossierreportsmodel.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "outbox/outbox.h"
#include "planning/planningmodel.h"
#include "requests/contactrequestsmodel.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "settings/appearance.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"
#include "settings/organisationprofile.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace careportal {

class ApiClient;
class CacheDatabase;
class CacheKeyring;
class CareBackend;
class DocumentCache;
class PlanningCache;
class ServerTrust;
class TokenStore;

/// Builds the app's parts from an organisation profile and hands them to QML as the
/// singleton `App`: the session, the planning, the language and the organisation's
/// branding. One instance per process; C++ owns it.
class AppController : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY organisationChanged)
    Q_PROPERTY(QString organisationPhone READ organisationPhone NOTIFY organisationChanged)
    Q_PROPERTY(QColor primaryColor READ primaryColor NOTIFY organisationChanged)
    Q_PROPERTY(QColor accentColor READ accentColor NOTIFY organisationChanged)
    /// The organisation's logo as a data: URL (empty when it has none), for an Image.
    Q_PROPERTY(QUrl logoUrl READ logoUrl NOTIFY organisationChanged)
    Q_PROPERTY(QStringList features READ features NOTIFY organisationChanged)
    // The menu features this organisation offers, one typed property each so that QML
    // bindings follow changes and qmllint catches typos.
    Q_PROPERTY(bool hasPlanning READ hasPlanning NOTIFY organisationChanged)
    Q_PROPERTY(bool hasChangePassword READ hasChangePassword NOTIFY organisationChanged)
    Q_PROPERTY(bool hasContactDetails READ hasContactDetails NOTIFY organisationChanged)
    Q_PROPERTY(bool hasContactPersons READ hasContactPersons NOTIFY organisationChanged)
    Q_PROPERTY(bool hasContactRequests READ hasContactRequests NOTIFY organisationChanged)
    Q_PROPERTY(bool hasAbsence READ hasAbsence NOTIFY organisationChanged)
    Q_PROPERTY(bool hasDossier READ hasDossier NOTIFY organisationChanged)
    Q_PROPERTY(bool hasAccessLog READ hasAccessLog NOTIFY organisationChanged)
    Q_PROPERTY(bool hasAccountSecurity READ hasAccountSecurity NOTIFY organisationChanged)
    Q_PROPERTY(int absenceNoticeDays READ absenceNoticeDays NOTIFY organisationChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    /// A shared PC (--kiosk or the profile): full screen, nothing remembered, idle logout.
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    /// The on-screen keyboard is the input method (kiosk, --virtual-keyboard, the profile).
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    /// The idle logout and its countdown (enabled on a kiosk only).
    Q_PROPERTY(careportal::IdleMonitor *idle READ idle CONSTANT)
    /// Text size and high contrast, the reader's choice.
    Q_PROPERTY(careportal::DisplaySettings *display READ display CONSTANT)
    Q_PROPERTY(QString startupError READ startupError CONSTANT)
    /// Says when the cache cannot keep data on this computer (no keychain) or was damaged
    /// and is being rebuilt; empty otherwise.
    Q_PROPERTY(QString cacheNotice READ cacheNotice NOTIFY cacheNoticeChanged)
    Q_PROPERTY(careportal::Session *session READ session CONSTANT)
    Q_PROPERTY(careportal::PlanningModel *planning READ planning CONSTANT)
    /// Desktop notifications of changed visits and answered requests (off on a kiosk).
    Q_PROPERTY(careportal::NotificationCentre *notifications READ notifications CONSTANT)
    Q_PROPERTY(careportal::LanguageSettings *language READ language CONSTANT)
    Q_PROPERTY(careportal::ContactDetailsModel *contactDetails READ contactDetails CONSTANT)
    Q_PROPERTY(careportal::ContactPersonsModel *contactPersons READ contactPersons CONSTANT)
    Q_PROPERTY(careportal::ContactRequestsModel *contactRequests READ contactRequests CONSTANT)
    Q_PROPERTY(careportal::AbsencesModel *absences READ absences CONSTANT)
    Q_PROPERTY(careportal::Outbox *outbox READ outbox CONSTANT)
    // The dossier: one overview, the timeline (every kind), the reading tab (one kind at a
    // time), Home's newest additions and the care plan. Memory only, wiped at logout.
    Q_PROPERTY(careportal::DossierModel *dossier READ dossier CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *dossierTimeline READ dossierTimeline CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *dossierReading READ dossierReading CONSTANT)
    Q_PROPERTY(careportal::DossierReportsModel *dossierLatest READ dossierLatest CONSTANT)
    Q_PROPERTY(careportal::CarePlanModel *carePlan READ carePlan CONSTANT)
    Q_PROPERTY(careportal::AccessLogModel *accessLog READ accessLog CONSTANT)
    Q_PROPERTY(careportal::SecondFactorSetup *secondFactor READ secondFactor CONSTANT)
    Q_PROPERTY(careportal::RememberedDevicesModel *devices READ devices CONSTANT)
    Q_PROPERTY(careportal::Registration *registration READ registration CONSTANT)
    Q_PROPERTY(careportal::PasswordReset *passwordReset READ passwordReset CONSTANT)
    Q_PROPERTY(careportal::PrivacyStatementLoader *privacyStatement READ privacyStatement CONSTANT)
public:
    struct Options {
        OrganisationProfile profile;
        QString cachePath; ///< SQLite file, or ":memory:".
        QString language;
    };

    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    static AppController *create(QQmlEngine *engine, QJSEngine *);
    [[nodiscard]] static AppController *instance() { return s_instance; }

    /// Shows cached organisation data, fetches the current one, restores the session.
    void start();
    /// Fetches the organisation's name, colours, logo and rules again and restyles the app
    /// (start() and every login do it); on failure the current ones stay.
    Q_INVOKABLE void refreshOrganisation();

    [[nodiscard]] QString organisationName() const;
    [[nodiscard]] QString organisationPhone() const { return m_organisation.phone; }
    [[nodiscard]] QColor primaryColor() const;
    [[nodiscard]] QColor accentColor() const;
    [[nodiscard]] QUrl logoUrl() const;
    [[nodiscard]] QStringList features() const { return m_organisation.features; }
    [[nodiscard]] bool hasPlanning() const { return hasFeature(QStringLiteral("planning")); }
    [[nodiscard]] bool hasChangePassword() const {
        return hasFeature(QStringLiteral("changePassword"));
    }
    [[nodiscard]] bool hasContactDetails() const {
        return hasFeature(QStringLiteral("contactDetails"));
    }
    [[nodiscard]] bool hasContactPersons() const {
        return hasFeature(QStringLiteral("contactPersons"));
    }
    [[nodiscard]] bool hasContactRequests() const {
        return hasFeature(QStringLiteral("contactRequests"));
    }
    [[nodiscard]] bool hasAbsence() const { return hasFeature(QStringLiteral("absence")); }
    [[nodiscard]] bool hasDossier() const { return hasFeature(QStringLiteral("dossier")); }
    [[nodiscard]] bool hasAccessLog() const { return hasFeature(QStringLiteral("accessLog")); }
    [[nodiscard]] bool hasAccountSecurity() const {
        return hasFeature(QStringLiteral("accountSecurity"));
    }
    [[nodiscard]] int absenceNoticeDays() const { return m_organisation.absenceNoticeDays; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] bool kiosk() const { return m_profile.kiosk; }
    [[nodiscard]] bool virtualKeyboard() const;
    [[nodiscard]] IdleMonitor *idle() const { return m_idle; }
    [[nodiscard]] DisplaySettings *display() const { return m_display; }
    [[nodiscard]] QString startupError() const { return m_startupError; }
    [[nodiscard]] QString cacheNotice() const;
    [[nodiscard]] const PasswordPolicy &passwordPolicy() const {
        return m_organisation.passwordPolicy;
    }
    Q_INVOKABLE [[nodiscard]] bool hasFeature(const QString &feature) const;

    [[nodiscard]] Session *session() const { return m_session; }
    [[nodiscard]] PlanningModel *planning() const { return m_planning; }
    [[nodiscard]] NotificationCentre *notifications() const { return m_notifications; }
    [[nodiscard]] LanguageSettings *language() const { return m_language; }
    [[nodiscard]] ContactDetailsModel *contactDetails() const { return m_contactDetails; }
    [[nodiscard]] ContactPersonsModel *contactPersons() const { return m_contactPersons; }
    [[nodiscard]] ContactRequestsModel *contactRequests() const { return m_contactRequests; }
    [[nodiscard]] AbsencesModel *absences() const { return m_absences; }
    [[nodiscard]] Outbox *outbox() const { return m_outbox; }
    [[nodiscard]] DossierModel *dossier() const { return m_dossier; }
    [[nodiscard]] DossierReportsModel *dossierTimeline() const { return m_dossierTimeline; }
    [[nodiscard]] DossierReportsModel *dossierReading() const { return m_dossierReading; }
    [[nodiscard]] DossierReportsModel *dossierLatest() const { return m_dossierLatest; }
    [[nodiscard]] CarePlanModel *carePlan() const { return m_carePlan; }
    [[nodiscard]] AccessLogModel *accessLog() const { return m_accessLog; }
    [[nodiscard]] SecondFactorSetup *secondFactor() const { return m_secondFactor; }
    [[nodiscard]] RememberedDevicesModel *devices() const { return m_devices; }
    [[nodiscard]] Registration *registration() const { return m_registration; }
    [[nodiscard]] PasswordReset *passwordReset() const { return m_passwordReset; }
    [[nodiscard]] PrivacyStatementLoader *privacyStatement() const { return m_privacyStatement; }

    static constexpr int kDossierPageSize = 20;
    static constexpr int kDossierLatestCount = 3;
    [[nodiscard]] CareBackend *backend() const { return m_backend; }
    [[nodiscard]] TokenStore *tokenStore() const { return m_tokens; }
    [[nodiscard]] CacheDatabase *cache() const { return m_cache.get(); }
    [[nodiscard]] CacheKeyring *cacheKeyring() const { return m_cacheKeyring; }

Q_SIGNALS:
    void organisationChanged();
    void cacheNoticeChanged();

private:
    void openCache(const QString &path);
    void setOrganisation(const Organisation &organisation);
    void setUpKiosk(const QString &startLanguage);

    static AppController *s_instance;
    OrganisationProfile m_profile;
    Organisation m_organisation;
    QString m_startupError;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<PlanningCache> m_planningCache;
    std::unique_ptr<DocumentCache> m_documents;
    CacheKeyring *m_cacheKeyring = nullptr;
    bool m_cacheRebuilt = false;
    ServerTrust *m_trust;
    ApiClient *m_api;
    CareBackend *m_backend;
    TokenStore *m_tokens;
    LanguageSettings *m_language;
    Session *m_session;
    PlanningModel *m_planning;
    NotificationCentre *m_notifications = nullptr;
    ContactDetailsModel *m_contactDetails;
    ContactPersonsModel *m_contactPersons;
    ContactRequestsModel *m_contactRequests;
    AbsencesModel *m_absences;
    Outbox *m_outbox;
    DossierModel *m_dossier;
    DossierReportsModel *m_dossierTimeline;
    DossierReportsModel *m_dossierReading;
    DossierReportsModel *m_dossierLatest;
    CarePlanModel *m_carePlan;
    AccessLogModel *m_accessLog;
    SecondFactorSetup *m_secondFactor;
    RememberedDevicesModel *m_devices;
    Registration *m_registration;
    PasswordReset *m_passwordReset;
    PrivacyStatementLoader *m_privacyStatement;
    IdleMonitor *m_idle;
    DisplaySettings *m_display;
    Appearance *m_appearance;
};

} // namespace careportal
