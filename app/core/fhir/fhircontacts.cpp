// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhircontacts.h"

#include "contactvalidation.h"

#include <algorithm>
#include <limits>

namespace careportal::fhir {

namespace {

const QString kPhone = QStringLiteral("phone");
const QString kEmail = QStringLiteral("email");
const QString kPrivateSuffix = QStringLiteral("-private");

QString field(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

// The id a telecom element is known by in the app: its own element id, else its position
// (an element the organisation's system made without one).
QString telecomId(const QJsonObject &element, qsizetype index) {
    const QString id = field(element, "id");
    return id.isEmpty() ? QStringLiteral("telecom-%1").arg(index) : id;
}

// system+use (and our "private" flag, which FHIR's use cannot say) -> the app's kind;
// empty for what is no contact detail kind (fax, pager, url, …).
QString kindOf(const QJsonObject &element) {
    const QString system = field(element, "system");
    const bool isPrivate = extensionBool(element, kPrivateExtension);
    QString kind;
    if (system == kEmail)
        kind = QStringLiteral("email");
    else if (system == kPhone || system == QLatin1String("sms"))
        kind = field(element, "use") == QLatin1String("mobile") || system == QLatin1String("sms")
                   ? QStringLiteral("mobile-phone")
                   : QStringLiteral("home-phone");
    else
        return {};
    return isPrivate ? kind + kPrivateSuffix : kind;
}

// The app's kind written into a telecom element, keeping what the app does not edit
// (period, rank, other extensions).
void writeKind(QJsonObject &element, const QString &kind) {
    const bool isPrivate = kind.endsWith(kPrivateSuffix);
    const QString base = isPrivate ? kind.chopped(kPrivateSuffix.size()) : kind;
    if (base == QLatin1String("email")) {
        element.insert(QLatin1String("system"), kEmail);
        // zib EmailSoort: privé is "home"; the ordinary address says nothing.
        if (isPrivate)
            element.insert(QLatin1String("use"), QStringLiteral("home"));
        else
            element.remove(QLatin1String("use"));
    } else {
        element.insert(QLatin1String("system"), kPhone);
        element.insert(QLatin1String("use"), base == QLatin1String("mobile-phone")
                                                 ? QStringLiteral("mobile")
                                                 : QStringLiteral("home"));
    }
    setExtensionBool(element, kPrivateExtension, isPrivate);
}

ApiError validationError(const QString &what) {
    return ApiError::make(ApiError::Kind::Validation, what);
}

qsizetype indexOfDetail(const QJsonArray &telecom, const QString &id) {
    for (qsizetype i = 0; i < telecom.size(); ++i)
        if (telecomId(telecom.at(i).toObject(), i) == id)
            return i;
    return -1;
}

} // namespace

Result<QList<ContactDetail>> contactDetails(const Resource &patient) {
    if (patient.id().isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("Patient without id"));
    QList<ContactDetail> details;
    const QJsonArray telecom = patient.array(QStringLiteral("telecom"));
    for (qsizetype i = 0; i < telecom.size(); ++i) {
        const QJsonObject element = telecom.at(i).toObject();
        const QString kind = kindOf(element);
        const QString value = field(element, "value");
        if (kind.isEmpty() || value.isEmpty())
            continue; // no kind the portal knows, or nothing to show
        details.append({telecomId(element, i), kind, value,
                        extensionString(element, kRemarkExtension), patient.etag()});
    }
    return details;
}

Result<QJsonObject> applyContactDetailWrite(const Resource &patient, const QueuedWrite &write) {
    QJsonObject json = patient.json();
    QJsonArray telecom = json.value(QLatin1String("telecom")).toArray();
    const QString kind = field(write.fields, "kind");
    const QString value = field(write.fields, "value").trimmed();
    const QString remark = field(write.fields, "remark").trimmed();
    if (write.operation != QueuedWrite::Operation::Delete) {
        if (!ContactDetailKinds::isKnown(kind))
            return validationError(QStringLiteral("unknown contact detail kind '%1'").arg(kind));
        if (value.isEmpty())
            return validationError(QStringLiteral("contact detail without a value"));
    }

    switch (write.operation) {
    case QueuedWrite::Operation::Create: {
        // The id made of the idempotency key is what finds an earlier, already applied
        // attempt of this create (its answer lost): that is then the result, not a second one.
        const QString id = QStringLiteral("cd-") + write.idempotencyKey;
        if (indexOfDetail(telecom, id) >= 0)
            return json;
        QJsonObject element{{QLatin1String("id"), id}, {QLatin1String("value"), value}};
        writeKind(element, kind);
        setExtensionString(element, kRemarkExtension, remark);
        telecom.append(element);
        break;
    }
    case QueuedWrite::Operation::Update: {
        const qsizetype index = indexOfDetail(telecom, write.targetId);
        if (index < 0)
            return ApiError::make(ApiError::Kind::NotFound,
                                  QStringLiteral("contact detail %1").arg(write.targetId));
        QJsonObject element = telecom.at(index).toObject();
        // An element without id keeps the one the app knows it by from now on.
        element.insert(QLatin1String("id"), write.targetId);
        element.insert(QLatin1String("value"), value);
        writeKind(element, kind);
        setExtensionString(element, kRemarkExtension, remark);
        telecom.replace(index, element);
        break;
    }
    case QueuedWrite::Operation::Delete: {
        const qsizetype index = indexOfDetail(telecom, write.targetId);
        if (index < 0)
            return json; // already gone: the delete is done
        telecom.removeAt(index);
        break;
    }
    }
    if (telecom.isEmpty())
        json.remove(QLatin1String("telecom"));
    else
        json.insert(QLatin1String("telecom"), telecom);
    return json;
}

QJsonObject contactDetailItem(const Resource &patient, const QString &id) {
    const auto details = contactDetails(patient);
    if (!details.ok())
        return {};
    for (const ContactDetail &detail : details.value())
        if (detail.id == id)
            return detail.toRecord();
    return {};
}

QList<ContactPersonType> contactPersonTypes() {
    // As the reference server's contact_person_types (server/storage/schemasteps.cpp, step 4).
    return {
        {QStringLiteral("apotheek"), QStringLiteral("Apotheek"), QStringLiteral("Pharmacy")},
        {QStringLiteral("dietist"), QStringLiteral("Diëtist"), QStringLiteral("Dietitian")},
        {QStringLiteral("familie"), QStringLiteral("Familie"), QStringLiteral("Family")},
        {QStringLiteral("fysiotherapeut"), QStringLiteral("Fysiotherapeut"),
         QStringLiteral("Physiotherapist")},
        {QStringLiteral("huisarts"), QStringLiteral("Huisarts"),
         QStringLiteral("General practitioner")},
        {QStringLiteral("kennis"), QStringLiteral("Kennis"), QStringLiteral("Acquaintance")},
        {QStringLiteral("buur"), QStringLiteral("Buur"), QStringLiteral("Neighbour")},
        {QStringLiteral("mantelzorger"), QStringLiteral("Mantelzorger"),
         QStringLiteral("Informal carer")},
        {QStringLiteral("wettelijk-vertegenwoordiger"),
         QStringLiteral("Wettelijk vertegenwoordiger"), QStringLiteral("Legal representative")},
        {QStringLiteral("overig"), QStringLiteral("Overig"), QStringLiteral("Other")},
    };
}

namespace {

const QString kPrimaryRole = QStringLiteral("01");
const QString kRepresentativeRole = QStringLiteral("24");

QString personTypeSystem() {
    return codeSystem(QStringLiteral("contact-person-type"));
}

QString labelOf(const QString &code) {
    for (const ContactPersonType &type : contactPersonTypes())
        if (type.code == code)
            return type.labelNl;
    return {};
}

// The phones in rank order (elements without a rank after those with one, in their order).
QList<QJsonObject> phonesByRank(const QJsonArray &telecom) {
    QList<QJsonObject> phones;
    for (const auto &value : telecom) {
        const QJsonObject element = value.toObject();
        const QString system = field(element, "system");
        if ((system == kPhone || system == QLatin1String("sms")) &&
            !field(element, "value").isEmpty())
            phones.append(element);
    }
    std::stable_sort(phones.begin(), phones.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("rank")).toInt(std::numeric_limits<int>::max()) <
               b.value(QLatin1String("rank")).toInt(std::numeric_limits<int>::max());
    });
    return phones;
}

} // namespace

