// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverruntime.h"

#include "api/absencesapi.h"
#include "api/accesslogapi.h"
#include "api/accountapi.h"
#include "api/appointmentsapi.h"
#include "api/authapi.h"
#include "api/businessapi.h"
#include "api/businesscolleaguesapi.h"
#include "api/businessguard.h"
#include "api/businessinvoicesapi.h"
#include "api/businessprojectsapi.h"
#include "api/businesswritesapi.h"
#include "api/contactdetailsapi.h"
#include "api/contactpersonsapi.h"
#include "api/contactrequestsapi.h"
#include "api/dossierapi.h"
#include "api/idempotentwrites.h"
#include "api/organisationapi.h"
#include "api/passwordresetapi.h"
#include "api/registrationapi.h"
#include "api/secondfactorapi.h"
#include "api/sessionguard.h"
#include "auth/deviceregistry.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/passwordresetservice.h"
#include "auth/secondfactorservice.h"
#include "auth/tokenservice.h"
#include "demo/demobusiness.h"
#include "demo/demoseeder.h"
#include "http/httpserver.h"
#include "messaging/outboxsender.h"
#include "oidcruntime.h"
#include "storage/absencestore.h"
#include "storage/accesslogstore.h"
#include "storage/accesslogwriter.h"
#include "storage/accountstore.h"
#include "storage/businessinvoicestore.h"
#include "storage/businessprojectstore.h"
#include "storage/businessstore.h"
#include "storage/contactrequeststore.h"
#include "storage/contactstore.h"
#include "storage/database.h"
#include "storage/dossierstore.h"
#include "storage/idempotencystore.h"
#include "storage/organisationstore.h"
#include "storage/passwordresetstore.h"
#include "storage/privacystatementstore.h"
#include "storage/registrationstore.h"
#include "storage/secondfactorstore.h"
#include "storage/sessionstore.h"
#include "storage/visitstore.h"
#include "storage/walcheckpointer.h"
#include "tls/certificatestore.h"

#include <QDir>
#include <cstdio>

