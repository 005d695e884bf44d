// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "loggedinapp.h"

#include "auth/session.h"
#include "serverprocess.h"

#include <QTemporaryDir>
#include <QTest>

namespace careportal::test {

namespace {

AppComposition::Options optionsFor(const ServerProcess &server, const QTemporaryDir &dataDir) {
    AppComposition::Options options;
    options.profile.serverUrl = server.baseUrl();
    options.profile.organisationName = QStringLiteral("Thuiszorg De Linde");
    options.profile.fingerprint = server.fingerprint();
    options.cachePath = dataDir.filePath(QStringLiteral("cache.sqlite"));
    options.language = QStringLiteral("nl");
    return options;
}

} // namespace

std::unique_ptr<AppComposition> restartApp(const ServerProcess &server,
                                           const QTemporaryDir &dataDir) {
    auto app = std::make_unique<AppComposition>(optionsFor(server, dataDir));
    app->start();
    Session *session = app->session();
    if (!QTest::qWaitFor(
            [&] { return session->state() != Session::State::Starting && !session->busy(); },
            kFlowTimeoutMs))
        return nullptr;
    return app;
}

std::unique_ptr<AppComposition> startAtLogin(const ServerProcess &server,
                                             const QTemporaryDir &dataDir) {
    auto app = std::make_unique<AppComposition>(optionsFor(server, dataDir));
    app->start();
    Session *session = app->session();
    // The organisation (and with it the features) arrives before the login screen is ready.
    // A session of an earlier flow against the same server may come back from the keychain:
    // log it out, so every flow starts with a login of its own.
    const auto settled = [&] {
        return session->state() != Session::State::Starting && !session->busy() &&
               !app->organisation()->features().isEmpty();
    };
    if (!QTest::qWaitFor(settled, kFlowTimeoutMs))
        return nullptr;
    if (session->state() != Session::State::LoggedOut)
        session->logout();
    return app;
}

std::unique_ptr<AppComposition>
startLoggedIn(const ServerProcess &server, const QTemporaryDir &dataDir, const QString &username) {
    auto app = startAtLogin(server, dataDir);
    if (!app)
        return nullptr;
    Session *session = app->session();
    session->login(username, QStringLiteral("Welkom!2026"));
    if (!QTest::qWaitFor([&] { return session->state() == Session::State::LoggedIn; },
                         kFlowTimeoutMs))
        return nullptr;
    return app;
}

} // namespace careportal::test
