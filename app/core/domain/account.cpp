// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/account.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <utility>

namespace careportal {

QStringList ClientRef::allRights() {
    return {QStringLiteral("planning"),        QStringLiteral("contact-details"),
            QStringLiteral("contact-persons"), QStringLiteral("contact-requests"),
            QStringLiteral("absences"),        QStringLiteral("dossier"),
            QStringLiteral("access-log")};
}

Account Account::fromJson(const QJsonObject &json) {
    Account account;
    account.accountId = json.value(QLatin1String("accountId")).toString();
    account.username = json.value(QLatin1String("username")).toString();
    account.displayName = json.value(QLatin1String("displayName")).toString();
    account.mustChangePassword = json.value(QLatin1String("mustChangePassword")).toBool();
    // An account cached by a version before business contacts has no kind: a client's.
    if (json.value(QLatin1String("kind")).toString() == QLatin1String("business"))
        account.kind = Kind::Business;
    for (const auto &value : json.value(QLatin1String("organisations")).toArray()) {
        OrganisationLink link = OrganisationLink::fromJson(value.toObject());
        if (!link.id.isEmpty())
            account.organisations.append(std::move(link));
    }
    for (const auto &value : json.value(QLatin1String("clients")).toArray()) {
        const QJsonObject client = value.toObject();
        const QJsonValue rights = client.value(QLatin1String("rights"));
        account.clients.append(
            {client.value(QLatin1String("id")).toString(),
             client.value(QLatin1String("displayName")).toString(),
             client.value(QLatin1String("relation")).toString(),
             rights.isArray() ? rights.toVariant().toStringList() : ClientRef::allRights()});
    }
    return account;
}

QJsonObject Account::toJson() const {
    QJsonArray clientArray;
    for (const auto &client : clients)
        clientArray.append(
            QJsonObject{{QLatin1String("id"), client.id},
                        {QLatin1String("displayName"), client.displayName},
                        {QLatin1String("relation"), client.relation},
                        {QLatin1String("rights"), QJsonArray::fromStringList(client.rights)}});
    QJsonArray organisationArray;
    for (const auto &organisation : organisations)
        organisationArray.append(organisation.toJson());
    return {{QLatin1String("accountId"), accountId},
            {QLatin1String("kind"),
             kind == Kind::Business ? QStringLiteral("business") : QStringLiteral("client")},
            {QLatin1String("organisations"), organisationArray},
            {QLatin1String("username"), username},
            {QLatin1String("displayName"), displayName},
            {QLatin1String("mustChangePassword"), mustChangePassword},
            {QLatin1String("clients"), clientArray}};
}

LoginResult LoginResult::fromJson(const QJsonObject &json) {
    LoginResult result;
    result.token = json.value(QLatin1String("token")).toString().toLatin1();
    result.expiresAt = json.value(QLatin1String("expiresAt")).toString();
    result.refreshToken = json.value(QLatin1String("refreshToken")).toString().toLatin1();
    result.mustChangePassword = json.value(QLatin1String("mustChangePassword")).toBool();
    result.secondFactorRequired = json.value(QLatin1String("secondFactorRequired")).toBool();
    result.factorMethod = json.value(QLatin1String("method")).toString();
    result.factorDestination = json.value(QLatin1String("destination")).toString();
    result.deviceToken = json.value(QLatin1String("deviceToken")).toString().toLatin1();
    return result;
}

QByteArray SessionTokens::toStored() const {
    return QJsonDocument(QJsonObject{{QLatin1String("access"), QString::fromLatin1(access)},
                                     {QLatin1String("refresh"), QString::fromLatin1(refresh)}})
        .toJson(QJsonDocument::Compact);
}

SessionTokens SessionTokens::fromStored(const QByteArray &stored) {
    if (!stored.startsWith('{'))
        return {stored, {}};
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    return {json.value(QLatin1String("access")).toString().toLatin1(),
            json.value(QLatin1String("refresh")).toString().toLatin1()};
}

} // namespace careportal
