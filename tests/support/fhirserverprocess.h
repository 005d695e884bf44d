// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace careportal::test {

/// The real FHIR R4 server the FHIR backend's tests run against: Medplum's FHIR router with
/// its in-memory repository (tools/fhir-server/server.mjs, on Node.js) on loopback over TLS,
/// with a certificate made fresh in a temporary folder, a static bearer token and the
/// invented demo for a given day (docs/fhir.md).
class FhirServerProcess {
public:
    /// Installed by scripts/test.sh (npm ci); a developer's build may lack it.
    [[nodiscard]] static bool isInstalled();

    FhirServerProcess();
    ~FhirServerProcess();
    FhirServerProcess(const FhirServerProcess &) = delete;
    FhirServerProcess &operator=(const FhirServerProcess &) = delete;

    /// Starts it with the demo for today (Europe/Amsterdam when not given) and waits (up to
    /// 30 s) for its "listening <base>" line.
    [[nodiscard]] bool start(const QString &token, QDate today = {});
    void stop();

    /// The FHIR base, https://127.0.0.1:<port>/fhir/R4.
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    /// Its certificate (PEM): the app trusts it for this server.
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] QString errorOutput() const;

    /// The next request of this method on this resource type is performed, and then the
    /// connection is closed without an answer (a write whose answer is lost).
    [[nodiscard]] bool loseNextAnswer(const QString &method, const QString &resourceType);
    /// The next request of this method on this resource type is answered with an
    /// OperationOutcome of this status and diagnostics, and not performed.
    [[nodiscard]] bool failNext(const QString &method, const QString &resourceType, int status,
                                const QString &diagnostics);
    /// The next GET whose path below the base starts with pathPrefix gets this body as it is.
    [[nodiscard]] bool rawNext(const QString &pathPrefix, const QJsonObject &body);

private:
    [[nodiscard]] bool hook(const QString &name, const QJsonObject &body);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace careportal::test
