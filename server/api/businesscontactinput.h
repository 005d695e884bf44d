// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/apiresponse.h"
#include "storage/businessrecords.h"
#include "storage/records.h"

#include <QJsonObject>
#include <optional>

namespace careportal::server::businessinput {

inline constexpr int kMaxLineLength = 100;

/// Whether `gender` is one the seed's form offers (man, vrouw, onbekend) or none.
[[nodiscard]] bool isKnownGender(const QString &gender);
/// Whether `code` is one of `functions` (the function list with its codes) or none.
[[nodiscard]] bool isKnownFunction(const QList<LabelledOption> &functions, const QString &code);

/// Reads a contact's details and its switches emailServices and allProjects from `body`
/// into `contact` (its id, customer, account and the rights administrator and portalUser
/// stay), checking every field as the seed's form would: the 422 to answer, or nullopt.
[[nodiscard]] std::optional<ApiResponse> readContact(const QJsonObject &body,
                                                     const QList<LabelledOption> &functions,
                                                     BusinessContactRecord &contact);

} // namespace careportal::server::businessinput
