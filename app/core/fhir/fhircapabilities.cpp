// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhircapabilities.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace careportal::fhir {

namespace {

using Interactions = QHash<QString, QSet<QString>>; // resource type -> interaction codes

Interactions serverInteractions(const QJsonObject &statement) {
    Interactions interactions;
    for (const auto &restValue : statement.value(QLatin1String("rest")).toArray()) {
        const QJsonObject rest = restValue.toObject();
        if (rest.value(QLatin1String("mode")).toString() != QLatin1String("server"))
            continue;
        for (const auto &resourceValue : rest.value(QLatin1String("resource")).toArray()) {
            const QJsonObject resource = resourceValue.toObject();
            QSet<QString> &codes = interactions[resource.value(QLatin1String("type")).toString()];
            for (const auto &interaction : resource.value(QLatin1String("interaction")).toArray())
                codes.insert(interaction.toObject().value(QLatin1String("code")).toString());
        }
    }
    return interactions;
}

struct Need {
    QString type;
    QStringList interactions;
};

} // namespace

QStringList featuresFromCapabilities(const QJsonObject &capabilityStatement) {
    const Interactions offered = serverInteractions(capabilityStatement);
    const auto serves = [&offered](const QList<Need> &needs) {
        return std::all_of(needs.cbegin(), needs.cend(), [&offered](const Need &need) {
            const QSet<QString> codes = offered.value(need.type);
            return std::all_of(need.interactions.cbegin(), need.interactions.cend(),
                               [&codes](const QString &code) { return codes.contains(code); });
        });
    };
    const QString search = QStringLiteral("search-type");
    const QString read = QStringLiteral("read");
    const QString create = QStringLiteral("create");
    const QString update = QStringLiteral("update");
    const QList<QPair<QString, QList<Need>>> features{
        {QStringLiteral("planning"), {{QStringLiteral("Appointment"), {search}}}},
        {QStringLiteral("contactDetails"), {{QStringLiteral("Patient"), {read, update}}}},
        {QStringLiteral("contactPersons"),
         {{QStringLiteral("RelatedPerson"), {search, read, create, update}}}},
        {QStringLiteral("contactRequests"),
         {{QStringLiteral("CommunicationRequest"), {search, create}},
          {QStringLiteral("Communication"), {search}}}},
        {QStringLiteral("absence"), {{QStringLiteral("Task"), {search, create}}}},
        {QStringLiteral("dossier"),
         {{QStringLiteral("Patient"), {read}}, {QStringLiteral("Composition"), {search}}}},
        {QStringLiteral("accessLog"), {{QStringLiteral("AuditEvent"), {search}}}},
    };
    QStringList result;
    for (const auto &[feature, needs] : features)
        if (serves(needs))
            result.append(feature);
    return result;
}

} // namespace careportal::fhir
