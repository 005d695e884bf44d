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
    // As wide as the pinned menu would be: it widens with the text size. On a phone at
    // large text it takes the whole width, which the page behind it does not need then.
    property int preferredWidth: 320
    signal logoutRequested()

    width: Math.min(preferredWidth, parent ? parent.width * (Theme.textScale > 1.25 ? 1 : 0.85) : 320)

    background: Rectangle { color: Theme.surface }

    MenuContent {
        pages: drawer.pages
        anchors.fill: parent
        onEntryChosen: drawer.close()
        onLogoutRequested: drawer.logoutRequested()
    }
}
