// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/secondfactorstore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace careportal::server {

class MessageSender;
class AccountStore;

/// Devices that may skip the second factor for 90 days (seeds 002/003: "dit apparaat
/// onthouden"). The device keeps a random token (in its keychain); the server keeps the
/// token's SHA-256, a name, first and last use. Remembering a device mails the account, so
/// a stranger's device does not go unnoticed; revoking one ends its sessions.
class DeviceRegistry {
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int kRememberDays = 90;
    static constexpr int kMaxNameLength = 100;

    struct Remembered {
        QString id;
        QString token; // handed to the device once, never stored here
        QDateTime expiresAt;
    };

    DeviceRegistry(
        SecondFactorStore &store, AccountStore &accounts, MessageSender &sender,
        Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    [[nodiscard]] std::optional<Remembered> remember(const QString &accountId, const QString &name);
    /// The id of the account's valid device holding `token` (its last use noted), or empty.
    [[nodiscard]] QString recognise(const QString &accountId, const QString &token);
    [[nodiscard]] QList<SecondFactorStore::Device> devices(const QString &accountId);
    [[nodiscard]] bool revoke(const QString &accountId, const QString &deviceId);

private:
    void notify(const QString &accountId, const QString &name);

    SecondFactorStore &m_store;
    AccountStore &m_accounts;
    MessageSender &m_sender;
    Clock m_clock;
};

} // namespace careportal::server
