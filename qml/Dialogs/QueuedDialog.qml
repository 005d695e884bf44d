// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A change was kept because the organisation could not be reached: say so once, plainly.
// Enter or Escape closes it.
Dialog {
    id: dialog

    objectName: "queuedDialog"
    title: qsTr("Bewaard")
    padding: Theme.margin
    modal: true
    focus: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(Theme.formWidth, (parent ? parent.width : Theme.formWidth) - 2 * Theme.margin)

    // In a layout, not sized by the dialog's width: see ConfirmDialog (a binding loop on the
    // dialog's implicitHeight when its width changed).
    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Er is nu geen verbinding met %1. Uw wijziging is bewaard en wordt verstuurd zodra dat weer kan. In de lijst staat \"Wacht op verzending\" tot dan.").arg(Organisation.name)
        }
    }
    footer: Item {
        implicitHeight: ok.implicitHeight + 2 * Theme.spacing
        PrimaryButton {
            id: ok
            objectName: "queuedOk"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("OK")
            implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
            onClicked: dialog.accept()
        }
    }
    DialogKeys { dialog: dialog; onAccepted: dialog.accept() }
}
