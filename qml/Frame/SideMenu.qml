// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The menu as a drawer, for windows too narrow to keep it beside the page (phones,
// portrait tablets). It closes on any choice, also the page already shown.
Drawer {
    id: drawer

    required property PageTable pages
    signal logoutRequested()

    width: Math.min(320, parent ? parent.width * 0.85 : 320)

    background: Rectangle { color: Theme.surface }

    MenuContent {
        pages: drawer.pages
        anchors.fill: parent
        onEntryChosen: drawer.close()
        onLogoutRequested: drawer.logoutRequested()
    }
}
