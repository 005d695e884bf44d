// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/providersession.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace careportal {

QByteArray ProviderSession::toStored() const {
    return QJsonDocument(
               QJsonObject{{QLatin1String("refreshToken"), QString::fromLatin1(refreshToken)},
                           {QLatin1String("idToken"), QString::fromLatin1(idToken)},
                           {QLatin1String("nonce"), QString::fromLatin1(nonce)}})
        .toJson(QJsonDocument::Compact);
}

ProviderSession ProviderSession::fromStored(const QByteArray &stored) {
    const QJsonObject json = QJsonDocument::fromJson(stored).object();
    const auto text = [&json](const char *name) {
        return json.value(QLatin1String(name)).toString().toLatin1();
    };
    return {text("refreshToken"), text("idToken"), text("nonce")};
}

} // namespace careportal
