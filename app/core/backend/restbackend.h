// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/carebackend.h"
#include "network/apirequest.h"

#include <QPointer>
#include <QPromise>
#include <functional>
#include <memory>

namespace careportal {

class ApiClient;
class TokenRefreshJob;

/// CareBackend over CarePortal's own JSON API (docs/api/openapi.yaml).
class RestBackend : public CareBackend {
    Q_OBJECT
public:
    explicit RestBackend(ApiClient *client, QObject *parent = nullptr);

    void setSessionTokens(const SessionTokens &tokens) override;
    void setLanguage(const QString &language) override;

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
    // restbackendsecurity.cpp
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
    QFuture<Result<ContactRequest>> markAnswerRead(const QString &clientId,
                                                   const QString &requestId) override;
    QFuture<Result<QList<LabelledOption>>> absenceTypes() override;
    QFuture<Result<ListVersion<AbsenceReport>>> absences(const QString &clientId,
                                                         const QByteArray &etag) override;
    QFuture<Result<DossierOverview>> dossier(const QString &clientId) override;
    QFuture<Result<DossierReportPage>> dossierReports(const QString &clientId, const QString &kind,
                                                      const QString &cursor, int limit) override;
    QFuture<Result<QList<CareGoal>>> carePlan(const QString &clientId) override;
    QFuture<Result<WriteReceipt>> deliver(const QueuedWrite &write) override;
    QFuture<Result<AccessLogPage>> accessLog(const QString &clientId, QDate from, QDate to,
                                             const QString &cursor, int limit) override;

    // restbackendbusiness.cpp
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

private:
    using Finish = std::function<void(const ApiResponse &)>;

    template <typename T>
    QFuture<Result<T>> call(const ApiRequest &request,
                            std::function<Result<T>(const ApiResponse &)> parse);
    /// Sends; a 401 on an authenticated call gets one refresh of the tokens and one retry.
    void send(const ApiRequest &request, const Finish &finish, bool mayRefresh);
    /// Which session and which of its token pairs a call was sent with.
    struct TokenStamp {
        quint64 session = 0;
        quint64 tokens = 0;
    };
    /// Renews the tokens once for every call that met a 401 meanwhile; `done(true)` when
    /// there are fresh tokens of the same session to retry with.
    void refreshThen(TokenStamp sentWith, const std::function<void(bool)> &done);
    void startRefresh();
    /// Tells every call waiting for the refresh whether to retry.
    void answerWaiting(bool refreshed);
    /// The request as it is, without the retry after a refresh (for the refresh itself).
    QFuture<ApiResponse> sendOnce(const ApiRequest &request);
    void applyTokens(const SessionTokens &tokens);

    ApiClient *m_client;
    SessionTokens m_tokens;
    quint64 m_session = 0;         ///< Bumped by setSessionTokens (login, logout, restore).
    quint64 m_tokenGeneration = 0; ///< Bumped whenever the tokens change, refreshes too.
    QPointer<TokenRefreshJob> m_refreshJob; ///< At most one: a refresh token works once.
    QList<std::function<void(bool)>> m_waitingForRefresh;
};

template <typename T>
QFuture<Result<T>> RestBackend::call(const ApiRequest &request,
                                     std::function<Result<T>(const ApiResponse &)> parse) {
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    send(
        request,
        [promise, parse](const ApiResponse &response) {
            promise->addResult(response.ok() ? parse(response) : Result<T>(response.error));
            promise->finish();
        },
        true);
    return promise->future();
}

} // namespace careportal
