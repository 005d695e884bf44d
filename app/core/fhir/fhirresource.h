// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace careportal::fhir {

// The systems of docs/fhir.md ("Identifiers and code systems").
inline const QString kUsernameSystem =
    QStringLiteral("https://careportal.example/fhir/sid/username");
inline const QString kUriSystem = QStringLiteral("urn:ietf:rfc:3986");
inline const QString kCodeSystemBase =
    QStringLiteral("https://careportal.example/fhir/CodeSystem/");
inline const QString kRemarkExtension =
    QStringLiteral("https://careportal.example/fhir/StructureDefinition/remark");
inline const QString kContactRoleSystem =
    QStringLiteral("urn:oid:2.16.840.1.113883.2.4.3.11.22.472");

/// Our code system `name` (docs/fhir.md), e.g. codeSystem("help-type").
[[nodiscard]] QString codeSystem(const QString &name);

/// A resource of a FHIR answer, with the few accessors every mapping needs. Lenient where
/// FHIR is: unknown elements and extensions are simply not read.
class Resource {
public:
    Resource() = default;
    explicit Resource(QJsonObject json)
        : m_json(std::move(json)) {}

    [[nodiscard]] const QJsonObject &json() const { return m_json; }
    [[nodiscard]] QString type() const { return string(QStringLiteral("resourceType")); }
    [[nodiscard]] QString id() const { return string(QStringLiteral("id")); }
    /// "Patient/123": how other resources refer to this one.
    [[nodiscard]] QString reference() const { return type() + QLatin1Char('/') + id(); }
    [[nodiscard]] QString versionId() const;
    /// The weak ETag of meta.versionId, as FHIR servers send it: W/"3"; empty without one.
    [[nodiscard]] QByteArray etag() const;
    [[nodiscard]] bool isEmpty() const { return m_json.isEmpty(); }

    [[nodiscard]] QString string(const QString &key) const { return m_json.value(key).toString(); }
    [[nodiscard]] QJsonObject object(const QString &key) const {
        return m_json.value(key).toObject();
    }
    [[nodiscard]] QJsonArray array(const QString &key) const { return m_json.value(key).toArray(); }

private:
    QJsonObject m_json;
};

/// The resources a search brought besides its matches (_include), by "Type/id".
using ResourceIndex = QHash<QString, Resource>;

/// "Patient/123" (or an absolute URL ending so) -> "123" when its type is `type`; else empty.
[[nodiscard]] QString referencedId(const QJsonObject &reference, const QString &type);
/// The code of the first coding of `codeable` in `system`; empty if none.
[[nodiscard]] QString codeIn(const QJsonObject &codeable, const QString &system);
/// The concept's text, else the display of its first coding with one.
[[nodiscard]] QString conceptText(const QJsonObject &codeable);
/// A CodeableConcept with one coding.
[[nodiscard]] QJsonObject codeableConcept(const QString &system, const QString &code,
                                          const QString &display = {});
/// The value of the first identifier in `system`.
[[nodiscard]] QString identifierValue(const QJsonArray &identifiers, const QString &system);
/// The identifier a write's idempotency key becomes (docs/fhir.md): urn:ietf:rfc:3986 with
/// urn:uuid:<key>, so a conditional create finds an earlier attempt of the same write.
[[nodiscard]] QJsonObject writeIdentifier(const QString &idempotencyKey);
/// The If-None-Exist search for that identifier.
[[nodiscard]] QByteArray ifNoneExistFor(const QString &idempotencyKey);
/// The string value of the extension `url` of an element; empty if none.
[[nodiscard]] QString extensionString(const QJsonObject &element, const QString &url);
/// Sets (or, for an empty value, removes) the string extension `url` of an element.
void setExtensionString(QJsonObject &element, const QString &url, const QString &value);
/// A FHIR dateTime/instant (with or without seconds or zone; a bare date is midnight UTC).
[[nodiscard]] QDateTime dateTime(const QString &value);
/// The instant as FHIR writes it, in UTC with seconds.
[[nodiscard]] QString instant(const QDateTime &value);
/// A HumanName as the portals show people: "mevrouw J. de Vries" (prefix, given initials,
/// family) or its text.
[[nodiscard]] QString displayName(const QJsonObject &humanName);
/// The first name in `names` of use official/usual, else the first.
[[nodiscard]] QJsonObject preferredName(const QJsonArray &names);

} // namespace careportal::fhir

namespace careportal::fhir {

/// Our extension (valueBoolean) for a telecom element the client marked private ("privé"):
/// ContactPoint.use cannot say it (docs/fhir.md, Mijn contactdetails).
inline const QString kPrivateExtension =
    QStringLiteral("https://careportal.example/fhir/StructureDefinition/private");
/// The boolean value of the extension `url` of an element; false if none.
[[nodiscard]] bool extensionBool(const QJsonObject &element, const QString &url);
/// Sets the boolean extension `url` of an element when `value`, removes it otherwise.
void setExtensionBool(QJsonObject &element, const QString &url, bool value);
/// The string of an XHTML narrative (Narrative.div) as plain text: paragraphs and line
/// breaks become new lines, tags go, the common entities are decoded.
[[nodiscard]] QString plainText(const QString &xhtml);

} // namespace careportal::fhir
