// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/apierror.h"

#include <QJsonObject>

namespace careportal::fhir {

/// A FHIR server's refusal as the app's typed error: the kind comes from the HTTP status
/// (as with the reference server), the code from the first error issue's `code`, and the
/// Dutch and English sentences say what the server's system said (its `details.text` or
/// `diagnostics`), so a user reads the reason rather than a status number.
[[nodiscard]] ApiError errorFromOutcome(ApiError error, const QJsonObject &outcome);

} // namespace careportal::fhir
