// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/contact.h"
#include "domain/queuedwrite.h"
#include "fhir/fhirresource.h"

namespace careportal::fhir {

// Mijn contactdetails (Patient.telecom) and Contactpersonen (RelatedPerson), docs/fhir.md.

/// The patient's telecom as contact details: each element's `id` is the detail's id (an
/// element without one gets "telecom-<index>"), the kind from system+use
/// (phone/mobile -> "mobile-phone", …, see ContactDetailsModel's kinds), the remark from the
/// remark extension, and the patient's ETag as every detail's etag.
[[nodiscard]] Result<QList<ContactDetail>> contactDetails(const Resource &patient);
/// A contact detail write (create, update or delete, with the API's fields as
/// QueuedWrite::fields has them) applied to the patient's telecom. A create gets the element
/// id "cd-<idempotency key>", so a create that was already applied (its answer lost) is found
/// instead of added twice; a delete of an element that is gone is done. Returns the patient to
/// PUT, or a Validation/NotFound error.
[[nodiscard]] Result<QJsonObject> applyContactDetailWrite(const Resource &patient,
                                                          const QueuedWrite &write);
/// The detail with `id` of a patient as the API item (ContactDetail::toJson), for a receipt.
[[nodiscard]] QJsonObject contactDetailItem(const Resource &patient, const QString &id);

/// The types a contact person can have (Familie, Buur, …) with their codes.
[[nodiscard]] QList<ContactPersonType> contactPersonTypes();
/// A RelatedPerson as a contact person: name, phones and e-mail from telecom, the type from
/// the contact-person-type coding of `relationship`, primary when the role is 01, remarks
/// from the remark extension, etag from meta.versionId. BadResponse when id or name is missing.
[[nodiscard]] Result<ContactPerson> contactPerson(const Resource &relatedPerson);
/// The RelatedPerson for a create (`base` empty; the write's identifier added) or an update
/// (`base` the current resource, every element the app does not edit kept), from the API
/// fields of QueuedWrite::fields.
[[nodiscard]] QJsonObject relatedPersonFor(const QJsonObject &fields, const QString &patientId,
                                           const QJsonObject &base, const QString &idempotencyKey);

} // namespace careportal::fhir
