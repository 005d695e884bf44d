// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apirequest.h"

namespace careportal::server {

QString ApiRequest::bearerToken() const {
    const QString authorization = header("authorization").trimmed();
    // The scheme name is case-insensitive (RFC 7235), the token itself is not.
    if (!authorization.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        return {};
    return authorization.mid(7).trimmed();
}

} // namespace careportal::server
