// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Weet u het zeker?" before something that cannot be undone (removing a contact person).
// Enter says yes, Escape no.
Dialog {
    id: dialog

    property alias text: message.text
    property string confirmText: qsTr("Ja")
    signal confirmed()

    padding: Theme.margin
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.formWidth, (parent ? parent.width : Theme.formWidth) - 2 * Theme.margin)

    // In a layout, not `width: parent.width`: a new width made the text wrap anew while the
    // dialog was being resized, and with the title's elided header that was a binding loop
    // on the dialog's implicitHeight. The layout takes the new height at its next polish.
    ColumnLayout {
        anchors.fill: parent
        Label {
            id: message
            Layout.fillWidth: true
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
                objectName: "confirmYesButton"
                text: dialog.confirmText
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                onClicked: dialog.accept()
            }
        }
    }
    onAccepted: dialog.confirmed()
    DialogKeys { dialog: dialog; onAccepted: dialog.accept() }
}
