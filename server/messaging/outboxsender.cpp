// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "outboxsender.h"

#include "logging/logcategories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

namespace careportal::server {

OutboxSender::OutboxSender(QString directory)
    : m_directory(std::move(directory)) {}

bool OutboxSender::send(const OutgoingMessage &message) {
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory))
        return false;
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const bool sms = message.channel == OutgoingMessage::Channel::Sms;
    const QString name =
        QStringLiteral("%1-%2.%3")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz")),
                 QUuid::createUuid().toString(QUuid::Id128), sms ? u"sms" : u"eml");
    QFile file(dir.filePath(name));
    // Created 0600 before anything is written: the body carries a code.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QString text = QStringLiteral("To: %1\n").arg(message.to);
    if (!sms)
        text += QStringLiteral("Subject: %1\n").arg(message.subject);
    text += QLatin1Char('\n') + message.body + QLatin1Char('\n');
    const bool ok = file.write(text.toUtf8()) >= 0 && file.flush();
    if (!ok)
        qCWarning(lcDb) << "Could not write to the outbox" << m_directory;
    return ok;
}

} // namespace careportal::server
