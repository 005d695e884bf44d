// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <optional>

namespace careportal {

/// One CarePortal per user and data directory. A second start (a careportal:// link
/// clicked in an e-mail, the menu icon pressed again) hands its message to the running one
/// over a local socket that only this user can open, and exits; the running one raises its
/// window and opens the link. On macOS a clicked link never starts a second process: the
/// system hands it to the running app as a QFileOpenEvent (Info.plist's CFBundleURLTypes),
/// which takeLinkEvents() turns into the same message.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    enum class Start {
        First,      ///< this is the running instance now; messages come as messageReceived()
        HandedOver, ///< the running instance took the message: exit
        Refused,    ///< the running instance refused the message: exit
        Alone,      ///< the running instance, but second starts cannot reach it (no socket)
        NoAnswer,   ///< another instance runs but did not answer in time: exit, do not
                    ///< start a second CarePortal on the same data
    };

    explicit SingleInstance(QString name, QObject *parent = nullptr);

    /// The socket name for a data directory: one instance per user and directory.
    [[nodiscard]] static QString nameFor(const QString &dataDir);

    /// Becomes the running instance, or hands `message` to the one there is. A lock file
    /// beside the socket decides who is first, so two starts at the same moment (a double
    /// click on a launcher) make one instance, not two on the same data. A second start
    /// waits up to `waitMs` for a first one that is still starting (loading its screens on
    /// a slow PC) to take messages.
    [[nodiscard]] Start start(const QByteArray &message, int waitMs = 30000);

    /// True when a running instance took `message` (this process should then exit).
    [[nodiscard]] bool handOver(const QByteArray &message, int timeoutMs = 2000) const;

    /// The running instance also takes the links the system opens in it as QFileOpenEvents
    /// (macOS; other systems start a second process with the link instead) and gives them
    /// as messageReceived("link careportal:…"), like a second start's. Other files and
    /// schemes are left to the application.
    void takeLinkEvents();

Q_SIGNALS:
    /// A second start's message. One that comes before anything is connected here (the
    /// organisation chooser is still open) is kept and given to the first connection.
    void messageReceived(const QByteArray &message);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Answer { Taken, Refused, None };
    [[nodiscard]] Answer send(const QByteArray &message, int timeoutMs) const;
    [[nodiscard]] Start startWithoutLock(const QByteArray &message);
    /// What an answer means for this start; nothing when there was none.
    [[nodiscard]] static std::optional<Start> startAnswered(Answer answer);
    bool listen();
    void readFrom(class QLocalSocket *socket);
    /// Emits `message`, or keeps it until something is connected.
    void deliver(const QByteArray &message);

    QString m_name;
    QLockFile m_lock;
    QLocalServer m_server;
    QList<QByteArray> m_unheard;
};

} // namespace careportal
