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
/// task, read the code of the newest text message in the outbox. The test's set-up
/// starts the server and hands it over with use().
class TestServer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    static void use(const ServerProcess *server) { s_server = server; }
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
    /// Puts `text` in a file in the server's data directory, for a task that reads one
    /// (set-branding --logo-file); returns its path ("" when it could not be written).
    Q_INVOKABLE QString writeFile(const QString &name, const QString &text) const {
        const QString path = QDir(s_server->dataDir()).filePath(QFileInfo(name).fileName());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

private:
    static inline const ServerProcess *s_server = nullptr;
};

} // namespace careportal::test
