// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "messagesender.h"

#include <QString>

namespace careportal::server {

/// The reference server's sender: one file per message in a directory (mode 0700, files
/// 0600), named by time and a random id, with To/Subject headers and the body. The demo
/// and the tests read the codes from there; nothing leaves the machine.
class OutboxSender : public MessageSender {
public:
    explicit OutboxSender(QString directory);
    [[nodiscard]] bool send(const OutgoingMessage &message) override;
    [[nodiscard]] QString directory() const { return m_directory; }

private:
    QString m_directory;
};

} // namespace careportal::server
