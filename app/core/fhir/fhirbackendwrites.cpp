// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// FhirBackend: the outbox's writes, each delivered exactly once (docs/fhir.md, "Offline").

#include "fhir/fhirabsences.h"
#include "fhir/fhirbackend.h"
#include "fhir/fhircontacts.h"
#include "fhir/fhirrequests.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace careportal {

using fhir::Resource;

namespace {

ApiError preconditionFailed() {
    ApiError error =
        ApiError::make(ApiError::Kind::Conflict, QStringLiteral("precondition-failed"));
    error.httpStatus = 412;
    error.code = QStringLiteral("precondition-failed");
    return error;
}

bool isGone(const ApiError &error) {
    return error.kind == ApiError::Kind::NotFound || error.httpStatus == 410;
}

// A contact detail is one element of Patient.telecom, and the patient's version changes
// with every other detail too: the detail's own version is a digest of what it says, so an
// edit of one detail is not refused because another changed.
QByteArray detailVersion(const ContactDetail &detail) {
    const QByteArray content =
        (detail.kind + QLatin1Char('\n') + detail.value + QLatin1Char('\n') + detail.remark)
            .toUtf8();
    return "W/\"cd-" +
           QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(16) + '"';
}

QJsonObject detailRecord(const Resource &patient, const QString &id) {
    const QJsonObject item = fhir::contactDetailItem(patient, id);
    if (item.isEmpty())
        return {};
    ContactDetail detail = ContactDetail::fromJson(item);
    detail.id = id;
    detail.etag = detailVersion(detail);
    return detail.toRecord();
}

QString createdDetailId(const QueuedWrite &write) {
    return QStringLiteral("cd-") + write.idempotencyKey;
}

QDate organisationToday() {
    return QDateTime::currentDateTimeUtc()
        .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
        .date();
}

// A write the FHIR server cannot take is refused, not kept: the outbox would otherwise send
// it again at every chance (it retries all but a refusal of the write itself).
ApiError writeNotOffered() {
    ApiError error = FhirBackend::notOffered();
    error.kind = ApiError::Kind::Validation;
    return error;
}

} // namespace

QJsonObject FhirBackend::contactDetailRecord(const Resource &patient, const QString &id) {
    return detailRecord(patient, id);
}

QList<ContactDetail> FhirBackend::versionedDetails(QList<ContactDetail> details) {
    for (ContactDetail &detail : details)
        detail.etag = detailVersion(detail);
    return details;
}

QFuture<Result<WriteReceipt>> FhirBackend::deliver(const QueuedWrite &write) {
    return promised<WriteReceipt>([this, write](const Deliver<WriteReceipt> &done) {
        const QString actor = actorFor(write.clientId);
        switch (write.kind) {
        case QueuedWrite::Kind::ContactDetail:
            deliverContactDetail(write, done);
            return;
        case QueuedWrite::Kind::ContactPerson:
            deliverContactPerson(write, done);
            return;
        case QueuedWrite::Kind::ContactRequest:
            deliverCreate(
                write,
                fhir::communicationRequestFor(write.fields, write.clientId, actor,
                                              write.idempotencyKey),
                [](const Resource &created) {
                    const auto request = fhir::contactRequest(created, Resource());
                    return request.ok() ? request.value().toRecord() : QJsonObject();
                },
                done);
            return;
        case QueuedWrite::Kind::Absence:
            deliverCreate(
                write,
                fhir::absenceTaskFor(write.fields, write.clientId, actor, write.idempotencyKey,
                                     organisationToday(), m_settings.absenceNoticeDays),
                [](const Resource &created) {
                    const auto report = fhir::absenceReport(created);
                    return report.ok() ? report.value().toRecord() : QJsonObject();
                },
                done);
            return;
        case QueuedWrite::Kind::BusinessContact:
        case QueuedWrite::Kind::BusinessColleague:
        case QueuedWrite::Kind::ProjectQuestion:
            break;
        }
        done(writeNotOffered());
    });
}

void FhirBackend::deliverCreate(const QueuedWrite &write, const QJsonObject &resource,
                                const std::function<QJsonObject(const Resource &)> &item,
                                const Deliver<WriteReceipt> &done) {
    if (write.operation != QueuedWrite::Operation::Create) {
        done(writeNotOffered());
        return;
    }
    postConditional(resource, write.idempotencyKey, [item, done](const ApiResponse &response) {
        if (!response.ok()) {
            done(response.error);
            return;
        }
        const QJsonObject record = item(Resource(response.body.object()));
        if (record.isEmpty()) {
            done(ApiError::make(ApiError::Kind::BadResponse, QStringLiteral("created resource")));
            return;
        }
        // 200 rather than 201: the server found the resource an earlier attempt made.
        done(WriteReceipt{record, response.status == 200});
    });
}

