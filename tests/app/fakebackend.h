// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/carebackend.h"

#include <QList>
#include <QPromise>
#include <functional>
#include <memory>
#include <type_traits>
#include <variant>

namespace careportal::test {

/// One kind of backend call as the test sees it: every request is recorded; the answer
/// comes at once from the scripted queue, or else waits until the test calls answer().
template <typename T, typename Request = std::monostate> class FakeCall {
public:
    QFuture<Result<T>> call(Request request = {}) {
        m_requests.append(request);
        auto promise = std::make_shared<QPromise<Result<T>>>();
        promise->start();
        QFuture<Result<T>> future = promise->future();
        if (!m_scripted.isEmpty()) {
            promise->addResult(m_scripted.takeFirst());
            promise->finish();
        } else {
            m_pending.append({std::move(request), std::move(promise)});
        }
        return future;
    }

    /// The next call answers with `result` at once.
    void script(const Result<T> &result) { m_scripted.append(result); }

    /// Answers the oldest waiting call; false when none waits.
    bool answer(const Result<T> &result) {
        return answerWhere([](const Request &) { return true; }, result);
    }
    /// The same with a value that makes a T (a plain list for a ListVersion).
    template <typename U>
    requires(std::is_constructible_v<T, U> &&
             !std::is_same_v<std::decay_t<U>, T>) bool answer(const U &value) {
        return answer(Result<T>(T(value)));
    }
    template <typename U>
    requires(std::is_constructible_v<T, U> &&
             !std::is_same_v<std::decay_t<U>, T>) void script(const U &value) {
        script(Result<T>(T(value)));
    }

    /// Answers the oldest waiting call whose request matches.
    bool answerWhere(const std::function<bool(const Request &)> &matches, const Result<T> &result) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            if (!matches(m_pending.at(i).request))
                continue;
            const auto promise = m_pending.takeAt(i).promise;
            promise->addResult(result);
            promise->finish();
            return true;
        }
        return false;
    }

    [[nodiscard]] qsizetype count() const { return m_requests.size(); }
    [[nodiscard]] qsizetype waiting() const { return m_pending.size(); }
    [[nodiscard]] const QList<Request> &requests() const { return m_requests; }
    [[nodiscard]] Request last() const {
        return m_requests.isEmpty() ? Request{} : m_requests.last();
    }

private:
    struct Pending {
        Request request;
        std::shared_ptr<QPromise<Result<T>>> promise;
    };
    QList<Result<T>> m_scripted;
    QList<Pending> m_pending;
    QList<Request> m_requests;
};

struct Credentials {
    QString username;
    QString password;
    QByteArray deviceToken;
};

struct IdTokenLogin {
    QByteArray idToken;
    QString nonce;
};

struct FactorCompletion {
    QString code;
    bool rememberDevice = false;
    QString deviceName;
};

struct PasswordChange {
    QString current;
    QString next;
};

struct AppointmentsRequest {
    QString clientId;
    QDate from;
    QDate to;
    QByteArray etag;
};

struct ResetConfirmation {
    QString username;
    QString code;
    QString newPassword;
};

struct AccessLogRequest {
    QString clientId;
    QDate from;
    QDate to;
    QString cursor;
};

struct DossierReportsRequest {
    QString clientId;
    QString kind;
    QString cursor;
    int limit = 0;
};

/// CareBackend without a network: the test decides what each call answers, and when.
class FakeBackend : public CareBackend {
    Q_OBJECT
public:
    using CareBackend::CareBackend;

    void setSessionTokens(const SessionTokens &tokens) override { m_tokens = tokens; }
    void setLanguage(const QString &language) override { m_language = language; }

