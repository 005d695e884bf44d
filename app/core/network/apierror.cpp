// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "network/apierror.h"

#include <QCoreApplication>

namespace careportal {

namespace {

struct Texts {
    const char *nl;
    const char *en;
};

Texts genericTexts(ApiError::Kind kind) {
    using K = ApiError::Kind;
    switch (kind) {
    case K::None:
        return {"", ""};
    case K::Offline:
        return {"Geen verbinding met de server. Controleer uw internetverbinding.",
                "No connection to the server. Please check your internet connection."};
    case K::Timeout:
        return {"De server reageert niet op tijd. Probeer het later opnieuw.",
                "The server did not answer in time. Please try again later."};
    case K::Tls:
        return {"De verbinding is niet veilig: het certificaat van de server klopt niet. "
                "Neem contact op met uw zorgorganisatie.",
                "The connection is not secure: the server's certificate is not trusted. "
                "Please contact your care organisation."};
    case K::Unauthorized:
        return {"Uw sessie is verlopen. Log opnieuw in.",
                "Your session has expired. Please log in again."};
    case K::Forbidden:
        return {"U heeft geen toegang tot deze gegevens.",
                "You do not have access to this information."};
    case K::NotFound:
        return {"Deze gegevens zijn niet gevonden.", "This information was not found."};
    case K::Validation:
        return {"De ingevulde gegevens zijn niet geldig.", "The information entered is not valid."};
    case K::Conflict:
        return {"De gegevens zijn intussen gewijzigd.", "The information was changed meanwhile."};
    case K::Throttled:
        return {"Te veel pogingen. Probeer het later opnieuw.",
                "Too many attempts. Please try again later."};
    case K::Server:
        return {"Er ging iets mis bij de server. Probeer het later opnieuw.",
                "Something went wrong on the server. Please try again later."};
    case K::BadResponse:
        return {"De server gaf een onverwacht antwoord.", "The server gave an unexpected answer."};
    }
    return {"", ""};
}

} // namespace

QString ApiError::message(const QString &language) const {
    const bool english = language.startsWith(QLatin1String("en"));
    const QString &fromServer = english ? messageEn : messageNl;
    if (!fromServer.isEmpty())
        return fromServer;
    const Texts texts = genericTexts(kind);
    return QString::fromUtf8(english ? texts.en : texts.nl);
}

QVariantMap ApiError::fieldMessages(const QString &language) const {
    const bool english = language.startsWith(QLatin1String("en"));
    QVariantMap result;
    for (auto it = fieldErrors.cbegin(); it != fieldErrors.cend(); ++it)
        result.insert(it.key(), english ? it.value().second : it.value().first);
    return result;
}

ApiError ApiError::make(Kind kind, const QString &detail) {
    ApiError error;
    error.kind = kind;
    error.code = detail;
    return error;
}

QString ApiError::kindName(Kind kind) {
    static const char *names[] = {"none",         "offline",   "timeout",   "tls",
                                  "unauthorized", "forbidden", "not-found", "validation",
                                  "conflict",     "throttled", "server",    "bad-response"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

} // namespace careportal
