// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The window around the shell. On a kiosk it fills the screen and cannot be closed from
// the app: the care home's PC shows CarePortal and nothing else.
ApplicationWindow {
    id: window

    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    visibility: App.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: App.kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    // Where no window manager honours full screen (a bare X session), cover the screen.
    Component.onCompleted: {
        if (App.kiosk) {
            x = 0
            y = 0
            width = Screen.width
            height = Screen.height
        }
    }
    // Qt adds the application's display name itself ("Thuiszorg De Voorbeeld — CarePortal";
    // an empty title becomes "CarePortal"): naming it here too showed it twice.
    title: Organisation.name
    color: Theme.background
    font.pixelSize: Theme.fontSize

    onClosing: close => {
        if (App.kiosk)
            close.accepted = false
    }

    // After the login in the browser the app comes back to the front by itself.
    Connections {
        target: IdentityProvider
        function onReturnedFromBrowser() {
            window.raise()
            window.requestActivate()
        }
    }

    AppShell {
        anchors.fill: parent
    }
}
