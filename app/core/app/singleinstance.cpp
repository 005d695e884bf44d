#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

namespace careportal {

namespace {
// Enough for a link; a bigger message is not from CarePortal.
constexpr qint64 kMaxMessageBytes = 4096;
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
    return QStringLiteral("careportal-") +
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
    connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
        if (socket->bytesAvailable() > kMaxMessageBytes) {
            socket->abort();
            return;
        }
        if (!socket->canReadLine())
            return;
        const QByteArray message = socket->readLine().trimmed();
        socket->write("ok\n");
        socket->flush();
        Q_EMIT messageReceived(message);
    });
}

} // namespace careportal