namespace careportal::server {

namespace {

// Often enough that the write-ahead log stays a few thousand pages at the busiest.
constexpr std::chrono::milliseconds kCheckpointInterval{200};

// Tests and scripts parse these lines, so they go to stdout at once, never buffered.
void announce(const QString &line) {
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

ServerRuntime::ServerRuntime(ServerConfig config)
    : m_config(std::move(config)) {}

ServerRuntime::~ServerRuntime() {
    // Held answers are posted to their connections from the writer's thread: it must be
    // done before the HTTP layer (declared later, so destroyed first) goes.
    if (m_readLog)
        m_readLog->stop();
}

bool ServerRuntime::start(QString *errorMessage) {
    if (!Database::prepareDirectory(m_config.dataDir, errorMessage))
        return false;
    PasswordHasher::setBusyWaitMs(m_config.busyWaitMs);
    // The dummy hash for unknown names exists before the first request, not during it.
    PasswordHasher::prepare();
    const auto tls = CertificateStore::prepare(m_config.dataDir, m_config.certFile,
                                               m_config.keyFile, errorMessage);
    if (!tls)
        return false;

    m_database = std::make_unique<Database>(
        QDir(m_config.dataDir).filePath(QStringLiteral("careportal.sqlite")));
    if (!m_database->initialise(errorMessage))
        return false;
    m_checkpointer = std::make_unique<WalCheckpointer>(*m_database, kCheckpointInterval);
    m_organisation = std::make_unique<OrganisationStore>(*m_database);
    m_accounts = std::make_unique<AccountStore>(*m_database);
    m_sessions = std::make_unique<SessionStore>(*m_database);
    m_visits = std::make_unique<VisitStore>(*m_database);
    m_contacts = std::make_unique<ContactStore>(*m_database);
    m_requests = std::make_unique<ContactRequestStore>(*m_database);
    m_absences = std::make_unique<AbsenceStore>(*m_database);
    m_dossiers = std::make_unique<DossierStore>(*m_database);
    m_business = std::make_unique<BusinessStore>(*m_database);
    m_businessProjects = std::make_unique<BusinessProjectStore>(*m_database);
    m_businessInvoices = std::make_unique<BusinessInvoiceStore>(*m_database);
    m_accessLog = std::make_unique<AccessLogStore>(*m_database);
    m_readLog = std::make_unique<AccessLogWriter>(*m_accessLog);
    m_resets = std::make_unique<PasswordResetStore>(*m_database);
    m_privacy = std::make_unique<PrivacyStatementStore>(*m_database);
    // The reference server's messages go to files; an organisation plugs in its gateway.
    m_sender =
        std::make_unique<OutboxSender>(QDir(m_config.dataDir).filePath(QStringLiteral("outbox")));
    m_resetService =
        std::make_unique<PasswordResetService>(*m_accounts, *m_sessions, *m_resets, *m_sender);
    if (m_config.demo && !seedDemo(errorMessage))
        return false;

    m_tokens =
        std::make_unique<TokenService>(*m_organisation, *m_sessions, m_config.tokenLifetimeSeconds);
    m_throttle = std::make_unique<LoginThrottle>(
        *m_accounts, LoginThrottle::Settings{{m_config.lockoutThreshold, m_config.lockoutMinutes,
                                              m_config.hourlyFailureLimit},
                                             m_config.addressFailureLimit,
                                             m_config.busyWaitMs});
    m_guard = std::make_unique<SessionGuard>(*m_accounts, *m_tokens, *m_accessLog, m_readLog.get());
    m_idempotencyKeys = std::make_unique<IdempotencyStore>(*m_database);
    m_writes = std::make_unique<IdempotentWrites>(*m_idempotencyKeys);
    m_http = std::make_unique<HttpServer>(
        HttpServer::Settings{m_config.host, m_config.port, tls->certificate, tls->privateKey,
                             m_config.http, m_config.trustedProxies});
    m_organisationApi = std::make_unique<OrganisationApi>(
        *m_organisation, *m_privacy, OrganisationApi::Login{m_config.passwordLogin, m_config.oidc});
    m_factorStore = std::make_unique<SecondFactorStore>(*m_database);
    m_factors = std::make_unique<SecondFactorService>(*m_factorStore, *m_sender);
    m_devices = std::make_unique<DeviceRegistry>(*m_factorStore, *m_accounts, *m_sender);
    m_authApi =
        std::make_unique<AuthApi>(*m_accounts, *m_sessions, *m_tokens, *m_throttle, *m_guard,
                                  *m_factors, *m_devices, *m_business, m_config.passwordLogin);
    m_oidc = std::make_unique<OidcRuntime>(m_config.oidc, *m_database, *m_accounts, *m_authApi);
    if (!m_oidc->start(errorMessage))
        return false;
    m_oidc->registerRoutes(*m_http);
    m_secondFactorApi = std::make_unique<SecondFactorApi>(
        *m_organisation, *m_sessions, *m_tokens, *m_guard, *m_factors, *m_devices, *m_throttle);
    m_accountApi = std::make_unique<AccountApi>(*m_accounts, *m_sessions, *m_tokens, *m_guard,
                                                *m_business, m_config.busyWaitMs);
    m_appointmentsApi = std::make_unique<AppointmentsApi>(*m_visits, *m_guard);
    m_organisationApi->registerRoutes(*m_http);
    m_authApi->registerRoutes(*m_http);
    m_accountApi->registerRoutes(*m_http);
    m_appointmentsApi->registerRoutes(*m_http);
    m_contactDetailsApi = std::make_unique<ContactDetailsApi>(*m_contacts, *m_guard, *m_writes);
    m_contactPersonsApi = std::make_unique<ContactPersonsApi>(*m_contacts, *m_guard, *m_writes);
    m_contactDetailsApi->registerRoutes(*m_http);
    m_contactPersonsApi->registerRoutes(*m_http);
    m_contactRequestsApi = std::make_unique<ContactRequestsApi>(*m_requests, *m_guard, *m_writes);
    m_contactRequestsApi->registerRoutes(*m_http);
    m_absencesApi = std::make_unique<AbsencesApi>(*m_organisation, *m_visits, *m_absences, *m_guard,
                                                  *m_writes, m_config.maxOpenAbsences);
    m_absencesApi->registerRoutes(*m_http);
    m_dossierApi = std::make_unique<DossierApi>(*m_dossiers, *m_guard);
    m_dossierApi->registerRoutes(*m_http);
    m_accessLogApi = std::make_unique<AccessLogApi>(*m_accessLog, *m_guard);
    m_accessLogApi->registerRoutes(*m_http);
    m_passwordResetApi = std::make_unique<PasswordResetApi>(*m_resetService);
    m_passwordResetApi->registerRoutes(*m_http);
    m_secondFactorApi->registerRoutes(*m_http);
    m_registrations = std::make_unique<RegistrationStore>(*m_database);
    m_registrationApi = std::make_unique<RegistrationApi>(*m_registrations);
    m_registrationApi->registerRoutes(*m_http);
    m_businessGuard =
        std::make_unique<BusinessGuard>(*m_guard, *m_business, *m_accessLog, m_readLog.get());
    m_businessApi = std::make_unique<BusinessApi>(*m_business, *m_businessGuard);
    m_businessApi->registerRoutes(*m_http);
    m_businessProjectsApi =
        std::make_unique<BusinessProjectsApi>(*m_businessProjects, *m_businessGuard);
    m_businessProjectsApi->registerRoutes(*m_http);
    m_businessInvoicesApi =
        std::make_unique<BusinessInvoicesApi>(*m_businessInvoices, *m_businessGuard);
    m_businessInvoicesApi->registerRoutes(*m_http);
    m_businessWritesApi = std::make_unique<BusinessWritesApi>(
        *m_business, *m_businessProjects, *m_businessGuard, *m_writes, *m_sender);
    m_businessWritesApi->registerRoutes(*m_http);
    m_businessColleaguesApi = std::make_unique<BusinessColleaguesApi>(
        BusinessColleaguesApi::Stores{*m_accounts, *m_business, *m_factorStore, *m_sessions},
        *m_businessGuard, *m_writes, *m_sender);
    m_businessColleaguesApi->registerRoutes(*m_http);

    if (!m_http->bind(errorMessage))
        return false;

    const QString host = m_config.host.contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(m_config.host)
                             : m_config.host;
    announce(QStringLiteral("CarePortal server listening on https://%1:%2%3")
                 .arg(host)
                 .arg(m_http->port())
                 .arg(QLatin1String(HttpServer::kBasePath)));
    announce(QStringLiteral("TLS certificate SHA-256 fingerprint: %1").arg(tls->fingerprint));
    return true;
}

bool ServerRuntime::seedDemo(QString *errorMessage) {
    DemoSeeder seeder(*m_organisation, *m_accounts, *m_visits, *m_contacts, *m_requests,
                      *m_dossiers, *m_privacy);
    const auto seeded = seeder.seedIfEmpty(QDate::currentDate());
    if (!seeded || !seeder.addMissing(QDate::currentDate())) {
        *errorMessage = QStringLiteral("Could not write the demo data");
        return false;
    }
    const auto business =
        DemoBusiness(*m_accounts, *m_business, *m_businessProjects, *m_businessInvoices)
            .seedIfMissing(QDate::currentDate());
    if (!business) {
        *errorMessage = QStringLiteral("Could not write the demo business customer");
        return false;
    }
    const bool fresh = !seeded->isEmpty();
    for (const DemoSeeder::Login &login : DemoSeeder::logins()) {
        QString note = login.mustChangePassword
                           ? QStringLiteral("password change forced at first login")
                           : QStringLiteral("no password change forced");
        if (!fresh)
            note = QStringLiteral("seeded on an earlier start; the password may have changed");
        announce(
            QStringLiteral("Demo login: %1 / %2 (%3)").arg(login.username, login.password, note));
    }
    for (const DemoSeeder::Login &login : DemoBusiness::logins())
        announce(QStringLiteral("Demo login: %1 / %2 (business contact, %3; %4)")
                     .arg(login.username, login.password, DemoBusiness::roles(login.username),
                          *business ? QStringLiteral("no password change forced")
                                    : QStringLiteral("seeded on an earlier start; the password "
                                                     "may have changed")));
    return true;
}

bool ServerRuntime::run() {
    const bool ran = m_http && m_http->run();
    if (m_readLog)
        m_readLog->stop(); // commits what is queued while the connections still exist
    return ran;
}

void ServerRuntime::stop() {
    if (m_http)
        m_http->stop();
}

} // namespace careportal::server
