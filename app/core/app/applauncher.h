// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <functional>

class QQmlApplicationEngine;

namespace careportal {

class AppComposition;

/// Called once the shell is loaded and before the session is restored, so that a caller
/// (the startup benchmark) can watch the real window without a second startup path.
using EngineLoadedHook =
    std::function<void(QQmlApplicationEngine &engine, AppComposition &composition)>;

/// Runs CarePortal as `main()` does: application identity, Basic style, the command line
/// (--profile, --server, --fingerprint, --lang, --data-dir), the AppComposition, the QML
/// shell and the session restore; returns the event loop's exit code. The caller imports
/// the QML plugin (Q_IMPORT_QML_PLUGIN(CarePortalPlugin)) in its executable.
int runCarePortal(int &argc, char **argv, const EngineLoadedHook &onLoaded = {});

} // namespace careportal