Result<ContactPerson> contactPerson(const Resource &relatedPerson) {
    if (relatedPerson.id().isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse,
                              QStringLiteral("RelatedPerson without id"));
    // A contact person's name is typed as a whole: its text says it as the user wrote it.
    const QJsonObject humanName = preferredName(relatedPerson.array(QStringLiteral("name")));
    QString name = field(humanName, "text");
    if (name.isEmpty())
        name = displayName(humanName);
    if (name.trimmed().isEmpty())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QStringLiteral("RelatedPerson/%1 without a name").arg(relatedPerson.id()));

    ContactPerson person;
    person.id = relatedPerson.id();
    person.name = name;
    const QJsonArray telecom = relatedPerson.array(QStringLiteral("telecom"));
    const QList<QJsonObject> phones = phonesByRank(telecom);
    if (!phones.isEmpty())
        person.phone1 = field(phones.at(0), "value");
    if (phones.size() > 1)
        person.phone2 = field(phones.at(1), "value");
    for (const auto &value : telecom)
        if (field(value.toObject(), "system") == kEmail) {
            person.email = field(value.toObject(), "value");
            break;
        }
    bool representative = false;
    for (const auto &value : relatedPerson.array(QStringLiteral("relationship"))) {
        const QJsonObject relationship = value.toObject();
        const QString type = codeIn(relationship, personTypeSystem());
        if (person.type.isEmpty() && !type.isEmpty())
            person.type = type;
        const QString role = codeIn(relationship, kContactRoleSystem);
        person.primary = person.primary || role == kPrimaryRole;
        representative = representative || role == kRepresentativeRole;
    }
    // A RelatedPerson from the organisation's own system may carry only the zib role.
    if (person.type.isEmpty())
        person.type = representative ? QStringLiteral("wettelijk-vertegenwoordiger")
                                     : QStringLiteral("overig");
    person.remarks = extensionString(relatedPerson.json(), kRemarkExtension);
    person.etag = relatedPerson.etag();
    return person;
}

