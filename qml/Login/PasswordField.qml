// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A labelled password field with a show/hide button: typing blind is hard for many users.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias input: input
    signal accepted()

    spacing: 4

    FieldLabel {
        id: caption
        Layout.fillWidth: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        // Qt 6.4 gives a masked field no accessible name, whatever is set, so the field sits
        // in a group that carries the name: a screen reader announces "Wachtwoord" on
        // entering it.
        Item {
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            Accessible.role: Accessible.Grouping
            Accessible.name: caption.text

            TextField {
                id: input
                objectName: field.objectName + "Input"
                anchors.fill: parent
                echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Accessible.name: caption.text
                onAccepted: field.accepted()
            }
        }
        Button {
            id: reveal
            checkable: true
            implicitHeight: Theme.touchTarget
            text: checked ? qsTr("Verberg") : qsTr("Toon")
            Accessible.name: checked ? qsTr("Wachtwoord verbergen") : qsTr("Wachtwoord tonen")
        }
    }
}
