// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/appcomposition.h"
#include "app/appservices.h"
#include "auth/session.h"
#include "client/clientdata.h"
#include "dossier/dossierfeature.h"
#include "kiosk/idlemonitor.h"
#include "notifications/notificationcentre.h"
#include "organisations/organisationbranding.h"
#include "outbox/outbox.h"
#include "security/remembereddevicesmodel.h"
#include "security/secondfactorsetup.h"
#include "settings/displaysettings.h"
#include "settings/languagesettings.h"

#include <QString>
#include <memory>

class QTemporaryDir;

namespace careportal::test {

class ServerProcess;

/// The app's core at its login screen: an AppComposition on `server` (pinned to its
/// certificate, cache in `dataDir`, Dutch), started, with any session an earlier flow left
/// in the keychain logged out. Null when it did not get there within the timeout.
[[nodiscard]] std::unique_ptr<AppComposition> startAtLogin(const ServerProcess &server,
                                                           const QTemporaryDir &dataDir);

/// A new run of the app on `dataDir` as it is: whatever session the keychain restores
/// stays. Waits until the session has settled (logged in from the cache, or logged out).
[[nodiscard]] std::unique_ptr<AppComposition> restartApp(const ServerProcess &server,
                                                         const QTemporaryDir &dataDir);

/// The app's core as the flows use it: an AppComposition on `server` (pinned to its
/// certificate, cache in `dataDir`, Dutch), started and logged in as `username` with the
/// demo password. Null when it did not get there within the timeout (the test then fails
/// on its QVERIFY).
[[nodiscard]] std::unique_ptr<AppComposition>
startLoggedIn(const ServerProcess &server, const QTemporaryDir &dataDir, const QString &username);

inline constexpr int kFlowTimeoutMs = 20000;

} // namespace careportal::test
