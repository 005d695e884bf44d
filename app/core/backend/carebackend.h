// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/accesslog.h"
#include "domain/account.h"
#include "domain/appointment.h"
#include "domain/business.h"
#include "domain/contact.h"
#include "domain/dossier.h"
#include "domain/organisation.h"
#include "domain/queuedwrite.h"
#include "domain/security.h"

#include <QDate>
#include <QFuture>
#include <QJsonObject>
#include <QObject>

namespace careportal {

/// Everything the app asks of a care organisation's systems. The REST client of our own
/// API implements it today; a FHIR R4 adapter or an OpenID Connect login can implement it
/// later without any screen noticing. Results arrive as QFutures; continue them with
/// onResult(future, context, ...) (futureresult.h), not QFuture::then(context), which
/// asserts in Qt 6.4 when the context is gone first.
class CareBackend : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CareBackend() override = default;

    /// The session to act in; empty tokens for none. A backend that can renew the access
    /// token does so by itself and announces the new pair with sessionTokensRotated().
    virtual void setSessionTokens(const SessionTokens &tokens) = 0;
    virtual void setLanguage(const QString &language) = 0;

    virtual QFuture<Result<Organisation>> organisation() = 0;
    /// The organisation's privacy statement; readable without a session.
    virtual QFuture<Result<PrivacyStatement>> privacyStatement() = 0;
    /// With a remembered device's token the second factor is skipped while it is valid.
    /// The answer may be a second-factor challenge (LoginResult::secondFactorRequired).
    virtual QFuture<Result<LoginResult>> login(const QString &username, const QString &password,
                                               const QByteArray &deviceToken) = 0;
    /// A login through the organisation's identity provider: its ID token, the nonce the
    /// app sent with the authorisation request, and the provider's access token (the bearer
    /// of a backend that takes the provider's tokens itself, such as a FHIR server). Never a
    /// second-factor challenge (the provider asked for whatever it needs).
    virtual QFuture<Result<LoginResult>> loginWithIdToken(const QByteArray &idToken,
                                                          const QString &nonce,
                                                          const QByteArray &accessToken) = 0;
    /// With the waiting token of a challenge (set as the session's access token).
    virtual QFuture<Result<LoginResult>>
    completeSecondFactor(const QString &code, bool rememberDevice, const QString &deviceName) = 0;
    /// "Géén code ontvangen?": a new text-message code for the waiting login.
    virtual QFuture<Result<Done>> resendSecondFactorCode() = 0;
    virtual QFuture<Result<Done>> changePassword(const QString &current, const QString &next) = 0;
    virtual QFuture<Result<Done>> logout() = 0;
    /// "Overal uitloggen": ends every session of the account, this one included.
    virtual QFuture<Result<Done>> logoutEverywhere() = 0;
    // Wachtwoord vergeten? — without a session. The request answers alike whether or not
    // the account exists; the confirmation sets the new password with the e-mailed code.
    virtual QFuture<Result<Done>> requestPasswordReset(const QString &username,
                                                       const QString &email) = 0;
    virtual QFuture<Result<Done>> confirmPasswordReset(const QString &username, const QString &code,
                                                       const QString &newPassword) = 0;
    /// "Aanmelden cliëntportaal", without a session: the request's fields as the API names
    /// them (requesterFirstName, …, relation, clientFirstName, …).
    virtual QFuture<Result<Done>> requestRegistration(const QJsonObject &fields) = 0;
    virtual QFuture<Result<Account>> me() = 0;

    // Accountbeveiliging: the second factor and remembered devices. Changes need the
    // current password and, where the account has a factor, a current code.
    virtual QFuture<Result<SecondFactorSettings>> secondFactorSettings() = 0;
    virtual QFuture<Result<Done>> sendStepUpCode() = 0;
    virtual QFuture<Result<AuthenticatorSetup>> beginAuthenticator(const QString &password,
                                                                   const QString &code) = 0;
    virtual QFuture<Result<Done>> confirmAuthenticator(const QString &code) = 0;
    virtual QFuture<Result<Done>> removeAuthenticator(const QString &password,
                                                      const QString &code) = 0;
    /// The mobile number the SMS codes go to.
    virtual QFuture<Result<Done>> changePhone(const QString &password, const QString &code,
                                              const QString &phone) = 0;
    virtual QFuture<Result<QList<RememberedDevice>>> rememberedDevices() = 0;
    virtual QFuture<Result<Done>> revokeDevice(const QString &id) = 0;
    /// Visits of `clientId` from `from` to `to` (both inclusive). With `etag` set, an unchanged
    /// range answers with `notModified` and no appointments.
    virtual QFuture<Result<AppointmentPage>> appointments(const QString &clientId, QDate from,
                                                          QDate to, const QByteArray &etag) = 0;

    // The client's lists take the ETag of the version the app has: an unchanged list
    // answers with `notModified` and no items.

    // Writes to these lists go through deliver(), from the outbox (read markers excepted).

    // Mijn contactdetails.
    virtual QFuture<Result<ListVersion<ContactDetail>>> contactDetails(const QString &clientId,
                                                                       const QByteArray &etag) = 0;

