// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deviceregistry.h"

#include "contactvalidation.h"
#include "logging/logcategories.h"
#include "messaging/messagesender.h"
#include "storage/accountstore.h"
#include "tokenservice.h"

#include <QTimeZone>
#include <QUuid>
#include <sodium.h>

namespace careportal::server {

namespace {

QString newToken() {
    QByteArray random(32, Qt::Uninitialized);
    randombytes_buf(random.data(), static_cast<size_t>(random.size()));
    return QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QDateTime wholeSeconds(const QDateTime &time) {
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

DeviceRegistry::DeviceRegistry(SecondFactorStore &store, AccountStore &accounts,
                               MessageSender &sender, Clock clock)
    : m_store(store)
    , m_accounts(accounts)
    , m_sender(sender)
    , m_clock(std::move(clock)) {}

std::optional<DeviceRegistry::Remembered> DeviceRegistry::remember(const QString &accountId,
                                                                   const QString &name) {
    const QDateTime now = wholeSeconds(m_clock());
    QString shownName = name.simplified().left(kMaxNameLength);
    // The name goes into an e-mail and the app's list: no control or format characters.
    if (shownName.isEmpty() || ContactValidation::hasUnsafeCharacters(shownName, false))
        shownName = QStringLiteral("Onbekend apparaat");
    const SecondFactorStore::Device device{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                           accountId,
                                           shownName,
                                           now,
                                           now,
                                           now.addDays(kRememberDays)};
    const QString token = newToken();
    if (!m_store.addDevice(device, TokenService::hashOf(token)))
        return std::nullopt;
    notify(accountId, shownName);
    return Remembered{device.id, token, device.expiresAt};
}

void DeviceRegistry::notify(const QString &accountId, const QString &name) {
    const QString address = m_accounts.accountEmail(accountId);
    if (address.isEmpty())
        return;
    const QString when = QDateTime(m_clock())
                             .toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                             .toString(QStringLiteral("d-M-yyyy HH:mm"));
    const QString body =
        QStringLiteral(
            "Op %1 is een nieuw apparaat onthouden voor uw account van het Cliëntportaal: %2.\n\n"
            "Was u dit niet? Verwijder het apparaat in de app onder Accountbeveiliging, "
            "wijzig uw wachtwoord en neem contact op met uw zorgorganisatie.\n\n"
            "A new device was remembered for your client portal account on %1: %2. If this "
            "was not you, remove it under Account security and change your password.")
            .arg(when, name);
    if (!m_sender.send({OutgoingMessage::Channel::Email, address,
                        QStringLiteral("Nieuw apparaat onthouden"), body}))
        qCWarning(lcAuth) << "Could not hand over the new-device notice";
}

QString DeviceRegistry::recognise(const QString &accountId, const QString &token) {
    if (token.isEmpty() || token.size() > 128)
        return {};
    const QDateTime now = wholeSeconds(m_clock());
    const auto device = m_store.device(TokenService::hashOf(token), now);
    if (!device || device->accountId != accountId)
        return {};
    (void)m_store.touchDevice(device->id, now); // only the "last used" column is at stake
    return device->id;
}

QList<SecondFactorStore::Device> DeviceRegistry::devices(const QString &accountId) {
    return m_store.devices(accountId, m_clock());
}

bool DeviceRegistry::revoke(const QString &accountId, const QString &deviceId) {
    return m_store.revokeDevice(accountId, deviceId, wholeSeconds(m_clock()));
}

} // namespace careportal::server
