// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/carebackend.h"
#include "fhir/fhirbundle.h"
#include "fhir/fhirsessiontoken.h"
#include "network/apirequest.h"

#include <QHash>
#include <QPromise>
#include <functional>
#include <memory>

namespace careportal {

class ApiClient;

/// CareBackend over an organisation's FHIR R4 server (docs/fhir.md): the same screens, read
/// from Patient, RelatedPerson, Appointment, Composition, CarePlan, CommunicationRequest,
/// Task and AuditEvent. What FHIR has no resource for (password and second-factor settings,
/// registration, the business portal) answers a "not offered" error, and organisation()
/// leaves it out of the menu. Creates are conditional on the write's idempotency key, so the
/// outbox delivers each exactly once.
class FhirBackend : public CareBackend {
    Q_OBJECT
public:
    /// What the profile says, since a FHIR server does not: the organisation's name and
    /// which logins it offers.
    struct Settings {
        QString organisationName;
        LoginOptions login;
        int absenceNoticeDays = 3;
    };

    FhirBackend(ApiClient *client, Settings settings, QObject *parent = nullptr);

    void setSessionTokens(const SessionTokens &tokens) override;
    void setLanguage(const QString &language) override;

    // fhirbackendaccount.cpp: the organisation, login and the account.
    QFuture<Result<Organisation>> organisation() override;
    QFuture<Result<PrivacyStatement>> privacyStatement() override;
    QFuture<Result<LoginResult>> login(const QString &username, const QString &password,
                                       const QByteArray &deviceToken) override;
    QFuture<Result<LoginResult>> loginWithIdToken(const QByteArray &idToken, const QString &nonce,
                                                  const QByteArray &accessToken) override;
    QFuture<Result<LoginResult>> completeSecondFactor(const QString &code, bool rememberDevice,
                                                      const QString &deviceName) override;
    QFuture<Result<Done>> resendSecondFactorCode() override;
    QFuture<Result<Done>> changePassword(const QString &current, const QString &next) override;
    QFuture<Result<Done>> logout() override;
    QFuture<Result<Done>> logoutEverywhere() override;
    QFuture<Result<Done>> requestPasswordReset(const QString &username,
                                               const QString &email) override;
    QFuture<Result<Done>> confirmPasswordReset(const QString &username, const QString &code,
                                               const QString &newPassword) override;
    QFuture<Result<Done>> requestRegistration(const QJsonObject &fields) override;
    QFuture<Result<Account>> me() override;
    QFuture<Result<SecondFactorSettings>> secondFactorSettings() override;
    QFuture<Result<Done>> sendStepUpCode() override;
    QFuture<Result<AuthenticatorSetup>> beginAuthenticator(const QString &password,
                                                           const QString &code) override;
    QFuture<Result<Done>> confirmAuthenticator(const QString &code) override;
    QFuture<Result<Done>> removeAuthenticator(const QString &password,
                                              const QString &code) override;
    QFuture<Result<Done>> changePhone(const QString &password, const QString &code,
                                      const QString &phone) override;
    QFuture<Result<QList<RememberedDevice>>> rememberedDevices() override;
    QFuture<Result<Done>> revokeDevice(const QString &id) override;

    // fhirbackendreads.cpp: the client's data.
    QFuture<Result<AppointmentPage>> appointments(const QString &clientId, QDate from, QDate to,
                                                  const QByteArray &etag) override;
    QFuture<Result<ListVersion<ContactDetail>>> contactDetails(const QString &clientId,
                                                               const QByteArray &etag) override;
    QFuture<Result<QList<ContactPersonType>>> contactPersonTypes() override;
    QFuture<Result<ListVersion<ContactPerson>>> contactPersons(const QString &clientId,
                                                               const QByteArray &etag) override;
    QFuture<Result<QList<LabelledOption>>> contactRequestSubjects() override;
    QFuture<Result<ContactRequestPage>> contactRequests(const QString &clientId,
                                                        const QString &cursor,
                                                        const QByteArray &etag) override;
    QFuture<Result<QList<LabelledOption>>> absenceTypes() override;
    QFuture<Result<ListVersion<AbsenceReport>>> absences(const QString &clientId,
                                                         const QByteArray &etag) override;
    QFuture<Result<DossierOverview>> dossier(const QString &clientId) override;
    QFuture<Result<DossierReportPage>> dossierReports(const QString &clientId, const QString &kind,
                                                      const QString &cursor, int limit) override;
    QFuture<Result<QList<CareGoal>>> carePlan(const QString &clientId) override;
    QFuture<Result<AccessLogPage>> accessLog(const QString &clientId, QDate from, QDate to,
                                             const QString &cursor, int limit) override;

    // fhirbackendwrites.cpp: the outbox's writes and the read marker.
    QFuture<Result<WriteReceipt>> deliver(const QueuedWrite &write) override;
    QFuture<Result<ContactRequest>> markAnswerRead(const QString &clientId,
                                                   const QString &requestId) override;

    // fhirbackendaccount.cpp: the business portal is not a care FHIR server's.
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessOrganisation(const QString &orgId, const QByteArray &etag) override;
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessOwnContact(const QString &orgId, const QByteArray &etag) override;
    QFuture<Result<QList<LabelledOption>>> businessFunctions(const QString &orgId) override;
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessColleagues(const QString &orgId, const QByteArray &etag) override;
    QFuture<Result<Done>> resetColleagueSecondFactor(const QString &orgId,
                                                     const QString &colleagueId) override;
    QFuture<Result<ListVersion<BusinessRecord>>> invoices(const QString &orgId, bool openOnly,
                                                          const QByteArray &etag) override;
    QFuture<Result<BusinessRecord>> invoice(const QString &orgId, const QString &id) override;
    QFuture<Result<InvoicePdf>> invoicePdf(const QString &orgId, const QString &id) override;
    QFuture<Result<ListVersion<BusinessRecord>>> projects(const QString &orgId, bool mineOnly,
                                                          const QByteArray &etag) override;
    QFuture<Result<ListVersion<BusinessRecord>>> correspondence(const QString &orgId,
                                                                const QByteArray &etag) override;
    QFuture<Result<BusinessRecord>> markCorrespondenceRead(const QString &orgId,
                                                           const QString &id) override;

