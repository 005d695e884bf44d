// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/appointment.h"
#include "fhir/fhirresource.h"

#include <optional>

namespace careportal::fhir {

/// An Appointment as a planned visit (docs/fhir.md, Planning): start and end, the kind of
/// help from serviceType (its help-type code, else its text), the carer's first name from
/// the Practitioner participant (an included Practitioner's given name, else the first word
/// of the participant's display). nullopt for a visit that leaves the planning (cancelled,
/// noshow, entered-in-error); BadResponse when id, start or end is missing or bad.
[[nodiscard]] Result<std::optional<Appointment>> plannedVisit(const Resource &appointment,
                                                              const ResourceIndex &included);

} // namespace careportal::fhir
