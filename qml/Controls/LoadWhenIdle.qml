// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// Loads a client list as soon as it is idle while logged in — also after the account
// details arrive just after login, which resets the lists. For pages that show a part of a
// list whose own page has not been opened (Home).
QtObject {
    id: loader

    required property ClientListModel model
    property bool active: true
    readonly property bool idle: active && App.session.state === Session.LoggedIn
                                 && model.status === ClientListModel.Idle

    onIdleChanged: if (idle) later.restart()
    Component.onCompleted: if (idle) later.restart()

    // Not from inside the change handler: reload() changes the status it depends on.
    property Timer later: Timer {
        interval: 0
        onTriggered: if (loader.idle) loader.model.reload()
    }
}
