// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace careportal::test {

namespace {

constexpr int kStartTimeoutMs = 20000;

} // namespace

ServerProcess::ServerProcess()
    : ServerProcess(Options{}) {}

ServerProcess::ServerProcess(Options options)
    : m_options(std::move(options)) {}

ServerProcess::~ServerProcess() {
    stop();
}

int ServerProcess::admin(const QStringList &args, QString *output) const {
    QProcess process;
    process.start(binaryPath(),
                  QStringList{QStringLiteral("admin"), QStringLiteral("--data-dir"), dataDir()} +
                      args);
    if (!process.waitForFinished(20000))
        return -1;
    if (output)
        *output =
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    return process.exitCode();
}

QStringList ServerProcess::outboxMessages(const QString &to) const {
    // OutboxSender names its files by time, so name order is the order they were written.
    const QDir outbox(QDir(dataDir()).filePath(QStringLiteral("outbox")));
    QStringList messages;
    for (const QString &name : outbox.entryList(QDir::Files, QDir::Name)) {
        QFile file(outbox.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QStringLiteral("To: ") + to + u'\n'))
            messages.append(text);
    }
    return messages;
}

QString ServerProcess::newestSmsCode(const QString &phone) const {
    const QStringList messages = outboxMessages(phone);
    return messages.isEmpty() ? QString()
                              : QRegularExpression(QStringLiteral("\\b(\\d{6})\\b"))
                                    .match(messages.last())
                                    .captured(1);
}

QString ServerProcess::binaryPath() {
    return QStringLiteral(CAREPORTAL_SERVER_BINARY);
}

bool ServerProcess::start() {
    if (isRunning())
        return true;
    if (!m_dataDir) {
        m_dataDir = std::make_unique<QTemporaryDir>();
        if (!m_dataDir->isValid())
            return false;
        return launch(0);
    }
    // Restart: same data, and the same port when nobody took it meanwhile.
    const int previousPort = m_port;
    return launch(previousPort) || launch(0);
}

bool ServerProcess::launch(int port) {
    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_port = 0;
    m_fingerprint.clear();
    QStringList arguments{QStringLiteral("--data-dir"), m_dataDir->path(), QStringLiteral("--port"),
                          QString::number(port)};
    if (m_options.demo)
        arguments << QStringLiteral("--demo");
    arguments << m_options.extraArguments;
    // The server's log (stderr) goes to a file of its own under test-logs/, for the failure
    // message and for the log scan after the run (tests/security); to the test's stderr
    // only on demand.
    if (qEnvironmentVariableIsSet("CAREPORTAL_TEST_SERVER_LOG")) {
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    } else {
        static int launches = 0;
        QDir().mkpath(QStringLiteral(CAREPORTAL_TEST_LOG_DIR));
        m_logFile = QDir(QStringLiteral(CAREPORTAL_TEST_LOG_DIR))
                        .filePath(QStringLiteral("server-%1-%2.log")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(++launches));
        m_process->setStandardErrorFile(m_logFile);
    }
    m_process->start(binaryPath(), arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs))
        return false;

    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (parseStartupLines())
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
        m_stdout += QString::fromUtf8(m_process->readAllStandardOutput());
    }
    qWarning("careportal-server did not start: %s", qPrintable(standardError()));
    stop();
    return false;
}

bool ServerProcess::parseStartupLines() {
    static const QRegularExpression listening(
        QStringLiteral("^CarePortal server listening on https://[^:]+:(\\d+)/api/v1$"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression fingerprint(
        QStringLiteral("^TLS certificate SHA-256 fingerprint: ([0-9A-F:]+)$"),
        QRegularExpression::MultilineOption);
    const auto portMatch = listening.match(m_stdout);
    const auto fingerprintMatch = fingerprint.match(m_stdout);
    if (!portMatch.hasMatch() || !fingerprintMatch.hasMatch())
        return false;
    m_port = portMatch.captured(1).toInt();
    m_fingerprint = fingerprintMatch.captured(1);
    return true;
}

void ServerProcess::stop() {
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_stdout += QString::fromUtf8(m_process->readAllStandardOutput());
}

bool ServerProcess::isRunning() const {
    return m_process && m_process->state() == QProcess::Running;
}

QUrl ServerProcess::baseUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1").arg(m_port));
}

QString ServerProcess::certificatePath() const {
    return QDir(dataDir()).filePath(QStringLiteral("tls/server.crt"));
}

QString ServerProcess::databasePath() const {
    return QDir(dataDir()).filePath(QStringLiteral("careportal.sqlite"));
}

int ServerProcess::queryCount(const QString &sql) const {
    const QString connection = QStringLiteral("server-process-check");
    int result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QString ServerProcess::standardError() const {
    QFile log(m_logFile);
    if (!m_logFile.isEmpty() && log.open(QIODevice::ReadOnly))
        return QString::fromUtf8(log.readAll());
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

} // namespace careportal::test
