// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// FhirBackend: the organisation, the login and who is logged in (docs/fhir.md, "Login").

#include "fhir/fhirbackend.h"
#include "fhir/fhircapabilities.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace careportal {

using fhir::FhirSessionToken;
using fhir::Resource;
using fhir::SearchPage;

namespace {

QString salutation(const Resource &person) {
    const QString gender = person.string(QStringLiteral("gender"));
    if (gender == QLatin1String("female"))
        return QStringLiteral("mevrouw ");
    if (gender == QLatin1String("male"))
        return QStringLiteral("de heer ");
    return {};
}

// "mevrouw C. Test", as the portals address people: the name's own prefix, else one from
// the gender.
QString addressedName(const Resource &person) {
    const QJsonObject name = fhir::preferredName(person.array(QStringLiteral("name")));
    const bool hasPrefix = !name.value(QLatin1String("prefix")).toArray().isEmpty();
    QString text = fhir::displayName(name);
    if (hasPrefix || text.startsWith(salutation(person).trimmed()))
        return text;
    return salutation(person) + text;
}

bool isLegalRepresentative(const Resource &relatedPerson) {
    for (const auto &value : relatedPerson.array(QStringLiteral("relationship")))
        if (fhir::codeIn(value.toObject(), fhir::kContactRoleSystem) == QLatin1String("24"))
            return true;
    return false;
}

ClientRef ownClient(const Resource &patient) {
    return {patient.id(), addressedName(patient), QStringLiteral("self"), ClientRef::allRights()};
}

// As the reference server: a legal representative may do all, an authorised contact person
// all but the dossier and the access log.
ClientRef representedClient(const Resource &relatedPerson, const Resource &patient) {
    const bool representative = isLegalRepresentative(relatedPerson);
    QStringList rights = ClientRef::allRights();
    if (!representative) {
        rights.removeAll(QStringLiteral("dossier"));
        rights.removeAll(QStringLiteral("access-log"));
    }
    return {patient.id(), addressedName(patient),
            representative ? QStringLiteral("representative") : QStringLiteral("contact"), rights};
}

ApiError wrongCredentials() {
    ApiError error = ApiError::make(ApiError::Kind::Unauthorized);
    error.code = QStringLiteral("invalid-credentials");
    return error;
}

// The claims of an ID token the app received from the provider itself, over TLS, moments
// ago: read, not verified again (the FHIR server verifies the access token it is sent).
QJsonObject idTokenClaims(const QByteArray &idToken) {
    const QList<QByteArray> parts = idToken.split('.');
    if (parts.size() != 3)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
}

} // namespace

QFuture<Result<Organisation>> FhirBackend::organisation() {
    return promised<Organisation>([this](const Deliver<Organisation> &done) {
        ApiRequest request = fhirRequest(ApiRequest::Method::Get, QStringLiteral("metadata"));
        request.authenticated = false; // the CapabilityStatement is public in FHIR
        send(request, [this, done](const ApiResponse &response) {
            if (!response.ok()) {
                done(response.error);
                return;
            }
            Organisation organisation;
            organisation.id = QStringLiteral("fhir");
            organisation.name = m_settings.organisationName;
            organisation.features = fhir::featuresFromCapabilities(response.body.object());
            organisation.absenceNoticeDays = m_settings.absenceNoticeDays;
            organisation.login = m_settings.login;
            organisation.accountManagedElsewhere = true;
            done(organisation);
        });
    });
}

QFuture<Result<LoginResult>> FhirBackend::login(const QString &username, const QString &password,
                                                const QByteArray & /*deviceToken*/) {
    // A test server's static token, typed as the password: checked by using it.
    FhirSessionToken token{password.toUtf8(), username.trimmed(), {}};
    return promised<LoginResult>([this, token](const Deliver<LoginResult> &done) {
        if (!token.isValid() || !m_settings.login.password) {
            done(wrongCredentials());
            return;
        }
        clientsOfUsername(token, [token, done](const Result<Account> &account) {
            if (!account.ok()) {
                done(account.error().kind == ApiError::Kind::Unauthorized ? wrongCredentials()
                                                                          : account.error());
                return;
            }
            LoginResult result;
            result.token = token.encode();
            done(result);
        });
    });
}

