// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace careportal::server {

/// A message to a person outside the app: an e-mail or a text message.
struct OutgoingMessage {
    enum class Channel { Email, Sms };
    Channel channel = Channel::Email;
    QString to;      // an e-mail address or a phone number
    QString subject; // e-mail only
    QString body;
};

/// Where the server's messages go (password reset codes now; SMS codes and new-device
/// notices later). An organisation plugs in its mail or SMS gateway here; the reference
/// server writes them to an outbox directory (OutboxSender).
class MessageSender {
public:
    virtual ~MessageSender() = default;
    /// True when the message was handed over.
    [[nodiscard]] virtual bool send(const OutgoingMessage &message) = 0;
};

} // namespace careportal::server
