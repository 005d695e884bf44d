// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One contact detail: kind, value and remark; while editing with a pencil and a cross. A
// tap on the row itself opens nothing.
ClientRow {
    id: row

    required property string detailId
    required property string kind
    required property string kindLabel
    required property string value
    required property string remark
    property bool editing: false
    signal editRequested()
    signal removeRequested()

    opens: false
    spacing: 2
    Accessible.name: kindLabel + ": " + value + (remark.length > 0 ? ", " + remark : "")
                     + (pending ? ", " + pendingText : "")
    onCorrectRequested: editRequested()

    // The pencil and the cross beside the detail where it keeps room to be read, under it
    // on a phone at 200 % (beside it, "Huistelefoon" was cut to "Hu…" and the number
    // broke into three lines).
    GridLayout {
        id: content
        Layout.fillWidth: true
        Layout.fillHeight: false
        Layout.alignment: Qt.AlignVCenter
        columns: !actions.visible || width - actions.implicitWidth - columnSpacing
                 >= Math.round(200 * Theme.textScale) ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // wrap, never push the row wider
            spacing: 2
            FittedText {
                text: row.kindLabel
                fittedPixelSize: Theme.fontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: row.value
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            Label {
                visible: row.remark.length > 0
                text: row.remark
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        RowLayout {
            id: actions
            visible: row.editing && !row.pending
            spacing: Theme.spacing
            Button {
                text: "\u270E"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("%1 wijzigen").arg(row.kindLabel)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Wijzigen")
                onClicked: row.editRequested()
            }
            Button {
                text: "\u2715"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("%1 verwijderen").arg(row.kindLabel)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Verwijderen")
                onClicked: row.removeRequested()
            }
        }
    }
}
