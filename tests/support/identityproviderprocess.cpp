// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identityproviderprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace careportal::test {

namespace {
QString providerDir() {
    return QStringLiteral(CAREPORTAL_SOURCE_DIR "/tools/oidc-provider");
}
} // namespace

bool IdentityProviderProcess::isInstalled() {
    return QFileInfo::exists(providerDir() + QStringLiteral("/node_modules/oidc-provider"));
}

QJsonObject IdentityProviderProcess::user(const QString &subject, const QString &email,
                                          const QString &password) {
    return {{QStringLiteral("sub"), subject},
            {QStringLiteral("email"), email},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)},
            {QStringLiteral("password"), password},
            {QStringLiteral("acr"), QStringLiteral("http://eidas.europa.eu/LoA/substantial")}};
}

IdentityProviderProcess::IdentityProviderProcess() = default;

IdentityProviderProcess::~IdentityProviderProcess() {
    stop();
}

bool IdentityProviderProcess::run(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QString IdentityProviderProcess::certificatePath() const {
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool IdentityProviderProcess::start(const QJsonArray &users) {
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    const QString keys = m_dir.filePath(QStringLiteral("keys.json"));
    const QString usersFile = m_dir.filePath(QStringLiteral("users.json"));
    const QString script = providerDir() + QStringLiteral("/provider.mjs");
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
              QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
              QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificatePath()}) ||
        !run(QStringLiteral("node"), {script, QStringLiteral("--generate-keys"), keys}))
        return false;
    QFile file(usersFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(users).toJson()) < 0)
        return false;
    file.close();
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("node"),
                     {script, QStringLiteral("--port"), QStringLiteral("0"),
                      QStringLiteral("--cert"), certificatePath(), QStringLiteral("--key"), key,
                      QStringLiteral("--keys"), keys, QStringLiteral("--users"), usersFile});
    QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!deadline.hasExpired() && m_process->waitForReadyRead(1000)) {
        output += m_process->readAllStandardOutput();
        const qsizetype at = output.indexOf("listening ");
        const qsizetype end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_issuer = QUrl(QString::fromUtf8(output.mid(at + 10, end - at - 10)).trimmed());
            return m_issuer.isValid();
        }
    }
    return false;
}

void IdentityProviderProcess::stop() {
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000))
        m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

QString IdentityProviderProcess::errorOutput() const {
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

} // namespace careportal::test
