// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "serverprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

namespace careportal::test {

/// What a page test may ask of the server behind it, as the staff would: run an admin
/// task, read the code of the newest text message in the outbox; and, for the tests of the
/// app without a connection (tests/qml_offline, a process of their own), stop it and start
/// it again on the same port with the same data. The test's set-up starts the server and
/// hands it over with use().
class TestServer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    static void use(ServerProcess *server) { s_server = server; }
    static TestServer *create(QQmlEngine *, QJSEngine *) { return new TestServer; }

    Q_INVOKABLE int admin(const QStringList &arguments) const { return s_server->admin(arguments); }
    /// What the task printed ("" when it failed).
    Q_INVOKABLE QString adminOutput(const QStringList &arguments) const {
        QString output;
        return s_server->admin(arguments, &output) == 0 ? output : QString();
    }
    Q_INVOKABLE QString newestSmsCode(const QString &phone) const {
        return s_server->newestSmsCode(phone);
    }
    /// The e-mails and text messages the outbox holds for `to`, oldest first (the login
    /// e-mails of a new business contact, for one).
    Q_INVOKABLE [[nodiscard]] QStringList outboxMessages(const QString &to) const {
        return s_server->outboxMessages(to);
    }
    /// Puts `text` in a file in the server's data directory, for a task that reads one
    /// (set-branding --logo-file); returns its path ("" when it could not be written).
    Q_INVOKABLE QString writeFile(const QString &name, const QString &text) const {
        const QString path = QDir(s_server->dataDir()).filePath(QFileInfo(name).fileName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    /// The organisation can no longer be reached: every call fails as when offline.
    Q_INVOKABLE void stop() const { s_server->stop(); }
    /// Back, on the same port (false when it did not start).
    Q_INVOKABLE bool start() const { return s_server->start(); }
    Q_INVOKABLE [[nodiscard]] bool isRunning() const { return s_server->isRunning(); }

private:
    static inline ServerProcess *s_server = nullptr;
};

} // namespace careportal::test