    QFuture<Result<Organisation>> organisation() override { return organisationCall.call(); }
    QFuture<Result<PrivacyStatement>> privacyStatement() override {
        return privacyStatementCall.call();
    }
    QFuture<Result<LoginResult>> login(const QString &username, const QString &password,
                                       const QByteArray &deviceToken) override {
        return loginCall.call({username, password, deviceToken});
    }
    QFuture<Result<LoginResult>> loginWithIdToken(const QByteArray &idToken, const QString &nonce,
                                                  const QByteArray & /*accessToken*/) override {
        return idTokenLoginCall.call({idToken, nonce});
    }
    QFuture<Result<LoginResult>> completeSecondFactor(const QString &code, bool rememberDevice,
                                                      const QString &deviceName) override {
        return completeFactorCall.call({code, rememberDevice, deviceName});
    }
    QFuture<Result<Done>> resendSecondFactorCode() override { return resendCodeCall.call(); }
    QFuture<Result<Done>> requestRegistration(const QJsonObject &fields) override {
        return registrationCall.call(fields);
    }
    QFuture<Result<SecondFactorSettings>> secondFactorSettings() override {
        return factorSettingsCall.call();
    }
    QFuture<Result<Done>> sendStepUpCode() override { return stepUpCodeCall.call(); }
    QFuture<Result<AuthenticatorSetup>> beginAuthenticator(const QString &password,
                                                           const QString &code) override {
        return beginAuthenticatorCall.call({password, code});
    }
    QFuture<Result<Done>> confirmAuthenticator(const QString &code) override {
        return confirmAuthenticatorCall.call(code);
    }
    QFuture<Result<Done>> removeAuthenticator(const QString &password,
                                              const QString &code) override {
        return removeAuthenticatorCall.call({password, code});
    }
    QFuture<Result<Done>> changePhone(const QString &password, const QString &code,
                                      const QString &phone) override {
        return changePhoneCall.call({password, code, phone});
    }
    QFuture<Result<QList<RememberedDevice>>> rememberedDevices() override {
        return devicesCall.call();
    }
    QFuture<Result<Done>> revokeDevice(const QString &id) override {
        return revokeDeviceCall.call(id);
    }
    QFuture<Result<Done>> changePassword(const QString &current, const QString &next) override {
        return changePasswordCall.call({current, next});
    }
    QFuture<Result<Done>> logout() override { return logoutCall.call(); }
    QFuture<Result<Done>> logoutEverywhere() override { return logoutEverywhereCall.call(); }
    QFuture<Result<Account>> me() override { return meCall.call(); }
    QFuture<Result<AppointmentPage>> appointments(const QString &clientId, QDate from, QDate to,
                                                  const QByteArray &etag) override {
        return appointmentsCall.call({clientId, from, to, etag});
    }

    QFuture<Result<ListVersion<ContactDetail>>> contactDetails(const QString &clientId,
                                                               const QByteArray &etag) override {
        listEtags.append(etag);
        return contactDetailsCall.call(clientId);
    }
    QFuture<Result<QList<ContactPersonType>>> contactPersonTypes() override {
        return contactPersonTypesCall.call();
    }
    QFuture<Result<ListVersion<ContactPerson>>> contactPersons(const QString &clientId,
                                                               const QByteArray &etag) override {
        listEtags.append(etag);
        return contactPersonsCall.call(clientId);
    }

    QFuture<Result<QList<LabelledOption>>> contactRequestSubjects() override {
        return contactRequestSubjectsCall.call();
    }
    QFuture<Result<ContactRequestPage>> contactRequests(const QString &, const QString &cursor,
                                                        const QByteArray &etag) override {
        listEtags.append(etag);
        return contactRequestsCall.call(cursor);
    }

    QFuture<Result<ContactRequest>> markAnswerRead(const QString &,
                                                   const QString &requestId) override {
        return markAnswerReadCall.call(requestId);
    }

