// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirbundle.h"

#include <QCryptographicHash>
#include <QSet>

namespace careportal::fhir {

namespace {

ApiError malformed(const QString &what) {
    return ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("FHIR Bundle: ") + what);
}

QUrl nextLink(const QJsonObject &bundle) {
    for (const auto &value : bundle.value(QLatin1String("link")).toArray()) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1String("relation")).toString() == QLatin1String("next"))
            return QUrl(link.value(QLatin1String("url")).toString());
    }
    return {};
}

} // namespace

void SearchPage::append(const SearchPage &page) {
    matches.append(page.matches);
    included.insert(page.included);
    next = page.next;
}

bool isKnownResourceType(const QString &type) {
    // The types a care organisation's searches return here, and those FHIR servers add to
    // a searchset (OperationOutcome). Others are refused rather than guessed at.
    static const QSet<QString> known{
        QStringLiteral("Patient"),       QStringLiteral("RelatedPerson"),
        QStringLiteral("Practitioner"),  QStringLiteral("PractitionerRole"),
        QStringLiteral("Organization"),  QStringLiteral("Appointment"),
        QStringLiteral("CarePlan"),      QStringLiteral("Goal"),
        QStringLiteral("Composition"),   QStringLiteral("CommunicationRequest"),
        QStringLiteral("Communication"), QStringLiteral("Task"),
        QStringLiteral("AuditEvent"),    QStringLiteral("OperationOutcome"),
        QStringLiteral("Location"),      QStringLiteral("HealthcareService"),
        QStringLiteral("Device"),        QStringLiteral("Person"),
        QStringLiteral("Encounter"),     QStringLiteral("Provenance")};
    return known.contains(type);
}

Result<SearchPage> readSearchPage(const QJsonObject &bundle, const QString &matchType) {
    if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        return malformed(QStringLiteral("not a Bundle"));
    SearchPage page;
    page.next = nextLink(bundle);
    const QJsonArray entries = bundle.value(QLatin1String("entry")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const Resource resource(entry.value(QLatin1String("resource")).toObject());
        const QString mode =
            entry.value(QLatin1String("search")).toObject().value(QLatin1String("mode")).toString();
        const QString where = QStringLiteral("entry %1").arg(i);
        if (resource.isEmpty())
            return malformed(where + QStringLiteral(" has no resource"));
        if (!isKnownResourceType(resource.type()))
            return malformed(
                where + QStringLiteral(" has unknown resourceType \"%1\"").arg(resource.type()));
        if (mode == QLatin1String("outcome") ||
            resource.type() == QLatin1String("OperationOutcome"))
            continue;
        if (resource.id().isEmpty())
            return malformed(where + QStringLiteral(" (%1) has no id").arg(resource.type()));
        // search.mode is optional in FHIR: a resource of another type without one was
        // brought by _include.
        const bool otherType = resource.type() != matchType;
        if (mode == QLatin1String("include") || (mode.isEmpty() && otherType)) {
            page.included.insert(resource.reference(), resource);
            continue;
        }
        if (otherType)
            return malformed(where +
                             QStringLiteral(" is a %1, not a %2").arg(resource.type(), matchType));
        page.matches.append(resource);
    }
    return page;
}

QByteArray listVersion(const QList<Resource> &resources) {
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const Resource &resource : resources) {
        digest.addData(resource.reference().toUtf8());
        digest.addData(QByteArrayView("@"));
        digest.addData(resource.versionId().toUtf8());
        digest.addData(QByteArrayView("\n"));
    }
    return "W/\"list-" + digest.result().toHex().left(32) + '"';
}

} // namespace careportal::fhir
