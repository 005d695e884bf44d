// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/appservices.h"

#include "app/virtualkeyboard.h"
#include "storage/cachekeyring.h"

#include <QCoreApplication>
#include <QFile>

namespace careportal {

AppServices::AppServices(Parts parts, QObject *parent)
    : QObject(parent)
    , m_parts(std::move(parts)) {
    connect(m_parts.cacheKeyring, &CacheKeyring::keychainMissingChanged, this,
            &AppServices::cacheNoticeChanged);
}

QString AppServices::version() const {
    return QCoreApplication::applicationVersion();
}

QString AppServices::licenceText() const {
    QFile file(QStringLiteral(":/licence/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void AppServices::startTypingIn(QObject *field) const {
    if (field && !virtualKeyboard())
        QMetaObject::invokeMethod(field, "forceActiveFocus");
}

bool AppServices::virtualKeyboard() const {
    return VirtualKeyboard::active();
}

QString AppServices::cacheNotice() const {
    if (m_parts.cacheKeyring->keychainMissing())
        return tr("Er is geen beveiligde opslag (sleutelbos) op deze computer. Daarom wordt "
                  "hier niets bewaard: u logt de volgende keer opnieuw in, en zonder internet "
                  "kunt u uw gegevens niet bekijken.");
    if (m_parts.cacheRebuilt)
        return tr("De opgeslagen gegevens op deze computer waren beschadigd. Ze worden opnieuw "
                  "opgehaald.");
    return {};
}

} // namespace careportal