QFuture<Result<LoginResult>> FhirBackend::loginWithIdToken(const QByteArray &idToken,
                                                           const QString & /*nonce*/,
                                                           const QByteArray &accessToken) {
    // The provider's access token is the FHIR server's bearer; its fhirUser claim (SMART App
    // Launch) says who logged in.
    const QJsonObject claims = idTokenClaims(idToken);
    FhirSessionToken token{accessToken, {}, claims.value(QLatin1String("fhirUser")).toString()};
    return promised<LoginResult>([this, token](const Deliver<LoginResult> &done) {
        if (!token.isValid()) {
            ApiError error =
                ApiError::make(ApiError::Kind::Unauthorized, QStringLiteral("no fhirUser claim"));
            error.messageNl = QStringLiteral("Uw inlogaccount is niet gekoppeld aan een cliënt "
                                             "in het systeem van de zorgorganisatie.");
            error.messageEn = QStringLiteral("Your login is not linked to a client in the care "
                                             "organisation's system.");
            done(error);
            return;
        }
        clientOfFhirUser(token, [token, done](const Result<Account> &account) {
            if (!account.ok()) {
                done(account.error());
                return;
            }
            LoginResult result;
            result.token = token.encode();
            done(result);
        });
    });
}

QFuture<Result<Account>> FhirBackend::me() {
    return promised<Account>([this](const Deliver<Account> &done) {
        if (!m_session.isValid()) {
            done(ApiError::make(ApiError::Kind::Unauthorized));
            return;
        }
        if (m_session.username.isEmpty())
            clientOfFhirUser(m_session, done);
        else
            clientsOfUsername(m_session, done);
    });
}

void FhirBackend::clientsOfUsername(const FhirSessionToken &token, const Deliver<Account> &done) {
    const QString identifier = fhir::kUsernameSystem + QLatin1Char('|') + token.username;
    const QUrlQuery patients{{QStringLiteral("identifier"), identifier}};
    searchAll(
        QStringLiteral("Patient"), patients,
        [this, token, identifier, done](const Result<SearchPage> &own) {
            if (!own.ok()) {
                done(own.error());
                return;
            }
            const QUrlQuery related{
                {QStringLiteral("identifier"), identifier},
                {QStringLiteral("_include"), QStringLiteral("RelatedPerson:patient")}};
            searchAll(
                QStringLiteral("RelatedPerson"), related,
                [this, token, own, done](const Result<SearchPage> &acting) {
                    if (!acting.ok()) {
                        done(acting.error());
                        return;
                    }
                    done(accountOf(token, own.value(), acting.value()));
                },
                token.bearer);
        },
        token.bearer);
}

Result<Account> FhirBackend::accountOf(const FhirSessionToken &token, const SearchPage &own,
                                       const SearchPage &acting) {
    Account account;
    account.kind = Account::Kind::Client;
    account.username = token.username.isEmpty() ? token.fhirUser : token.username;
    account.accountId = QStringLiteral("fhir:") + account.username;
    for (const Resource &patient : own.matches) {
        account.clients.append(ownClient(patient));
        m_actors.insert(patient.id(), patient.reference());
        if (account.displayName.isEmpty())
            account.displayName = addressedName(patient);
    }
    for (const Resource &relatedPerson : acting.matches) {
        const QString patientId = fhir::referencedId(
            relatedPerson.object(QStringLiteral("patient")), QStringLiteral("Patient"));
        const Resource patient = acting.included.value(QStringLiteral("Patient/") + patientId);
        if (patient.isEmpty())
            return ApiError::make(
                ApiError::Kind::BadResponse,
                QStringLiteral("RelatedPerson %1 without its Patient").arg(relatedPerson.id()));
        account.clients.append(representedClient(relatedPerson, patient));
        m_actors.insert(patient.id(), relatedPerson.reference());
        if (account.displayName.isEmpty())
            account.displayName = addressedName(relatedPerson);
    }
    if (account.clients.isEmpty())
        return wrongCredentials();
    return account;
}

