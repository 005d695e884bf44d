// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace careportal::server {

namespace {

struct Text {
    const char *title;
    const char *en;
    const char *nl;
};

// Plain, calm sentences: the reader may be 85 and anxious about "an error".
Text textOf(Problem::Code code) {
    using C = Problem::Code;
    switch (code) {
    case C::BadRequest:
        return {"Bad request", "The request could not be processed.",
                "Het verzoek kon niet worden verwerkt."};
    case C::Unauthorized:
        return {"Unauthorized",
                "You are not logged in, or your session has ended. Please log in again.",
                "U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in."};
    case C::InvalidCredentials:
        return {"Invalid credentials", "The username or password is incorrect.",
                "De gebruikersnaam of het wachtwoord is onjuist."};
    case C::PasswordChangeRequired:
        return {"Password change required", "Please choose a new password before you continue.",
                "Kies eerst een nieuw wachtwoord voordat u verdergaat."};
    case C::NotFound:
        return {"Not found", "The requested information could not be found.",
                "De gevraagde gegevens zijn niet gevonden."};
    case C::PayloadTooLarge:
        return {"Payload too large", "The request is too large.", "Het verzoek is te groot."};
    case C::UnsupportedMediaType:
        return {"Unsupported media type", "The request must be sent as JSON.",
                "Het verzoek moet als JSON worden verstuurd."};
    case C::PasswordPolicy:
        return {"Password does not meet the rules",
                "The new password does not meet the password rules.",
                "Het nieuwe wachtwoord voldoet niet aan de wachtwoordregels."};
    case C::CurrentPasswordIncorrect:
        return {"Current password incorrect", "The current password is incorrect.",
                "Het huidige wachtwoord is onjuist."};
    case C::PasswordReused:
        return {"Password reused", "The new password must be different from the current password.",
                "Het nieuwe wachtwoord moet anders zijn dan het huidige wachtwoord."};
    case C::AccountLocked:
        return {"Account locked", "", ""}; // sentences depend on the lock length
    case C::Validation:
        return {"Validation failed", "Some fields are not filled in correctly.",
                "Niet alle velden zijn goed ingevuld."};
    case C::LimitReached:
        return {"Limit reached", "The maximum number of items has been reached.",
                "Het maximale aantal is bereikt."};
    case C::RequestClosed:
        return {"Request already handled",
                "This request has already been answered and can no longer be changed.",
                "Dit contactverzoek is al afgehandeld en kan niet meer worden gewijzigd."};
    case C::RequestOpen:
        return {"Request not answered yet", "This request has not been answered yet.",
                "Dit contactverzoek is nog niet beantwoord."};
    case C::ResetCodeInvalid:
        return {"Reset code invalid",
                "This code is wrong, expired or already used. Ask for a new code.",
                "Deze code is onjuist, verlopen of al gebruikt. Vraag een nieuwe code aan."};
    case C::AccountDisabled:
        return {"Account disabled",
                "Your account has been switched off. Please contact your care organisation.",
                "Uw account is uitgeschakeld. Neem contact op met uw zorgorganisatie."};
    case C::NoPortalAccess:
        return {"No portal access",
                "Your account has no access to the customer portal. Please ask the "
                "administrator of your organisation.",
                "Uw account heeft geen toegang tot het klantenportaal. Vraag het de beheerder "
                "van uw organisatie."};
    case C::LastAdministrator:
        return {"Last administrator",
                "Your organisation always needs at least one administrator of the customer "
                "portal. Make a colleague administrator first.",
                "Uw organisatie heeft altijd minstens één beheerder van het klantenportaal "
                "nodig. Maak eerst een collega beheerder."};
    case C::SecondFactorRequired:
        return {"Second factor required", "Please enter your login code first.",
                "Vul eerst uw inlogcode in."};
    case C::SecondFactorInvalid:
        return {"Code incorrect", "This code is not correct. Please check it and try again.",
                "Deze code is niet juist. Controleer de code en probeer het opnieuw."};
    case C::SecondFactorEnded:
        return {"Login code no longer valid",
                "This login code has expired or was entered wrongly too often. Please log in "
                "again.",
                "Deze inlogcode is verlopen of te vaak verkeerd ingevuld. Log opnieuw in."};
    case C::SecondFactorUnavailable:
        return {"No second factor set up",
                "We cannot send you a login code: no mobile number is known for your account. "
                "Please contact your care organisation.",
                "We kunnen u geen inlogcode sturen: er is geen mobiel nummer bekend bij uw "
                "account. Neem contact op met uw zorgorganisatie."};
    case C::ResendTooSoon:
        return {"Too many codes", "", ""}; // sentences depend on the wait
    case C::IdempotencyKeyReused:
        return {"Idempotency key reused",
                "This request was sent before with different content. Please check it and "
                "send it again.",
                "Dit verzoek is eerder met een andere inhoud verstuurd. Controleer het en "
                "verstuur het opnieuw."};
    case C::RequestInProgress:
        return {"Request in progress",
                "This request is still being processed. It will be checked again shortly.",
                "Dit verzoek wordt nog verwerkt. Het wordt zo opnieuw gecontroleerd."};
    case C::PreconditionFailed:
        return {"Changed meanwhile",
                "Someone changed this in the meantime. Please choose which version to keep.",
                "Dit is intussen door iemand anders gewijzigd. Kies welke versie u wilt "
                "bewaren."};
    case C::HeadersTooLarge:
        return {"Request header fields too large", "The request is too large.",
                "Het verzoek is te groot."};
    case C::Busy:
        return {"Service busy", "The server is busy right now. Please try again in a moment.",
                "De server is op dit moment druk. Probeer het zo opnieuw."};
    case C::Internal:
        return {"Internal server error",
                "Something went wrong on our side. Please try again later.",
                "Er is bij ons iets misgegaan. Probeer het later opnieuw."};
    case C::PasswordLoginOff:
        return {"Password login off",
                "Your care organisation does not use passwords for the portal. Please log in "
                "through your organisation's login.",
                "Uw zorgorganisatie gebruikt geen wachtwoorden voor het portaal. Log in via de "
                "inlogmethode van uw zorgorganisatie."};
    case C::OidcOff:
        return {"Login through an identity provider not offered",
                "Your care organisation does not offer this way of logging in.",
                "Uw zorgorganisatie biedt deze manier van inloggen niet aan."};
    case C::OidcTokenRefused:
        return {"Login refused",
                "Logging in through the identity provider was refused. Please "
                "try again.",
                "Het inloggen via de identiteitsprovider is geweigerd. Probeer het opnieuw."};
    case C::ProviderUnavailable:
        return {"Identity provider unavailable",
                "The login service of your care organisation cannot be reached right now. "
                "Please try again later.",
                "De inlogdienst van uw zorgorganisatie is nu niet bereikbaar. Probeer het later "
                "opnieuw."};
    case C::AccountNotLinked:
        return {"Account not linked",
                "Your account is not yet linked to this way of logging in. Please contact your "
                "care organisation.",
                "Uw account is nog niet gekoppeld aan deze inlogmethode. Neem contact op met "
                "de zorgorganisatie."};
    }
    return {"", "", ""};
}

ApiResponse build(Problem::Code code, const QString &detail, const QString &en, const QString &nl) {
    const QString name = Problem::codeName(code);
    const Text text = textOf(code);
    QJsonObject body{
        {QLatin1String("type"), QStringLiteral("urn:careportal:problem:") + name},
        {QLatin1String("title"), QString::fromUtf8(text.title)},
        {QLatin1String("status"), Problem::status(code)},
        {QLatin1String("code"), name},
        {QLatin1String("detail"), detail.isEmpty() ? en : detail},
        {QLatin1String("messages"),
         QJsonObject{{QLatin1String("nl"), nl}, {QLatin1String("en"), en}}},
    };
    ApiResponse response = ApiResponse::json(Problem::status(code), body);
    response.contentType = QByteArrayLiteral("application/problem+json");
    return response;
}

} // namespace

