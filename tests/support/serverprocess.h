// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace careportal::test {

/// Runs the real careportal-server binary on loopback with its own fresh data directory,
/// so integration tests exercise exactly what ships: TLS, argv parsing, SQLite on disk.
class ServerProcess {
public:
    struct Options {
        bool demo = true;
        QStringList extraArguments;
    };

    ServerProcess();
    explicit ServerProcess(Options options);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Starts the server and waits (up to 20 s) for its "listening" and fingerprint lines.
    /// A second start() reuses the data directory and, if it is still free, the port.
    [[nodiscard]] bool start();
    /// SIGTERM, then wait; kills it if it does not stop in time.
    void stop();
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString fingerprint() const { return m_fingerprint; }
    [[nodiscard]] QString dataDir() const { return m_dataDir ? m_dataDir->path() : QString(); }
    /// The PEM certificate the server generated into its data directory.
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] QString databasePath() const;
    /// The first column of the first row of `sql` (a COUNT) run on the server's database
    /// behind the API's back, to see what it stored; -1 when the query fails.
    [[nodiscard]] int queryCount(const QString &sql) const;
    /// Everything the server printed on stdout / stderr so far (for failure messages).
    [[nodiscard]] QString standardOutput() const { return m_stdout; }
    [[nodiscard]] QString standardError() const;

    [[nodiscard]] static QString binaryPath();
    /// Runs `careportal-server admin --data-dir <this server's> args...` (the staff side) and
    /// returns its exit code (-1 when it did not finish); stdout and stderr go to `output`.
    int admin(const QStringList &args, QString *output = nullptr) const;
    /// The messages (e-mail and SMS) the server and its admin tool wrote to the outbox of
    /// the data directory for `to` (the "To:" line), oldest first, each as its whole text.
    [[nodiscard]] QStringList outboxMessages(const QString &to) const;
    /// The 6-digit code of the newest text message to `phone`; empty when there is none.
    [[nodiscard]] QString newestSmsCode(const QString &phone) const;

private:
    [[nodiscard]] bool launch(int port);
    [[nodiscard]] bool parseStartupLines();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<QProcess> m_process;
    QString m_stdout;
    QString m_logFile; ///< Where the server's log (stderr) goes; empty when forwarded.
    int m_port = 0;
    QString m_fingerprint;
};

} // namespace careportal::test
