// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/contact.h"
#include "fhir/fhirresource.h"

namespace careportal::fhir {

// Afwezigheid: the absence report as a Task (code task-type|afwezigheid), docs/fhir.md.

/// The absence types (codes of absence-type) as the reference server labels them.
[[nodiscard]] QList<LabelledOption> absenceTypes();
/// A Task as an absence report: executionPeriod (whole days, or part of one day with times
/// in the organisation's zone Europe/Amsterdam), the type from `input`, late when
/// businessStatus is "late", processed when status is completed. BadResponse when id or
/// the period's start is missing.
[[nodiscard]] Result<AbsenceReport> absenceReport(const Resource &task);
/// The Task for a new report from the API fields (as QueuedWrite::fields has them), for the
/// patient, requested by `requester`, with the write's identifier; businessStatus "late"
/// when it starts within `noticeWorkingDays` working days of `today`.
[[nodiscard]] QJsonObject absenceTaskFor(const QJsonObject &fields, const QString &patientId,
                                         const QString &requester, const QString &idempotencyKey,
                                         QDate today, int noticeWorkingDays);

} // namespace careportal::fhir