ApiResponse Problem::make(Code code, const QString &detail) {
    const Text text = textOf(code);
    return build(code, detail, QString::fromUtf8(text.en), QString::fromUtf8(text.nl));
}

ApiResponse Problem::passwordPolicy(const QStringList &violations) {
    ApiResponse response = make(Code::PasswordPolicy);
    // Re-open the body to add the list; cheaper to reason about than a second builder.
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QLatin1String("violations"), QJsonArray::fromStringList(violations));
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse Problem::validation(const QList<FieldError> &errors) {
    ApiResponse response = make(Code::Validation);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QJsonArray fields;
    for (const FieldError &error : errors)
        fields.append(
            QJsonObject{{QLatin1String("field"), error.field},
                        {QLatin1String("code"), error.code},
                        {QLatin1String("messages"), QJsonObject{{QLatin1String("nl"), error.nl},
                                                                {QLatin1String("en"), error.en}}}});
    body.insert(QLatin1String("fieldErrors"), fields);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse Problem::accountLocked(qint64 retryAfterSeconds) {
    // Locks grow (LockoutPolicy), so the sentence names the time this lock has left.
    const qint64 lockMinutes = std::max<qint64>(1, (retryAfterSeconds + 59) / 60);
    const QString en =
        QStringLiteral("Your account has been temporarily locked after too many failed login "
                       "attempts. Please try again in %1 %2.")
            .arg(lockMinutes)
            .arg(lockMinutes == 1 ? QStringLiteral("minute") : QStringLiteral("minutes"));
    const QString nl =
        QStringLiteral("Uw account is tijdelijk geblokkeerd na te veel mislukte inlogpogingen. "
                       "Probeer het over %1 %2 opnieuw.")
            .arg(lockMinutes)
            .arg(lockMinutes == 1 ? QStringLiteral("minuut") : QStringLiteral("minuten"));
    ApiResponse response = build(Code::AccountLocked, {}, en, nl);
    response.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

ApiResponse Problem::busy() {
    ApiResponse response = make(Code::Busy);
    response.withHeader("Retry-After", QByteArrayLiteral("1"));
    return response;
}

ApiResponse Problem::resendTooSoon(qint64 retryAfterSeconds) {
    const QString en =
        retryAfterSeconds > 0
            ? QStringLiteral("A new code can be sent in %1 seconds.").arg(retryAfterSeconds)
            : QStringLiteral("No more codes can be sent for this login. Please log in again.");
    const QString nl =
        retryAfterSeconds > 0
            ? QStringLiteral("Over %1 seconden kan er een nieuwe code worden gestuurd.")
                  .arg(retryAfterSeconds)
            : QStringLiteral("Voor deze inlogpoging kunnen geen codes meer worden gestuurd. "
                             "Log opnieuw in.");
    ApiResponse response = build(Code::ResendTooSoon, {}, en, nl);
    if (retryAfterSeconds > 0)
        response.withHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

ApiResponse Problem::oidcTokenRefused(const QString &reason) {
    ApiResponse response = make(Code::OidcTokenRefused);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QLatin1String("reason"), reason);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.logNote = QStringLiteral("reason=") + reason;
    return response;
}

ApiResponse Problem::preconditionFailed(const QJsonObject &current, const QByteArray &etag) {
    ApiResponse response = make(Code::PreconditionFailed);
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    body.insert(QLatin1String("current"), current);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    response.withHeader("ETag", etag);
    return response;
}

int Problem::status(Code code) {
    switch (code) {
    case Code::BadRequest:
        return 400;
    case Code::Unauthorized:
    case Code::InvalidCredentials:
        return 401;
    case Code::PasswordChangeRequired:
        return 403;
    case Code::NotFound:
        return 404;
    case Code::PayloadTooLarge:
        return 413;
    case Code::UnsupportedMediaType:
        return 415;
    case Code::PasswordPolicy:
    case Code::CurrentPasswordIncorrect:
    case Code::PasswordReused:
    case Code::Validation:
    case Code::LimitReached:
        return 422;
    case Code::AccountLocked:
        return 429;
    case Code::RequestClosed:
    case Code::RequestOpen:
    case Code::LastAdministrator:
        return 409;
    case Code::ResetCodeInvalid:
        return 422;
    case Code::AccountDisabled:
    case Code::NoPortalAccess:
    case Code::SecondFactorRequired:
    case Code::SecondFactorEnded:
    case Code::SecondFactorUnavailable:
        return 403;
    case Code::SecondFactorInvalid:
        return 422;
    case Code::ResendTooSoon:
        return 429;
    case Code::IdempotencyKeyReused:
        return 422;
    case Code::RequestInProgress:
        return 409;
    case Code::PreconditionFailed:
        return 412;
    case Code::HeadersTooLarge:
        return 431;
    case Code::Busy:
        return 503;
    case Code::Internal:
        return 500;
    case Code::PasswordLoginOff:
    case Code::AccountNotLinked:
        return 403;
    case Code::OidcOff:
        return 404;
    case Code::OidcTokenRefused:
        return 401;
    case Code::ProviderUnavailable:
        return 503;
    }
    return 500;
}

QString Problem::codeName(Code code) {
    switch (code) {
    case Code::BadRequest:
        return QStringLiteral("bad-request");
    case Code::Unauthorized:
        return QStringLiteral("unauthorized");
    case Code::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case Code::PasswordChangeRequired:
        return QStringLiteral("password-change-required");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::PayloadTooLarge:
        return QStringLiteral("payload-too-large");
    case Code::UnsupportedMediaType:
        return QStringLiteral("unsupported-media-type");
    case Code::PasswordPolicy:
        return QStringLiteral("password-policy");
    case Code::CurrentPasswordIncorrect:
        return QStringLiteral("current-password-incorrect");
    case Code::PasswordReused:
        return QStringLiteral("password-reused");
    case Code::AccountLocked:
        return QStringLiteral("account-locked");
    case Code::Validation:
        return QStringLiteral("validation");
    case Code::LimitReached:
        return QStringLiteral("limit-reached");
    case Code::RequestClosed:
        return QStringLiteral("request-closed");
    case Code::RequestOpen:
        return QStringLiteral("request-open");
    case Code::ResetCodeInvalid:
        return QStringLiteral("reset-code-invalid");
    case Code::AccountDisabled:
        return QStringLiteral("account-disabled");
    case Code::NoPortalAccess:
        return QStringLiteral("no-portal-access");
    case Code::LastAdministrator:
        return QStringLiteral("last-administrator");
    case Code::SecondFactorRequired:
        return QStringLiteral("second-factor-required");
    case Code::SecondFactorInvalid:
        return QStringLiteral("second-factor-invalid");
    case Code::SecondFactorEnded:
        return QStringLiteral("second-factor-ended");
    case Code::SecondFactorUnavailable:
        return QStringLiteral("second-factor-unavailable");
    case Code::ResendTooSoon:
        return QStringLiteral("resend-too-soon");
    case Code::IdempotencyKeyReused:
        return QStringLiteral("idempotency-key-reused");
    case Code::RequestInProgress:
        return QStringLiteral("request-in-progress");
    case Code::PreconditionFailed:
        return QStringLiteral("precondition-failed");
    case Code::HeadersTooLarge:
        return QStringLiteral("headers-too-large");
    case Code::Busy:
        return QStringLiteral("busy");
    case Code::Internal:
        return QStringLiteral("internal");
    case Code::PasswordLoginOff:
        return QStringLiteral("password-login-off");
    case Code::OidcOff:
        return QStringLiteral("oidc-off");
    case Code::OidcTokenRefused:
        return QStringLiteral("oidc-token-refused");
    case Code::ProviderUnavailable:
        return QStringLiteral("provider-unavailable");
    case Code::AccountNotLinked:
        return QStringLiteral("account-not-linked");
    }
    return QStringLiteral("internal");
}

} // namespace careportal::server
