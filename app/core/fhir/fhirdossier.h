// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/dossier.h"
#include "fhir/fhirresource.h"

namespace careportal::fhir {

// Cliëntdossier: Gegevens (Patient with its GP and pharmacy), reports (Composition) and the
// care plan (CarePlan with Goals), docs/fhir.md.

/// The report kinds and disciplines as the reference server labels them (codes in our code
/// systems report-kind and discipline), with the general data of the patient; `included`
/// holds the Practitioner and Organization of Patient.generalPractitioner.
[[nodiscard]] DossierOverview dossierOverview(const Resource &patient,
                                              const ResourceIndex &included);
/// A Composition as a report; `included` holds its author PractitionerRole and Practitioner.
/// BadResponse when id or date is missing.
[[nodiscard]] Result<DossierReport> dossierReport(const Resource &composition,
                                                  const ResourceIndex &included);
/// The active care plans' goals with their care question and actions; `included` holds
/// the Goals (CarePlan:goal).
[[nodiscard]] Result<QList<CareGoal>> careGoals(const QList<Resource> &carePlans,
                                                const ResourceIndex &included);

} // namespace careportal::fhir
