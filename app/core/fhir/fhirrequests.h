// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/contact.h"
#include "fhir/fhirresource.h"

namespace careportal::fhir {

// Contact zorgorganisatie: CommunicationRequest (the request) and Communication (its
// answer, basedOn the request), docs/fhir.md.

/// The subjects (codes of contact-request-subject) as the reference server labels them.
[[nodiscard]] QList<LabelledOption> contactRequestSubjects();
/// A request with its answer (`answer` empty while unanswered): done when answered, the
/// answer's payload, sent time and sender display, answerReadAt from Communication.received.
/// etag from the request's meta.versionId. BadResponse when id or authoredOn is missing.
[[nodiscard]] Result<ContactRequest> contactRequest(const Resource &request,
                                                    const Resource &answer);
/// The CommunicationRequest for a new request from the API fields (subject, message), for
/// the patient, requested by `requester` ("Patient/…" or "RelatedPerson/…"), with the
/// write's identifier.
[[nodiscard]] QJsonObject communicationRequestFor(const QJsonObject &fields,
                                                  const QString &patientId,
                                                  const QString &requester,
                                                  const QString &idempotencyKey);
/// The answer marked read now (Communication.received set).
[[nodiscard]] QJsonObject markedRead(const Resource &answer, const QDateTime &now);

} // namespace careportal::fhir