void FhirBackend::deliverContactDetail(const QueuedWrite &write,
                                       const Deliver<WriteReceipt> &done) {
    read(QStringLiteral("Patient"), write.clientId, {},
         [this, write, done](const Result<Resource> &patient, bool) {
             if (!patient.ok()) {
                 done(patient.error());
                 return;
             }
             const bool create = write.operation == QueuedWrite::Operation::Create;
             const QString id = create ? createdDetailId(write) : write.targetId;
             const QJsonObject stored = detailRecord(patient.value(), id);
             if (create && !stored.isEmpty()) {
                 done(WriteReceipt{stored, true}); // the first attempt's answer was lost
                 return;
             }
             if (!create && stored.isEmpty()) {
                 if (write.operation == QueuedWrite::Operation::Delete)
                     done(WriteReceipt{{}, true}); // gone already
                 else
                     done(ApiError::make(ApiError::Kind::NotFound, QStringLiteral("telecom")));
                 return;
             }
             if (!create && !write.ifMatch.isEmpty() &&
                 stored.value(QLatin1String("etag")).toString().toLatin1() != write.ifMatch) {
                 ApiError conflict = preconditionFailed();
                 conflict.current = stored;
                 done(conflict);
                 return;
             }
             const auto changed = fhir::applyContactDetailWrite(patient.value(), write);
             if (!changed.ok()) {
                 done(changed.error());
                 return;
             }
             // If-Match on the version just read: a change in between is refused, not lost.
             put(Resource(changed.value()), patient.value().etag(),
                 [write, id, done](const ApiResponse &response) {
                     if (!response.ok()) {
                         done(response.error);
                         return;
                     }
                     const bool removed = write.operation == QueuedWrite::Operation::Delete;
                     done(WriteReceipt{removed ? QJsonObject()
                                               : detailRecord(Resource(response.body.object()), id),
                                       false});
                 });
         });
}

void FhirBackend::deliverContactPerson(const QueuedWrite &write,
                                       const Deliver<WriteReceipt> &done) {
    if (write.operation == QueuedWrite::Operation::Create) {
        deliverCreate(
            write, fhir::relatedPersonFor(write.fields, write.clientId, {}, write.idempotencyKey),
            personRecord, done);
        return;
    }
    read(QStringLiteral("RelatedPerson"), write.targetId, {},
         [this, write, done](const Result<Resource> &current, bool) {
             if (!current.ok()) {
                 const bool deleted =
                     write.operation == QueuedWrite::Operation::Delete && isGone(current.error());
                 deleted ? done(WriteReceipt{{}, true}) : done(current.error());
                 return;
             }
             if (!write.ifMatch.isEmpty() && current.value().etag() != write.ifMatch) {
                 ApiError conflict = preconditionFailed();
                 conflict.current = personRecord(current.value());
                 done(conflict);
                 return;
             }
             if (write.operation == QueuedWrite::Operation::Delete) {
                 removeContactPerson(current.value(), done);
                 return;
             }
             const Resource changed(fhir::relatedPersonFor(
                 write.fields, write.clientId, current.value().json(), write.idempotencyKey));
             put(changed, current.value().etag(), [done](const ApiResponse &response) {
                 if (!response.ok()) {
                     done(response.error);
                     return;
                 }
                 done(WriteReceipt{personRecord(Resource(response.body.object())), false});
             });
         });
}

void FhirBackend::removeContactPerson(const Resource &current, const Deliver<WriteReceipt> &done) {
    ApiRequest request = fhirRequest(
        ApiRequest::Method::Delete, QStringLiteral("RelatedPerson/") +
                                        QString::fromLatin1(QUrl::toPercentEncoding(current.id())));
    request.ifMatch = current.etag();
    send(request, [done](const ApiResponse &response) {
        if (!response.ok() && !isGone(response.error)) {
            done(response.error);
            return;
        }
        done(WriteReceipt{{}, !response.ok()});
    });
}

QJsonObject FhirBackend::personRecord(const Resource &relatedPerson) {
    const auto person = fhir::contactPerson(relatedPerson);
    return person.ok() ? person.value().toRecord() : QJsonObject();
}

QFuture<Result<ContactRequest>> FhirBackend::markAnswerRead(const QString & /*clientId*/,
                                                            const QString &requestId) {
    const QUrlQuery query{
        {QStringLiteral("based-on"), QStringLiteral("CommunicationRequest/") + requestId}};
    return promised<ContactRequest>([this, query, requestId](const Deliver<ContactRequest> &done) {
        searchAll(QStringLiteral("Communication"), query,
                  [this, requestId, done](const Result<fhir::SearchPage> &answers) {
                      if (!answers.ok() || answers.value().matches.isEmpty()) {
                          done(answers.ok() ? ApiError::make(ApiError::Kind::NotFound,
                                                             QStringLiteral("answer"))
                                            : answers.error());
                          return;
                      }
                      storeAnswerRead(requestId, answers.value().matches.first(), done);
                  });
    });
}

void FhirBackend::storeAnswerRead(const QString &requestId, const Resource &answer,
                                  const Deliver<ContactRequest> &done) {
    const auto answerRead = [this, requestId, done](const Resource &stored) {
        read(QStringLiteral("CommunicationRequest"), requestId, {},
             [stored, done](const Result<Resource> &request, bool) {
                 if (!request.ok()) {
                     done(request.error());
                     return;
                 }
                 done(fhir::contactRequest(request.value(), stored));
             });
    };
    // Read once is read: a marker already set is kept as it was.
    if (!answer.string(QStringLiteral("received")).isEmpty()) {
        answerRead(answer);
        return;
    }
    put(Resource(fhir::markedRead(answer, QDateTime::currentDateTimeUtc())), answer.etag(),
        [answerRead, done](const ApiResponse &response) {
            if (!response.ok()) {
                done(response.error);
                return;
            }
            answerRead(Resource(response.body.object()));
        });
}

} // namespace careportal
