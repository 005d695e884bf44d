// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhirserverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace careportal::test {

namespace {
QString serverDir() {
    return QStringLiteral(CAREPORTAL_SOURCE_DIR "/tools/fhir-server");
}
} // namespace

bool FhirServerProcess::isInstalled() {
    return QFileInfo::exists(serverDir() + QStringLiteral("/node_modules/@medplum/fhir-router"));
}

FhirServerProcess::FhirServerProcess() = default;

FhirServerProcess::~FhirServerProcess() {
    stop();
}

QString FhirServerProcess::certificatePath() const {
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

bool FhirServerProcess::start(const QString &token, QDate today) {
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificatePath()});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0)
        return false;
    m_token = token;
    QStringList arguments{serverDir() + QStringLiteral("/server.mjs"),
                          QStringLiteral("--port"),
                          QStringLiteral("0"),
                          QStringLiteral("--cert"),
                          certificatePath(),
                          QStringLiteral("--key"),
                          key,
                          QStringLiteral("--token"),
                          token};
    if (today.isValid())
        arguments << QStringLiteral("--today") << today.toString(Qt::ISODate);
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral("node"), arguments);
    QDeadlineTimer deadline(30000);
    QByteArray output;
    // Loading Medplum's definitions takes seconds on a busy machine: a second without output
    // is no failure, only an exited process or the deadline is.
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(1000);
        output += m_process->readAllStandardOutput();
        const qsizetype at = output.indexOf("listening ");
        const qsizetype end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_baseUrl = QUrl(QString::fromUtf8(output.mid(at + 10, end - at - 10)).trimmed());
            return m_baseUrl.isValid();
        }
    }
    return false;
}

void FhirServerProcess::stop() {
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(5000))
        m_process->kill();
    m_process->waitForFinished(2000);
    m_process.reset();
}

QString FhirServerProcess::errorOutput() const {
    return m_process ? QString::fromUtf8(m_process->readAllStandardError()) : QString();
}

bool FhirServerProcess::hook(const QString &name, const QJsonObject &body) {
    if (!m_baseUrl.isValid())
        return false;
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_test/") + name);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    // Trust exactly this server's fresh certificate, as the app is told to.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(certificatePath()));
    request.setSslConfiguration(tls);
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply->isFinished() && reply->error() == QNetworkReply::NoError &&
           reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

bool FhirServerProcess::loseNextAnswer(const QString &method, const QString &resourceType) {
    return hook(
        QStringLiteral("lose-next-answer"),
        {{QStringLiteral("method"), method}, {QStringLiteral("resourceType"), resourceType}});
}

bool FhirServerProcess::failNext(const QString &method, const QString &resourceType, int status,
                                 const QString &diagnostics) {
    return hook(QStringLiteral("fail-next"), {{QStringLiteral("method"), method},
                                              {QStringLiteral("resourceType"), resourceType},
                                              {QStringLiteral("status"), status},
                                              {QStringLiteral("diagnostics"), diagnostics}});
}

bool FhirServerProcess::rawNext(const QString &pathPrefix, const QJsonObject &body) {
    return hook(QStringLiteral("raw-next"),
                {{QStringLiteral("path-prefix"), pathPrefix}, {QStringLiteral("body"), body}});
}

} // namespace careportal::test