namespace {

// The relationship concepts with our type coding and the "primary" role replaced, every
// other coding (e.g. a zib role 24, a code of the organisation's system) kept.
QJsonArray relationshipsFor(const QJsonArray &current, const QString &type, bool primary) {
    QJsonArray result;
    for (const auto &value : current) {
        QJsonObject relationship = value.toObject();
        QJsonArray kept;
        for (const auto &coding : relationship.value(QLatin1String("coding")).toArray()) {
            const QJsonObject c = coding.toObject();
            const QString system = field(c, "system");
            if (system == personTypeSystem())
                continue;
            if (system == kContactRoleSystem && field(c, "code") == kPrimaryRole)
                continue;
            kept.append(c);
        }
        if (kept.isEmpty())
            continue;
        relationship.insert(QLatin1String("coding"), kept);
        result.append(relationship);
    }
    if (!type.isEmpty())
        result.prepend(codeableConcept(personTypeSystem(), type, labelOf(type)));
    if (primary)
        result.append(codeableConcept(kContactRoleSystem, kPrimaryRole,
                                      QStringLiteral("Eerste relatie/contactpersoon")));
    return result;
}

QJsonArray telecomFor(const QJsonArray &current, const QJsonObject &fields) {
    QJsonArray result;
    // What the app does not edit (fax, a second e-mail address, …) stays.
    bool emailSkipped = false;
    for (const auto &value : current) {
        const QString system = field(value.toObject(), "system");
        if (system == kPhone || system == QLatin1String("sms"))
            continue;
        if (system == kEmail && !emailSkipped) {
            emailSkipped = true;
            continue;
        }
        result.append(value);
    }
    QJsonArray edited;
    int rank = 1;
    for (const char *key : {"phone1", "phone2"}) {
        const QString phone = field(fields, key).trimmed();
        if (phone.isEmpty())
            continue;
        edited.append(QJsonObject{{QLatin1String("system"), kPhone},
                                  {QLatin1String("value"), phone},
                                  {QLatin1String("rank"), rank++}});
    }
    const QString email = field(fields, "email").trimmed();
    if (!email.isEmpty())
        edited.append(
            QJsonObject{{QLatin1String("system"), kEmail}, {QLatin1String("value"), email}});
    for (const auto &value : result)
        edited.append(value);
    result = edited;
    return result;
}

} // namespace

QJsonObject relatedPersonFor(const QJsonObject &fields, const QString &patientId,
                             const QJsonObject &base, const QString &idempotencyKey) {
    QJsonObject json = base;
    if (base.isEmpty()) {
        json.insert(QLatin1String("resourceType"), QStringLiteral("RelatedPerson"));
        json.insert(QLatin1String("active"), true);
        json.insert(QLatin1String("identifier"), QJsonArray{writeIdentifier(idempotencyKey)});
    }
    json.insert(QLatin1String("patient"),
                QJsonObject{{QLatin1String("reference"), QStringLiteral("Patient/") + patientId}});

    // The name is replaced only when the user changed it: a structured name of the
    // organisation's system that still says the same is kept.
    const QString name = field(fields, "name").trimmed();
    const QJsonObject currentName = preferredName(json.value(QLatin1String("name")).toArray());
    const QString currentText = field(currentName, "text").isEmpty() ? displayName(currentName)
                                                                     : field(currentName, "text");
    if (currentText != name)
        json.insert(QLatin1String("name"), QJsonArray{QJsonObject{{QLatin1String("text"), name}}});

    const QJsonArray telecom = telecomFor(json.value(QLatin1String("telecom")).toArray(), fields);
    if (telecom.isEmpty())
        json.remove(QLatin1String("telecom"));
    else
        json.insert(QLatin1String("telecom"), telecom);

    const QJsonArray relationships =
        relationshipsFor(json.value(QLatin1String("relationship")).toArray(), field(fields, "type"),
                         fields.value(QLatin1String("primary")).toBool());
    if (relationships.isEmpty())
        json.remove(QLatin1String("relationship"));
    else
        json.insert(QLatin1String("relationship"), relationships);

    setExtensionString(json, kRemarkExtension, field(fields, "remarks").trimmed());
    return json;
}

} // namespace careportal::fhir
