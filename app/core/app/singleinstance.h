#pragma once

#include <QByteArray>
#include <QLocalServer>
#include <QObject>
#include <QString>

namespace careportal {

/// One CarePortal per user and data directory. A second start (a careportal:// link
/// clicked in an e-mail, the menu icon pressed again) hands its message to the running one
/// over a local socket that only this user can open, and exits; the running one raises its
/// window and opens the link.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(QString name, QObject *parent = nullptr);

    /// The socket name for a data directory: one instance per user and directory.
    [[nodiscard]] static QString nameFor(const QString &dataDir);

    /// True when a running instance took `message` (this process should then exit).
    [[nodiscard]] bool handOver(const QByteArray &message, int timeoutMs = 2000) const;
    /// Starts taking messages; false when the socket cannot be made. A socket left behind
    /// by a crashed instance is removed first.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    void readFrom(class QLocalSocket *socket);

    QString m_name;
    QLocalServer m_server;
};

} // namespace careportal
