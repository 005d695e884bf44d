// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "domain/accesslog.h"

namespace careportal {

AccessLogEntry AccessLogEntry::fromJson(const QJsonObject &json) {
    const auto field = [&json](const char *key) {
        return json.value(QLatin1String(key)).toString();
    };
    AccessLogEntry entry{field("id"),     QDateTime::fromString(field("at"), Qt::ISODate),
                         field("event"),  field("user"),
                         field("role"),   field("onBehalfOf"),
                         field("device"), field("address"),
                         field("object")};
    return entry.isValid() ? entry : AccessLogEntry{};
}

} // namespace careportal
