// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Weet u het zeker?" before logging out, as in the portals. Enter says yes, Escape no.
Dialog {
    id: dialog

    signal confirmed()

    title: qsTr("Uitloggen")
    padding: Theme.margin
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(420, (parent ? parent.width : 420) - 2 * Theme.margin)

    Column {
        width: parent.width
        spacing: Theme.spacing
        Label {
            width: parent.width
            text: qsTr("Weet u zeker dat u wilt uitloggen?")
            wrapMode: Text.Wrap
        }
        // Logging out wipes this device, the outbox included: say what would be lost.
        Label {
            objectName: "logoutOutboxWarning"
            visible: App.outbox.waitingCount + App.outbox.refusedCount > 0
            width: parent.width
            text: qsTr("Let op: %n wijzigingen zijn nog niet verstuurd. Als u nu uitlogt, gaan ze verloren. Wacht tot er weer verbinding is om ze te versturen.", "",
                       App.outbox.waitingCount + App.outbox.refusedCount)
            color: Theme.error
            font.bold: true
            wrapMode: Text.Wrap
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 2 * Theme.spacing

        RowLayout {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing

            Button {
                text: qsTr("Nee")
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                implicitHeight: Theme.touchTarget
                onClicked: dialog.reject()
            }
            PrimaryButton {
                objectName: "logoutYesButton"
                text: qsTr("Ja")
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                onClicked: dialog.accept()
            }
        }
    }
    onAccepted: dialog.confirmed()
    DialogKeys { dialog: dialog; onAccepted: dialog.accept() }
}
