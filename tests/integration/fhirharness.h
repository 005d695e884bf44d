// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "backend/result.h"
#include "fhir/fhirbackend.h"
#include "fhirserverprocess.h"
#include "httpsjsonclient.h"
#include "network/apiclient.h"
#include "network/servertrust.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QTest>
#include <memory>
#include <optional>

namespace careportal::test {

/// The FHIR flows' common ground: Medplum's FHIR router (tools/fhir-server) on loopback with
/// the demo for today, a FhirBackend pinned to its certificate as the app makes one, and a
/// client that plays the organisation's own system (changes visits behind the app's back).
class FhirHarness {
public:
    inline static const QString token = QStringLiteral("fhir-test-token-3b1f9c");

    [[nodiscard]] bool start() {
        if (!server.start(token))
            return false;
        const auto certificates = QSslCertificate::fromPath(server.certificatePath());
        if (certificates.isEmpty())
            return false;
        const QByteArray digest = certificates.first().digest(QCryptographicHash::Sha256);
        fingerprint = QString::fromLatin1(digest.toHex(':').toUpper());
        trust = std::make_unique<ServerTrust>(fingerprint);
        api = std::make_unique<ApiClient>(server.baseUrl(), trust.get());
        backend = std::make_unique<FhirBackend>(
            api.get(), FhirBackend::Settings{QStringLiteral("Thuiszorg De Linde"), {}});
        organisationSystem =
            std::make_unique<HttpsJsonClient>(server.baseUrl(), server.certificatePath());
        return true;
    }

    /// The backend's answer, or nullopt when none came within 20 s.
    template <typename T> static std::optional<Result<T>> await(const QFuture<Result<T>> &future) {
        QFutureWatcher<Result<T>> watcher;
        watcher.setFuture(future);
        if (!QTest::qWaitFor([&] { return watcher.isFinished(); }, 20000) ||
            future.resultCount() == 0)
            return std::nullopt;
        return future.result();
    }

    /// A search answer holding just `resource`: what the tests make the server send instead
    /// of its own (FhirServerProcess::rawNext).
    [[nodiscard]] static QJsonObject searchsetOf(const QJsonObject &resource) {
        return {{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                {QStringLiteral("type"), QStringLiteral("searchset")},
                {QStringLiteral("entry"),
                 QJsonArray{QJsonObject{{QStringLiteral("resource"), resource}}}}};
    }

    /// An Appointment without its start, as a malformed answer.
    [[nodiscard]] static QJsonObject visitWithoutStart() {
        return {{QStringLiteral("resourceType"), QStringLiteral("Appointment")},
                {QStringLiteral("id"), QStringLiteral("zonder-start")},
                {QStringLiteral("status"), QStringLiteral("booked")}};
    }

    /// Logs the backend in with the test token as `username` (the session tokens set).
    [[nodiscard]] bool logIn(const QString &username) {
        const auto result = await(backend->login(username, token, {}));
        if (!result || !result->ok())
            return false;
        backend->setSessionTokens(result->value().tokens());
        const auto account = await(backend->me());
        return account && account->ok();
    }

    FhirServerProcess server;
    QString fingerprint; ///< Of the server's certificate, as a profile pins it.
    std::unique_ptr<ServerTrust> trust;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<FhirBackend> backend;
    std::unique_ptr<HttpsJsonClient> organisationSystem;
};

} // namespace careportal::test
