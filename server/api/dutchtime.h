// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace careportal::server {

/// The carers and clients are all in the Netherlands: times go out in Dutch local time
/// with their offset, so the app shows them as they are whatever the device's time zone.
[[nodiscard]] const QTimeZone &amsterdam();
/// ISO 8601 in Europe/Amsterdam with the offset; "" for an invalid time.
[[nodiscard]] QString localIso(const QDateTime &utc);

} // namespace careportal::server
