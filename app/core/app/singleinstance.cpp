// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileOpenEvent>
#include <QLocalSocket>
#include <QMetaMethod>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <utility>

namespace careportal {

namespace {
// Enough for a link; a bigger message is not from CarePortal.
constexpr qint64 kMaxMessageBytes = 4096;
// A peer that says nothing in this time is not a starting CarePortal.
constexpr int kPeerTimeoutMs = 2000;
// How long one attempt to reach a running instance may take, and the pause between them.
constexpr int kAttemptTimeoutMs = 1000;
constexpr int kRetryPauseMs = 100;

bool isKnownMessage(const QByteArray &message) {
    return message == "open" || message.startsWith("link careportal:");
}
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_lock(m_name + QStringLiteral(".lock")) {
    // Held for as long as the instance runs, however long: only a dead process's lock
    // (QLockFile checks its PID) is stale.
    m_lock.setStaleLockTime(0);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection())
            readFrom(socket);
    });
}

QString SingleInstance::nameFor(const QString &dataDir) {
    const QByteArray path = QDir(dataDir).absolutePath().toUtf8();
    // In the user's runtime directory (XDG_RUNTIME_DIR, mode 0700), not in /tmp: another
    // user on the same computer must not be able to take the name first and be handed a
    // password reset link.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime + QStringLiteral("/careportal-") +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(16));
}

SingleInstance::Start SingleInstance::start(const QByteArray &message, int waitMs) {
    if (m_lock.tryLock(0)) {
        // Ours now, so a socket still under the name is a crashed instance's.
        QLocalServer::removeServer(m_name);
        return m_server.listen(m_name) ? Start::First : Start::Alone;
    }
    if (m_lock.error() != QLockFile::LockFailedError)
        return startWithoutLock(message); // no lock file possible here (permissions)
    // Another instance holds the lock: running, or starting and not listening yet.
    const QDeadlineTimer deadline(waitMs);
    do {
        if (const auto answered = startAnswered(send(message, kAttemptTimeoutMs)))
            return *answered;
        QThread::msleep(kRetryPauseMs);
    } while (!deadline.hasExpired());
    return Start::NoAnswer;
}

SingleInstance::Start SingleInstance::startWithoutLock(const QByteArray &message) {
    if (const auto answered = startAnswered(send(message, kPeerTimeoutMs)))
        return *answered;
    return listen() ? Start::First : Start::Alone;
}

std::optional<SingleInstance::Start> SingleInstance::startAnswered(Answer answer) {
    switch (answer) {
    case Answer::Taken:
        return Start::HandedOver;
    case Answer::Refused:
        return Start::Refused;
    case Answer::None:
        break;
    }
    return std::nullopt;
}

bool SingleInstance::handOver(const QByteArray &message, int timeoutMs) const {
    return send(message, timeoutMs) == Answer::Taken;
}

SingleInstance::Answer SingleInstance::send(const QByteArray &message, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return Answer::None;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return Answer::None;
    // The running instance answers once it has the message.
    if (!socket.waitForReadyRead(timeoutMs))
        return Answer::None;
    return socket.readLine().trimmed() == "ok" ? Answer::Taken : Answer::Refused;
}

bool SingleInstance::listen() {
    if (m_server.listen(m_name))
        return true;
    // Nobody answered, so a socket still there is a crashed instance's.
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        return m_server.listen(m_name);
    }
    return false;
}

void SingleInstance::readFrom(QLocalSocket *socket) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kPeerTimeoutMs, socket, &QLocalSocket::abort);
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->bytesAvailable() > kMaxMessageBytes) {
            socket->abort();
            return;
        }
        if (!socket->canReadLine())
            return;
        // One message per connection, and only the two a CarePortal start sends.
        const QByteArray message = socket->readLine().trimmed();
        const bool known = isKnownMessage(message);
        socket->write(known ? "ok\n" : "no\n");
        socket->flush();
        socket->disconnectFromServer();
        if (known)
            deliver(message);
    });
}

void SingleInstance::deliver(const QByteArray &message) {
    if (isSignalConnected(QMetaMethod::fromSignal(&SingleInstance::messageReceived)))
        Q_EMIT messageReceived(message);
    else
        m_unheard << message;
}

void SingleInstance::takeLinkEvents() {
    QCoreApplication::instance()->installEventFilter(this);
}

bool SingleInstance::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FileOpen) {
        const QByteArray message =
            "link " + static_cast<const QFileOpenEvent *>(event)->url().toEncoded();
        if (isKnownMessage(message)) {
            deliver(message);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void SingleInstance::connectNotify(const QMetaMethod &signal) {
    if (signal != QMetaMethod::fromSignal(&SingleInstance::messageReceived) || m_unheard.isEmpty())
        return;
    // Once the connection is complete: connectNotify() runs while it is being made.
    QTimer::singleShot(0, this, [this] {
        const QList<QByteArray> unheard = std::exchange(m_unheard, {});
        for (const QByteArray &message : unheard)
            Q_EMIT messageReceived(message);
    });
}

} // namespace careportal
