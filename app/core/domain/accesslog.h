// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careportal {

/// One access to the client's data as the server logged it (NEN 7513).
struct AccessLogEntry {
    QString id;
    QDateTime at;
    QString event; ///< read, search, change, export, print
    QString user;
    QString role; ///< the user's relation to the client: self, representative, ...
    QString onBehalfOf;
    QString device;
    QString address;
    QString object; ///< e.g. "appointments", "contact-persons/<id>"

    [[nodiscard]] static AccessLogEntry fromJson(const QJsonObject &json);
    [[nodiscard]] bool isValid() const { return !id.isEmpty() && at.isValid(); }
};

/// One page of the log, newest first, and where the next (older) page starts.
struct AccessLogPage {
    QList<AccessLogEntry> entries;
    QString nextCursor; ///< Empty on the last page.
};

} // namespace careportal
