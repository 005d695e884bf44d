#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace careportal {

namespace {
// Enough for a link; a bigger message is not from CarePortal.
constexpr qint64 kMaxMessageBytes = 4096;
// A peer that says nothing in this time is not a starting CarePortal.
constexpr int kPeerTimeoutMs = 2000;

bool isKnownMessage(const QByteArray &message) {
    return message == "open" || message.startsWith("link careportal:");
}
} // namespace

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name)) {
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

bool SingleInstance::handOver(const QByteArray &message, int timeoutMs) const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running instance answers once it has the message.
    return socket.waitForReadyRead(timeoutMs) && socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen() {
    if (m_server.listen(m_name))
        return true;
    // Nobody answered handOver(), so a socket still there is a crashed instance's.
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
            Q_EMIT messageReceived(message);
    });
}

} // namespace careportal
