// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "fhir/fhirresource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

// moc stumbles over the raw JSON literals (quotes and slashes inside): it need not see them.
#ifndef Q_MOC_RUN
namespace careportal::test {

// Fixtures are inline FHIR JSON (the demo's invented people, docs/fhir.md's systems).
inline fhir::Resource parse(const char *json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture: %s", qPrintable(error.errorString()));
    return fhir::Resource(document.object());
}

inline const char *const kPatient = R"({
  "resourceType": "Patient", "id": "client-test", "meta": {"versionId": "4"},
  "birthDate": "1941-03-14",
  "unknownElement": {"x": 1},
  "extension": [{"url": "https:\/\/example.org/unknown", "valueString": "ignored"}],
  "address": [{"use": "old", "line": ["Oude Weg 1"], "city": "Elders"},
              {"use": "home", "line": ["Voorbeeldstraat 12", "2e etage"],
               "postalCode": "1234 AB", "city": "Voorbeeldstad"}],
  "generalPractitioner": [{"reference": "Practitioner/gp-1"},
                          {"reference": "Organization/pharmacy-1"}],
  "telecom": [
    {"system": "phone", "value": "06-12345678", "use": "mobile"},
    {"id": "mail-1", "system": "email", "value": "c.test@example.nl"},
    {"system": "phone", "value": "020-1234567", "use": "home",
     "extension": [{"url": "https:\/\/careportal.example/fhir/StructureDefinition/remark",
                    "valueString": "Liefst 's ochtends bellen"},
                   {"url": "https:\/\/example.org/other", "valueCode": "x"}]},
    {"system": "fax", "value": "020-7654321"},
    {"system": "email", "value": "prive@example.nl", "use": "home",
     "extension": [{"url": "https:\/\/careportal.example/fhir/StructureDefinition/private",
                    "valueBoolean": true}]}
  ]
})";

// What a server does with a PUT body: keeps it (and the version moves on).
inline fhir::Resource stored(const QJsonObject &json, const char *id, const char *version) {
    QJsonObject copy = json;
    copy.insert(QLatin1String("id"), QString::fromLatin1(id));
    copy.insert(QLatin1String("meta"),
                QJsonObject{{QLatin1String("versionId"), QString::fromLatin1(version)}});
    return fhir::Resource(copy);
}

} // namespace careportal::test
#endif
