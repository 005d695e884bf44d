// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// CarePortal: the client portal of a Dutch home-care organisation, as a native app.
#include "app/applauncher.h"

#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(CarePortalPlugin)

int main(int argc, char *argv[]) {
    return careportal::runCarePortal(argc, argv);
}