    QFuture<Result<QList<LabelledOption>>> absenceTypes() override {
        return absenceTypesCall.call();
    }
    QFuture<Result<ListVersion<AbsenceReport>>> absences(const QString &clientId,
                                                         const QByteArray &etag) override {
        listEtags.append(etag);
        return absencesCall.call(clientId);
    }
    QFuture<Result<DossierOverview>> dossier(const QString &clientId) override {
        return dossierCall.call(clientId);
    }
    QFuture<Result<DossierReportPage>> dossierReports(const QString &clientId, const QString &kind,
                                                      const QString &cursor, int limit) override {
        return dossierReportsCall.call({clientId, kind, cursor, limit});
    }
    QFuture<Result<QList<CareGoal>>> carePlan(const QString &clientId) override {
        return carePlanCall.call(clientId);
    }
    QFuture<Result<Done>> requestPasswordReset(const QString &username,
                                               const QString &email) override {
        return requestResetCall.call({username, email});
    }
    QFuture<Result<Done>> confirmPasswordReset(const QString &username, const QString &code,
                                               const QString &newPassword) override {
        return confirmResetCall.call({username, code, newPassword});
    }
    QFuture<Result<WriteReceipt>> deliver(const QueuedWrite &write) override {
        return deliverCall.call(write);
    }
    QFuture<Result<AccessLogPage>> accessLog(const QString &clientId, QDate from, QDate to,
                                             const QString &cursor, int /*limit*/) override {
        return accessLogCall.call({clientId, from, to, cursor});
    }

    // The business portal: each call's request is "<orgId>" or "<orgId>/<id>"; a list's
    // ETag goes to listEtags like the client's lists'.
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessOrganisation(const QString &orgId, const QByteArray &etag) override {
        listEtags.append(etag);
        return businessOrganisationCall.call(orgId);
    }
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessOwnContact(const QString &orgId, const QByteArray &etag) override {
        listEtags.append(etag);
        return businessOwnContactCall.call(orgId);
    }
    QFuture<Result<QList<LabelledOption>>> businessFunctions(const QString &orgId) override {
        return businessFunctionsCall.call(orgId);
    }
    QFuture<Result<ListVersion<BusinessRecord>>>
    businessColleagues(const QString &orgId, const QByteArray &etag) override {
        listEtags.append(etag);
        return businessColleaguesCall.call(orgId);
    }
    QFuture<Result<Done>> resetColleagueSecondFactor(const QString &orgId,
                                                     const QString &colleagueId) override {
        return resetColleagueFactorCall.call(orgId + QLatin1Char('/') + colleagueId);
    }
    QFuture<Result<ListVersion<BusinessRecord>>> invoices(const QString &orgId, bool openOnly,
                                                          const QByteArray &etag) override {
        listEtags.append(etag);
        return invoicesCall.call(orgId + (openOnly ? QStringLiteral("?open") : QString()));
    }
    QFuture<Result<BusinessRecord>> invoice(const QString &orgId, const QString &id) override {
        return invoiceCall.call(orgId + QLatin1Char('/') + id);
    }
    QFuture<Result<InvoicePdf>> invoicePdf(const QString &orgId, const QString &id) override {
        return invoicePdfCall.call(orgId + QLatin1Char('/') + id);
    }
    QFuture<Result<ListVersion<BusinessRecord>>> projects(const QString &orgId, bool mineOnly,
                                                          const QByteArray &etag) override {
        listEtags.append(etag);
        return projectsCall.call(orgId + (mineOnly ? QStringLiteral("?mine") : QString()));
    }
    QFuture<Result<ListVersion<BusinessRecord>>> correspondence(const QString &orgId,
                                                                const QByteArray &etag) override {
        listEtags.append(etag);
        return correspondenceCall.call(orgId);
    }
    QFuture<Result<BusinessRecord>> markCorrespondenceRead(const QString &orgId,
                                                           const QString &id) override {
        return markCorrespondenceReadCall.call(orgId + QLatin1Char('/') + id);
    }

    /// Answers the oldest waiting appointments() call for the month starting at `from`.
    bool answerAppointments(QDate from, const Result<AppointmentPage> &result) {
        return appointmentsCall.answerWhere(
            [from](const AppointmentsRequest &request) { return request.from == from; }, result);
    }

    [[nodiscard]] QByteArray accessToken() const { return m_tokens.access; }
    [[nodiscard]] SessionTokens sessionTokens() const { return m_tokens; }
    [[nodiscard]] QString language() const { return m_language; }

