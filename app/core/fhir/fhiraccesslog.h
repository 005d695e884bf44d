// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "domain/accesslog.h"
#include "fhir/fhirresource.h"

namespace careportal::fhir {

/// An AuditEvent as an entry of "Wie heeft mijn gegevens ingezien" (NEN 7513): recorded,
/// the event (read, search, change, export, print from action/subtype), the user and role of
/// the requesting agent, the device (source.observer display), the network address and the
/// object (entity.what reference). BadResponse when id or recorded is missing.
[[nodiscard]] Result<AccessLogEntry> accessLogEntry(const Resource &auditEvent);

} // namespace careportal::fhir