    // Contactpersonen.
    virtual QFuture<Result<QList<ContactPersonType>>> contactPersonTypes() = 0;
    virtual QFuture<Result<ListVersion<ContactPerson>>> contactPersons(const QString &clientId,
                                                                       const QByteArray &etag) = 0;

    // Contact zorgorganisatie: pages newest first; an empty cursor asks for the first page.
    virtual QFuture<Result<QList<LabelledOption>>> contactRequestSubjects() = 0;
    virtual QFuture<Result<ContactRequestPage>>
    contactRequests(const QString &clientId, const QString &cursor, const QByteArray &etag) = 0;
    /// The account has opened the answer to this request: Home stops listing it as new, on
    /// every device and after every login. A read marker, not a change of the client's
    /// data, so not through the outbox: setting it twice is setting it once, and an attempt
    /// that did not arrive is simply made again (ContactRequestsModel does, at its next
    /// listing). Answers with the request as stored, its answerReadAt set.
    virtual QFuture<Result<ContactRequest>> markAnswerRead(const QString &clientId,
                                                           const QString &requestId) = 0;

    // Afwezigheid: the answer to a delivered report says whether it came in late.
    virtual QFuture<Result<QList<LabelledOption>>> absenceTypes() = 0;
    virtual QFuture<Result<ListVersion<AbsenceReport>>> absences(const QString &clientId,
                                                                 const QByteArray &etag) = 0;

    /// Sends one write of the outbox, with its Idempotency-Key (and If-Match for an edit):
    /// sent again after a lost answer it is stored once. A 412 error carries the current
    /// version in ApiError::current.
    virtual QFuture<Result<WriteReceipt>> deliver(const QueuedWrite &write) = 0;

    // Cliëntdossier: read-only, and never kept on disk by the app. Reports come newest
    // first, `limit` at a time; an empty `kind` means every kind.
    virtual QFuture<Result<DossierOverview>> dossier(const QString &clientId) = 0;
    virtual QFuture<Result<DossierReportPage>> dossierReports(const QString &clientId,
                                                              const QString &kind,
                                                              const QString &cursor, int limit) = 0;
    virtual QFuture<Result<QList<CareGoal>>> carePlan(const QString &clientId) = 0;

    // Wie heeft mijn gegevens ingezien (NEN 7513): whole days from `from` to `to`.
    virtual QFuture<Result<AccessLogPage>> accessLog(const QString &clientId, QDate from, QDate to,
                                                     const QString &cursor, int limit) = 0;

    // The business portal (seed 004), for a business contact at the organisation `orgId`
    // (one of Account::organisations). Items are the API's records (BusinessRecord); lists
    // take the ETag of the version the app has, like the client's lists. Writes (the own
    // contact, colleagues, project questions) go through deliver().

    /// Mijn organisatie: read-only, as the organisation's books have it. This and the own
    /// contact come as a list of one, so that they are cached and revalidated as lists are.
    virtual QFuture<Result<ListVersion<BusinessRecord>>>
    businessOrganisation(const QString &orgId, const QByteArray &etag) = 0;
    /// Mijn contactgegevens: the own contact with its private fields and rights.
    virtual QFuture<Result<ListVersion<BusinessRecord>>>
    businessOwnContact(const QString &orgId, const QByteArray &etag) = 0;
    /// The function list with its codes (Directeur 100, …).
    virtual QFuture<Result<QList<LabelledOption>>> businessFunctions(const QString &orgId) = 0;
    /// Mijn contactpersonen: every colleague, by surname.
    virtual QFuture<Result<ListVersion<BusinessRecord>>>
    businessColleagues(const QString &orgId, const QByteArray &etag) = 0;
    /// Twee-factorauthenticatie wissen for a colleague (beheerder only).
    virtual QFuture<Result<Done>> resetColleagueSecondFactor(const QString &orgId,
                                                             const QString &colleagueId) = 0;
    /// Facturen, open first; `openOnly` leaves the paid ones out. Without their lines.
    virtual QFuture<Result<ListVersion<BusinessRecord>>>
    invoices(const QString &orgId, bool openOnly, const QByteArray &etag) = 0;
    /// One invoice with its lines.
    virtual QFuture<Result<BusinessRecord>> invoice(const QString &orgId, const QString &id) = 0;
    /// The invoice's PDF, never cached.
    virtual QFuture<Result<InvoicePdf>> invoicePdf(const QString &orgId, const QString &id) = 0;
    /// Mijn projecten (`mineOnly`) or Alle projecten.
    virtual QFuture<Result<ListVersion<BusinessRecord>>>
    projects(const QString &orgId, bool mineOnly, const QByteArray &etag) = 0;
    /// Mijn correspondentie: answers to the contact's project questions, newest first.
    virtual QFuture<Result<ListVersion<BusinessRecord>>> correspondence(const QString &orgId,
                                                                        const QByteArray &etag) = 0;
    /// The contact opened this answer: a read marker, like markAnswerRead().
    virtual QFuture<Result<BusinessRecord>> markCorrespondenceRead(const QString &orgId,
                                                                   const QString &id) = 0;

Q_SIGNALS:
    /// The backend renewed the session's tokens (after an expired access token); whoever
    /// keeps them must keep these instead, or the next start uses a spent refresh token.
    void sessionTokensRotated(const careportal::SessionTokens &tokens);
};

} // namespace careportal
