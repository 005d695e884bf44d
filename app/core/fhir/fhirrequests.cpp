// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirrequests.h"

#include <QStringList>

namespace careportal::fhir {

namespace {

QString subjectSystem() {
    return codeSystem(QStringLiteral("contact-request-subject"));
}

// The message of a CommunicationRequest or Communication: its string payloads, in order.
QString payloadText(const Resource &resource) {
    QStringList parts;
    for (const auto &value : resource.array(QStringLiteral("payload"))) {
        const QString text = value.toObject().value(QLatin1String("contentString")).toString();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

QList<LabelledOption> contactRequestSubjects() {
    // As the reference server's contact_request_subjects (server/storage/schemasteps.cpp, step 5).
    return {
        {QStringLiteral("planning"), QStringLiteral("Ik heb een vraag over mijn planning"),
         QStringLiteral("I have a question about my planning")},
        {QStringLiteral("indicatie"), QStringLiteral("Ik heb een vraag over mijn indicatie"),
         QStringLiteral("I have a question about my care assessment")},
        {QStringLiteral("klantportaal"), QStringLiteral("Ik heb een vraag over het klantportaal"),
         QStringLiteral("I have a question about the client portal")},
        {QStringLiteral("anders"), QStringLiteral("Ik heb een andere vraag"),
         QStringLiteral("I have another question")},
    };
}

Result<ContactRequest> contactRequest(const Resource &request, const Resource &answer) {
    if (request.id().isEmpty())
        return ApiError::make(ApiError::Kind::BadResponse,
                              QStringLiteral("CommunicationRequest without id"));
    const QDateTime authoredOn = dateTime(request.string(QStringLiteral("authoredOn")));
    if (!authoredOn.isValid())
        return ApiError::make(
            ApiError::Kind::BadResponse,
            QStringLiteral("CommunicationRequest/%1 without authoredOn").arg(request.id()));

    ContactRequest result;
    result.id = request.id();
    result.createdAt = authoredOn;
    result.message = payloadText(request);
    for (const auto &value : request.array(QStringLiteral("category"))) {
        result.subject = codeIn(value.toObject(), subjectSystem());
        if (!result.subject.isEmpty())
            break;
    }
    result.etag = request.etag();
    // Answered is done; staff may also close a request without a written answer.
    result.done =
        !answer.isEmpty() || request.string(QStringLiteral("status")) == QLatin1String("completed");
    if (!answer.isEmpty()) {
        result.answer = payloadText(answer);
        result.answeredAt = dateTime(answer.string(QStringLiteral("sent")));
        result.answeredBy =
            answer.object(QStringLiteral("sender")).value(QLatin1String("display")).toString();
        result.answerReadAt = dateTime(answer.string(QStringLiteral("received")));
    }
    return result;
}

QJsonObject communicationRequestFor(const QJsonObject &fields, const QString &patientId,
                                    const QString &requester, const QString &idempotencyKey) {
    const QString subject = fields.value(QLatin1String("subject")).toString();
    QString label;
    for (const LabelledOption &option : contactRequestSubjects())
        if (option.code == subject)
            label = option.labelNl;
    const QJsonObject patient{{QLatin1String("reference"), QStringLiteral("Patient/") + patientId}};
    return {
        {QLatin1String("resourceType"), QStringLiteral("CommunicationRequest")},
        {QLatin1String("identifier"), QJsonArray{writeIdentifier(idempotencyKey)}},
        {QLatin1String("status"), QStringLiteral("active")},
        {QLatin1String("subject"), patient},
        {QLatin1String("requester"), QJsonObject{{QLatin1String("reference"), requester}}},
        {QLatin1String("category"), QJsonArray{codeableConcept(subjectSystem(), subject, label)}},
        {QLatin1String("payload"),
         QJsonArray{QJsonObject{
             {QLatin1String("contentString"), fields.value(QLatin1String("message")).toString()}}}},
        // The time it is sent, as the reference server stamps createdAt on arrival; a FHIR
        // server does not fill authoredOn itself.
        {QLatin1String("authoredOn"), instant(QDateTime::currentDateTimeUtc())},
    };
}

QJsonObject markedRead(const Resource &answer, const QDateTime &now) {
    QJsonObject json = answer.json();
    // The first opening is the one that counts (answerReadAt): a later one changes nothing.
    if (!json.value(QLatin1String("received")).toString().isEmpty())
        return json;
    json.insert(QLatin1String("received"), instant(now));
    return json;
}

} // namespace careportal::fhir
