// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QStringList>

namespace careportal::fhir {

/// The menu features (Organisation::features) a FHIR server can serve, from its
/// CapabilityStatement: each needs its resources with the interactions its screen uses
/// (docs/fhir.md). Password change and account security are never among them: the login
/// belongs to the organisation's identity provider.
[[nodiscard]] QStringList featuresFromCapabilities(const QJsonObject &capabilityStatement);

} // namespace careportal::fhir
