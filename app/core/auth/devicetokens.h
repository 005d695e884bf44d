// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/tokenstore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace careportal {

/// The tokens of remembered devices ("Dit apparaat onthouden"), one keychain entry per
/// user name, so a family PC remembers each person's own. Like the session they never
/// touch the cache or any file; without a keychain they last only for this run. With
/// Keeping::MemoryOnly (a kiosk) no device is remembered at all: the next person at the
/// shared screen must not skip the second factor because someone before them did.
class DeviceTokens : public QObject {
    Q_OBJECT
public:
    /// `baseKey` is the session's keychain key; device entries live beside it.
    DeviceTokens(QString baseKey, TokenStore::Keeping keeping, QObject *parent = nullptr);

    [[nodiscard]] bool canRemember() const { return m_keeping == TokenStore::Keeping::Keychain; }

    QFuture<QByteArray> load(const QString &username);
    QFuture<bool> save(const QString &username, const QByteArray &token);
    QFuture<bool> remove(const QString &username);

    /// What the account's device list will call this device: host and system.
    [[nodiscard]] static QString deviceName();

private:
    [[nodiscard]] TokenStore *storeFor(const QString &username);

    QString m_baseKey;
    TokenStore::Keeping m_keeping;
    QHash<QString, TokenStore *> m_stores;
};

} // namespace careportal
