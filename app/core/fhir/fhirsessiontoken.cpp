// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirsessiontoken.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace careportal::fhir {

namespace {
// Marks the format, so that a reference server's token kept from before a profile changed
// its backend is recognised as no FHIR session rather than sent as a bearer.
constexpr QByteArrayView kPrefix = "fhir1.";
} // namespace

QByteArray FhirSessionToken::encode() const {
    const QJsonObject json{{QLatin1String("bearer"), QString::fromLatin1(bearer)},
                           {QLatin1String("username"), username},
                           {QLatin1String("fhirUser"), fhirUser}};
    return kPrefix.toByteArray() +
           QJsonDocument(json)
               .toJson(QJsonDocument::Compact)
               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

FhirSessionToken FhirSessionToken::decode(const QByteArray &encoded) {
    if (!encoded.startsWith(kPrefix))
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        encoded.mid(kPrefix.size()),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    const QJsonObject json = QJsonDocument::fromJson(*decoded).object();
    FhirSessionToken token;
    token.bearer = json.value(QLatin1String("bearer")).toString().toLatin1();
    token.username = json.value(QLatin1String("username")).toString();
    token.fhirUser = json.value(QLatin1String("fhirUser")).toString();
    return token;
}

} // namespace careportal::fhir
