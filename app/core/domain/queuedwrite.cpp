// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/queuedwrite.h"

#include <QUuid>

namespace careportal {

namespace {

const QStringList kKinds{QStringLiteral("absence"),         QStringLiteral("contactRequest"),
                         QStringLiteral("contactDetail"),   QStringLiteral("contactPerson"),
                         QStringLiteral("businessContact"), QStringLiteral("businessColleague"),
                         QStringLiteral("projectQuestion")};
const QStringList kOperations{QStringLiteral("create"), QStringLiteral("update"),
                              QStringLiteral("delete")};

} // namespace

QString QueuedWrite::kindName(Kind kind) {
    return kKinds.at(int(kind));
}

QString QueuedWrite::newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool QueuedWrite::isValid() const {
    // A question is created under its project, so it names one.
    const bool needsTarget = operation != Operation::Create || kind == Kind::ProjectQuestion;
    bool supported = true;
    switch (kind) {
    case Kind::Absence:         // reported, never changed (the portals have no edit either)
    case Kind::ProjectQuestion: // asked, never changed
        supported = operation == Operation::Create;
        break;
    case Kind::BusinessContact: // the own contact exists; it is only changed
        supported = operation == Operation::Update;
        break;
    case Kind::ContactRequest:
    case Kind::ContactDetail:
    case Kind::ContactPerson:
    case Kind::BusinessColleague:
        break;
    }
    return supported && !clientId.isEmpty() && !idempotencyKey.isEmpty() &&
           needsTarget == !targetId.isEmpty();
}

QJsonObject QueuedWrite::toJson() const {
    return {{QLatin1String("kind"), kindName(kind)},
            {QLatin1String("operation"), kOperations.at(int(operation))},
            {QLatin1String("clientId"), clientId},
            {QLatin1String("targetId"), targetId},
            {QLatin1String("fields"), fields},
            {QLatin1String("ifMatch"), QString::fromLatin1(ifMatch)},
            {QLatin1String("idempotencyKey"), idempotencyKey}};
}

QueuedWrite QueuedWrite::fromJson(const QJsonObject &json) {
    QueuedWrite write;
    const auto kind = kKinds.indexOf(json.value(QLatin1String("kind")).toString());
    const auto operation = kOperations.indexOf(json.value(QLatin1String("operation")).toString());
    if (kind < 0 || operation < 0)
        return {};
    write.kind = Kind(kind);
    write.operation = Operation(operation);
    write.clientId = json.value(QLatin1String("clientId")).toString();
    write.targetId = json.value(QLatin1String("targetId")).toString();
    write.fields = json.value(QLatin1String("fields")).toObject();
    write.ifMatch = json.value(QLatin1String("ifMatch")).toString().toLatin1();
    write.idempotencyKey = json.value(QLatin1String("idempotencyKey")).toString();
    return write;
}

} // namespace careportal