    /// The error of everything a FHIR server does not offer.
    [[nodiscard]] static ApiError notOffered();

private:
    template <typename T> using Deliver = std::function<void(const Result<T> &)>;
    using Reply = std::function<void(const ApiResponse &)>;

    /// Runs `start`, which calls its Deliver exactly once, and hands the result to a future.
    template <typename T>
    static QFuture<Result<T>> promised(const std::function<void(Deliver<T>)> &start);
    template <typename T> static QFuture<Result<T>> ready(const Result<T> &result);

    /// A request to the FHIR server (path relative to its base).
    [[nodiscard]] static ApiRequest fhirRequest(ApiRequest::Method method, const QString &path);
    /// Sends; a refusal's OperationOutcome becomes the typed error. `bearer` overrides the
    /// session's token (the login's check of a typed test token).
    void send(ApiRequest request, const Reply &reply, const QByteArray &bearer = {});
    /// One page of a search (the first, or a next link of an earlier page).
    void searchPage(ApiRequest request, const QString &type, const Deliver<fhir::SearchPage> &done,
                    const QByteArray &bearer = {});
    /// Every page of a search, following Bundle next links.
    void searchAll(const QString &type, const QUrlQuery &query,
                   const Deliver<fhir::SearchPage> &done, const QByteArray &bearer = {});
    void continueSearch(const QString &type, const fhir::SearchPage &sofar,
                        const Deliver<fhir::SearchPage> &done, const QByteArray &bearer);
    /// A search request from a cursor (a next link of this server) or a first-page query.
    [[nodiscard]] Result<ApiRequest> pageRequest(const QString &type, const QString &cursor,
                                                 const QUrlQuery &firstPage) const;
    /// Whether a link the server sent is on its own base, so the session's token may follow.
    [[nodiscard]] bool isOwnLink(const QUrl &url) const;
    /// Reads one resource; with `etag` an unchanged one answers with notModified set.
    void read(const QString &type, const QString &id, const QByteArray &etag,
              const std::function<void(const Result<fhir::Resource> &, bool notModified)> &done);
    void put(const fhir::Resource &resource, const QByteArray &ifMatch, const Reply &reply);
    void postConditional(const QJsonObject &resource, const QString &idempotencyKey,
                         const Reply &reply);
    /// Who is acting, for the Account: the clients of a typed user name or of a fhirUser.
    void findClients(const fhir::FhirSessionToken &token, const Deliver<Account> &done);
    void clientsOfUsername(const fhir::FhirSessionToken &token, const Deliver<Account> &done);
    void clientOfFhirUser(const fhir::FhirSessionToken &token, const Deliver<Account> &done);
    /// The account of the Patients the user is and the RelatedPersons the user acts as
    /// (with their Patients included); remembers who acts for each client (actorFor).
    Result<Account> accountOf(const fhir::FhirSessionToken &token, const fhir::SearchPage &own,
                              const fhir::SearchPage &acting);
    /// Completes a page of contact requests with their answers (Communication based on them).
    void withAnswers(const fhir::SearchPage &requests, const QByteArray &etag,
                     const Deliver<ContactRequestPage> &done);
    /// "Patient/…" or "RelatedPerson/…" who writes for `clientId` (requester, sender).
    [[nodiscard]] QString actorFor(const QString &clientId) const;

    // fhirbackendwrites.cpp
    void deliverContactDetail(const QueuedWrite &write, const Deliver<WriteReceipt> &done);
    void deliverContactPerson(const QueuedWrite &write, const Deliver<WriteReceipt> &done);
    void deliverCreate(const QueuedWrite &write, const QJsonObject &resource,
                       const std::function<QJsonObject(const fhir::Resource &)> &item,
                       const Deliver<WriteReceipt> &done);
    void removeContactPerson(const fhir::Resource &current, const Deliver<WriteReceipt> &done);
    void storeAnswerRead(const QString &requestId, const fhir::Resource &answer,
                         const Deliver<ContactRequest> &done);
    /// The API's records of what a FHIR resource holds, as receipts and 412s carry them.
    [[nodiscard]] static QJsonObject personRecord(const fhir::Resource &relatedPerson);
    [[nodiscard]] static QJsonObject contactDetailRecord(const fhir::Resource &patient,
                                                         const QString &id);
    /// Gives each detail its own version (a digest of what it says): see detailVersion().
    [[nodiscard]] static QList<ContactDetail> versionedDetails(QList<ContactDetail> details);

    ApiClient *m_client;
    Settings m_settings;
    fhir::FhirSessionToken m_session;
    QHash<QString, QString> m_actors; ///< client id -> the account's own reference for it
};

template <typename T>
QFuture<Result<T>> FhirBackend::promised(const std::function<void(Deliver<T>)> &start) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    start([promise](const Result<T> &result) {
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}

template <typename T> QFuture<Result<T>> FhirBackend::ready(const Result<T> &result) {
    return promised<T>([result](const Deliver<T> &done) { done(result); });
}

} // namespace careportal