void FhirBackend::clientOfFhirUser(const FhirSessionToken &token, const Deliver<Account> &done) {
    const QStringList parts = token.fhirUser.split(QLatin1Char('/'));
    const QString type = parts.value(parts.size() - 2);
    if (type != QLatin1String("Patient") && type != QLatin1String("RelatedPerson")) {
        done(ApiError::make(ApiError::Kind::Forbidden,
                            QStringLiteral("fhirUser ") + token.fhirUser));
        return;
    }
    QUrlQuery query{{QStringLiteral("_id"), parts.last()}};
    if (type == QLatin1String("RelatedPerson"))
        query.addQueryItem(QStringLiteral("_include"), QStringLiteral("RelatedPerson:patient"));
    searchAll(
        type, query,
        [this, token, type, done](const Result<SearchPage> &found) {
            if (!found.ok()) {
                done(found.error());
                return;
            }
            const bool own = type == QLatin1String("Patient");
            done(accountOf(token, own ? found.value() : SearchPage(),
                           own ? SearchPage() : found.value()));
        },
        token.bearer);
}

QFuture<Result<Done>> FhirBackend::logout() {
    // Nothing to end on a FHIR server: the session is the bearer token, which the app forgets
    // (and, after a provider login, the provider revokes).
    return ready<Done>(Done{});
}

QFuture<Result<PrivacyStatement>> FhirBackend::privacyStatement() {
    return ready<PrivacyStatement>(notOffered());
}
QFuture<Result<LoginResult>> FhirBackend::completeSecondFactor(const QString &, bool,
                                                               const QString &) {
    return ready<LoginResult>(notOffered());
}
QFuture<Result<Done>> FhirBackend::resendSecondFactorCode() {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::changePassword(const QString &, const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::logoutEverywhere() {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::requestPasswordReset(const QString &, const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::confirmPasswordReset(const QString &, const QString &,
                                                        const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::requestRegistration(const QJsonObject &) {
    return ready<Done>(notOffered());
}
QFuture<Result<SecondFactorSettings>> FhirBackend::secondFactorSettings() {
    return ready<SecondFactorSettings>(notOffered());
}
QFuture<Result<Done>> FhirBackend::sendStepUpCode() {
    return ready<Done>(notOffered());
}
QFuture<Result<AuthenticatorSetup>> FhirBackend::beginAuthenticator(const QString &,
                                                                    const QString &) {
    return ready<AuthenticatorSetup>(notOffered());
}
QFuture<Result<Done>> FhirBackend::confirmAuthenticator(const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::removeAuthenticator(const QString &, const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<Done>> FhirBackend::changePhone(const QString &, const QString &, const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<QList<RememberedDevice>>> FhirBackend::rememberedDevices() {
    return ready<QList<RememberedDevice>>(notOffered());
}
QFuture<Result<Done>> FhirBackend::revokeDevice(const QString &) {
    return ready<Done>(notOffered());
}

QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::businessOrganisation(const QString &,
                                                                               const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::businessOwnContact(const QString &,
                                                                             const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<QList<LabelledOption>>> FhirBackend::businessFunctions(const QString &) {
    return ready<QList<LabelledOption>>(notOffered());
}
QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::businessColleagues(const QString &,
                                                                             const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<Done>> FhirBackend::resetColleagueSecondFactor(const QString &, const QString &) {
    return ready<Done>(notOffered());
}
QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::invoices(const QString &, bool,
                                                                   const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<BusinessRecord>> FhirBackend::invoice(const QString &, const QString &) {
    return ready<BusinessRecord>(notOffered());
}
QFuture<Result<InvoicePdf>> FhirBackend::invoicePdf(const QString &, const QString &) {
    return ready<InvoicePdf>(notOffered());
}
QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::projects(const QString &, bool,
                                                                   const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<ListVersion<BusinessRecord>>> FhirBackend::correspondence(const QString &,
                                                                         const QByteArray &) {
    return ready<ListVersion<BusinessRecord>>(notOffered());
}
QFuture<Result<BusinessRecord>> FhirBackend::markCorrespondenceRead(const QString &,
                                                                    const QString &) {
    return ready<BusinessRecord>(notOffered());
}

} // namespace careportal
