// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auth/devicetokens.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace careportal {

DeviceTokens::DeviceTokens(QString baseKey, TokenStore::Keeping keeping, QObject *parent)
    : QObject(parent)
    , m_baseKey(std::move(baseKey))
    , m_keeping(keeping) {}

TokenStore *DeviceTokens::storeFor(const QString &username) {
    // The keychain entry's name says whose it is without spelling out the user name.
    const QByteArray user =
        QCryptographicHash::hash(username.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString key = m_baseKey + QStringLiteral("/device/") + QString::fromLatin1(user);
    TokenStore *&store = m_stores[key];
    if (!store)
        store = new TokenStore(key, m_keeping, this);
    return store;
}

QFuture<QByteArray> DeviceTokens::load(const QString &username) {
    if (!canRemember())
        return QtFuture::makeReadyFuture(QByteArray());
    return storeFor(username)->load();
}

QFuture<bool> DeviceTokens::save(const QString &username, const QByteArray &token) {
    if (!canRemember())
        return QtFuture::makeReadyFuture(false);
    return storeFor(username)->save(token);
}

QFuture<bool> DeviceTokens::remove(const QString &username) {
    return storeFor(username)->remove();
}

QString DeviceTokens::deviceName() {
    return tr("CarePortal op %1 (%2)")
        .arg(QSysInfo::machineHostName(), QSysInfo::prettyProductName());
}

} // namespace careportal
