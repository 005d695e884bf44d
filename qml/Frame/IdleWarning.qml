// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// Kiosk: the last 30 seconds before the idle logout, large and counting down. Any touch
// anywhere (the app watches all input) cancels it; the button is there for those who
// want something to press.
Popup {
    id: popup

    objectName: "idleWarning"
    visible: App.idle.warning
    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (parent ? parent.width : 520) - 2 * Theme.margin)
    padding: Theme.margin

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.primary
        border.width: 3
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Heading {
            text: qsTr("Bent u er nog?")
            fittedPixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "idleSecondsLeft"
            // Dutch and English both have only "one" and "other": no plural forms file needed.
            text: App.idle.secondsLeft === 1 ? qsTr("U wordt over 1 seconde uitgelogd.")
                                             : qsTr("U wordt over %1 seconden uitgelogd.").arg(App.idle.secondsLeft)
            font.pixelSize: Theme.largeFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            text: qsTr("Raak het scherm aan om verder te gaan.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "idleContinueButton"
            text: qsTr("Ik ben er nog")
            Layout.fillWidth: true
            onClicked: App.idle.reset()
        }
    }
}