    static AppointmentPage page(const QList<Appointment> &appointments, const QByteArray &etag) {
        return {appointments, etag, false};
    }
    static AppointmentPage notModified() { return {{}, {}, true}; }
    static ApiError error(ApiError::Kind kind, const QString &messageNl = {}) {
        ApiError result = ApiError::make(kind);
        result.messageNl = messageNl;
        return result;
    }

    FakeCall<Organisation> organisationCall;
    FakeCall<PrivacyStatement> privacyStatementCall;
    FakeCall<LoginResult, Credentials> loginCall;
    FakeCall<LoginResult, IdTokenLogin> idTokenLoginCall;
    FakeCall<Done, PasswordChange> changePasswordCall;
    FakeCall<Done> logoutCall;
    FakeCall<Done> logoutEverywhereCall;
    FakeCall<Account> meCall;
    FakeCall<AppointmentPage, AppointmentsRequest> appointmentsCall;
    /// The ETag each list call (details, persons, requests, absences) was asked with.
    QList<QByteArray> listEtags;
    FakeCall<ListVersion<ContactDetail>, QString> contactDetailsCall;
    FakeCall<QList<ContactPersonType>> contactPersonTypesCall;
    FakeCall<ListVersion<ContactPerson>, QString> contactPersonsCall;
    FakeCall<QList<LabelledOption>> contactRequestSubjectsCall;
    FakeCall<ContactRequestPage, QString> contactRequestsCall; // request = cursor
    FakeCall<ContactRequest, QString> markAnswerReadCall;      // request = the request's id
    FakeCall<QList<LabelledOption>> absenceTypesCall;
    FakeCall<ListVersion<AbsenceReport>, QString> absencesCall;
    FakeCall<DossierOverview, QString> dossierCall;
    FakeCall<DossierReportPage, DossierReportsRequest> dossierReportsCall;
    FakeCall<QList<CareGoal>, QString> carePlanCall;
    FakeCall<AccessLogPage, AccessLogRequest> accessLogCall;
    FakeCall<WriteReceipt, QueuedWrite> deliverCall;
    FakeCall<ListVersion<BusinessRecord>, QString> businessOrganisationCall;
    FakeCall<ListVersion<BusinessRecord>, QString> businessOwnContactCall;
    FakeCall<QList<LabelledOption>, QString> businessFunctionsCall;
    FakeCall<ListVersion<BusinessRecord>, QString> businessColleaguesCall;
    FakeCall<Done, QString> resetColleagueFactorCall;
    FakeCall<ListVersion<BusinessRecord>, QString> invoicesCall;
    FakeCall<BusinessRecord, QString> invoiceCall;
    FakeCall<InvoicePdf, QString> invoicePdfCall;
    FakeCall<ListVersion<BusinessRecord>, QString> projectsCall;
    FakeCall<ListVersion<BusinessRecord>, QString> correspondenceCall;
    FakeCall<BusinessRecord, QString> markCorrespondenceReadCall;
    FakeCall<Done, QPair<QString, QString>> requestResetCall;
    FakeCall<Done, ResetConfirmation> confirmResetCall;
    FakeCall<LoginResult, FactorCompletion> completeFactorCall;
    FakeCall<Done> resendCodeCall;
    FakeCall<Done, QJsonObject> registrationCall;
    FakeCall<SecondFactorSettings> factorSettingsCall;
    FakeCall<Done> stepUpCodeCall;
    FakeCall<AuthenticatorSetup, QPair<QString, QString>> beginAuthenticatorCall; // password, code
    FakeCall<Done, QString> confirmAuthenticatorCall;
    FakeCall<Done, QPair<QString, QString>> removeAuthenticatorCall;
    FakeCall<Done, QStringList> changePhoneCall; // password, code, phone
    FakeCall<QList<RememberedDevice>> devicesCall;
    FakeCall<Done, QString> revokeDeviceCall;

private:
    SessionTokens m_tokens;
    QString m_language;
};

} // namespace careportal::test
