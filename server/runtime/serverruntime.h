// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "config/serverconfig.h"

#include <memory>

namespace careportal::server {

class Database;
class AccountStore;
class OrganisationStore;
class VisitStore;
class TokenService;
class LoginThrottle;
class SessionGuard;
class WalCheckpointer;
class HttpServer;
class OrganisationApi;
class AuthApi;
class AccountApi;
class AppointmentsApi;
class ContactStore;
class ContactDetailsApi;
class ContactPersonsApi;
class ContactRequestStore;
class ContactRequestsApi;
class AbsenceStore;
class AbsencesApi;
class AccessLogApi;
class AccessLogStore;
class AccessLogWriter;
class MessageSender;
class PasswordResetApi;
class PasswordResetService;
class PasswordResetStore;
class DossierApi;
class DossierStore;
class SessionStore;
class PrivacyStatementStore;
class SecondFactorStore;
class SecondFactorService;
class DeviceRegistry;
class SecondFactorApi;
class RegistrationStore;
class IdempotencyStore;
class IdempotentWrites;
class RegistrationApi;
class BusinessStore;
class BusinessProjectStore;
class BusinessInvoiceStore;
class BusinessGuard;
class BusinessApi;
class BusinessProjectsApi;
class BusinessInvoicesApi;
class BusinessWritesApi;
class BusinessColleaguesApi;
class OidcRuntime;

/// Wires config, TLS, storage, auth and the API together, so main() stays a few lines and
/// the whole server can be built in-process too.
class ServerRuntime {
public:
    explicit ServerRuntime(ServerConfig config);
    ~ServerRuntime();
    ServerRuntime(const ServerRuntime &) = delete;
    ServerRuntime &operator=(const ServerRuntime &) = delete;

    /// Prepares the data dir, certificate and database, seeds demo data when asked, binds the
    /// port and prints the startup lines on stdout. False (with errorMessage) on any failure.
    [[nodiscard]] bool start(QString *errorMessage);
    /// Serves until stop() is called from another thread.
    bool run();
    void stop();

private:
    [[nodiscard]] bool seedDemo(QString *errorMessage);

    ServerConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<OrganisationStore> m_organisation;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<VisitStore> m_visits;
    std::unique_ptr<ContactStore> m_contacts;
    std::unique_ptr<ContactRequestStore> m_requests;
    std::unique_ptr<AbsenceStore> m_absences;
    std::unique_ptr<DossierStore> m_dossiers;
    std::unique_ptr<BusinessStore> m_business;
    std::unique_ptr<BusinessProjectStore> m_businessProjects;
    std::unique_ptr<BusinessInvoiceStore> m_businessInvoices;
    std::unique_ptr<AccessLogStore> m_accessLog;
    std::unique_ptr<AccessLogWriter> m_readLog; // stopped before m_http goes (run(), ~)
    std::unique_ptr<PasswordResetStore> m_resets;
    std::unique_ptr<PrivacyStatementStore> m_privacy;
    std::unique_ptr<MessageSender> m_sender;
    std::unique_ptr<PasswordResetService> m_resetService;
    std::unique_ptr<SecondFactorStore> m_factorStore;
    std::unique_ptr<SecondFactorService> m_factors;
    std::unique_ptr<DeviceRegistry> m_devices;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<SessionGuard> m_guard;
    std::unique_ptr<BusinessGuard> m_businessGuard;
    std::unique_ptr<IdempotencyStore> m_idempotencyKeys;
    std::unique_ptr<IdempotentWrites> m_writes;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<OrganisationApi> m_organisationApi;
    std::unique_ptr<AuthApi> m_authApi;
    std::unique_ptr<AccountApi> m_accountApi;
    std::unique_ptr<AppointmentsApi> m_appointmentsApi;
    std::unique_ptr<ContactDetailsApi> m_contactDetailsApi;
    std::unique_ptr<ContactPersonsApi> m_contactPersonsApi;
    std::unique_ptr<ContactRequestsApi> m_contactRequestsApi;
    std::unique_ptr<AbsencesApi> m_absencesApi;
    std::unique_ptr<DossierApi> m_dossierApi;
    std::unique_ptr<AccessLogApi> m_accessLogApi;
    std::unique_ptr<PasswordResetApi> m_passwordResetApi;
    std::unique_ptr<SecondFactorApi> m_secondFactorApi;
    std::unique_ptr<RegistrationStore> m_registrations;

    std::unique_ptr<RegistrationApi> m_registrationApi;
    std::unique_ptr<BusinessApi> m_businessApi;
    std::unique_ptr<BusinessProjectsApi> m_businessProjectsApi;
    std::unique_ptr<BusinessInvoicesApi> m_businessInvoicesApi;
    std::unique_ptr<BusinessWritesApi> m_businessWritesApi;
    std::unique_ptr<BusinessColleaguesApi> m_businessColleaguesApi;
    std::unique_ptr<OidcRuntime> m_oidc;
};

} // namespace careportal::server
