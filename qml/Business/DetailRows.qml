// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import CarePortal

// Labelled values under each other, as a detail page shows them: [{label, value}]. An
// empty value leaves its line out unless `showEmpty` (then "—").
ColumnLayout {
    id: rows

    property var entries: []
    property bool showEmpty: false

    /// A business contact's gender as the form's list says it.
    function genderText(code: string): string {
        switch (code) {
        case "man": return qsTr("Man")
        case "vrouw": return qsTr("Vrouw")
        case "onbekend": return qsTr("Onbekend")
        default: return ""
        }
    }
    function onOff(on: bool): string { return on ? qsTr("Aan") : qsTr("Uit") }

    spacing: Theme.spacing

    Repeater {
        model: rows.entries
        delegate: ColumnLayout {
            id: entry
            required property var modelData
            readonly property string value: String(modelData.value ?? "")
            visible: rows.showEmpty || value.length > 0
            spacing: 2
            Layout.fillWidth: true
            // Fitted: an e-mail address or a web address is one long word on a phone.
            FittedText {
                text: entry.modelData.label
                fittedPixelSize: Theme.fontSize
                font.bold: true
                Layout.fillWidth: true
            }
            FittedText {
                text: entry.value.length > 0 ? entry.value : "\u2014"
                fittedPixelSize: Theme.fontSize
                Layout.fillWidth: true
                Accessible.name: entry.modelData.label + ": " + (entry.value.length > 0 ? entry.value : qsTr("niet ingevuld"))
            }
        }
    }
}
