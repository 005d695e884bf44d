// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Weergave": larger text (up to 200 %) and high contrast, for whoever reads less well. The
// change shows at once, also behind the dialog; the choice is kept on this computer (not on
// a kiosk).
Dialog {
    id: dialog
    objectName: "displaySettingsDialog"

    // The dialog that changes the text size keeps its own size and place whatever the text
    // size: its A+ stays under the pointer click after click (it used to move away as the
    // dialog grew, and ten clicks on one spot reached only 125 %). Its type is set at the
    // size of 150 %, legible to whoever needs larger text; only the sample below shows the
    // size chosen, and it grows downwards.
    readonly property int ownFontSize: 26
    readonly property int ownTarget: 60
    readonly property int ownPadding: width < 480 ? 12 : 24
    readonly property int ownSpacing: 12

    title: qsTr("Weergave")
    padding: ownPadding
    modal: true
    focus: true
    width: Math.min(560, (parent ? parent.width : 600) - 16)
    x: ((parent ? parent.width : 600) - width) / 2
    // A fixed top: a taller dialog grows downwards, never moving what is above. (Its own
    // property, not `y`, in the height: a popup moves its y to stay inside the window.)
    readonly property real top: Math.min(48, Math.max(8, ((parent ? parent.height : 600) - 520) / 2))
    y: top
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - top - 8)
    font.pixelSize: ownFontSize

    header: Heading {
        text: dialog.title
        font.pixelSize: dialog.ownFontSize + 4
        font.bold: true
        padding: dialog.padding
        bottomPadding: 0
        wrapMode: Text.Wrap
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: dialog.ownSpacing

            Label {
                text: qsTr("Tekstgrootte")
                font.bold: true
            }
            RowLayout {
                spacing: dialog.ownSpacing
                Layout.fillWidth: true

                Button {
                    objectName: "textSmallerButton"
                    text: "A\u2212"
                    enabled: App.display.canReduce
                    implicitWidth: dialog.ownTarget
                    implicitHeight: dialog.ownTarget
                    Accessible.name: qsTr("Tekst kleiner")
                    onClicked: App.display.reduce()
                }
                Label {
                    objectName: "textPercentLabel"
                    text: qsTr("%1 %").arg(App.display.textPercent)
                    horizontalAlignment: Text.AlignHCenter
                    // Wide enough for "200 %": the A+ beside it never moves.
                    Layout.preferredWidth: dialog.ownFontSize * 4
                    Accessible.name: qsTr("Tekstgrootte %1 procent").arg(App.display.textPercent)
                }
                Button {
                    objectName: "textLargerButton"
                    text: "A+"
                    enabled: App.display.canEnlarge
                    implicitWidth: dialog.ownTarget
                    implicitHeight: dialog.ownTarget
                    Accessible.name: qsTr("Tekst groter")
                    onClicked: App.display.enlarge()
                }
            }
            Switch {
                id: contrastSwitch
                objectName: "highContrastSwitch"
                text: qsTr("Hoog contrast")
                checked: App.display.highContrast
                implicitHeight: Math.max(dialog.ownTarget, implicitContentHeight)
                Accessible.name: qsTr("Hoog contrast")
                onToggled: App.display.highContrast = checked
                Layout.fillWidth: true
                // Wraps instead of eliding at 200 % on a phone.
                contentItem: Label {
                    text: contrastSwitch.text
                    font: contrastSwitch.font
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: contrastSwitch.indicator.width + contrastSwitch.spacing
                }
            }
            // The sample, last: set at the size chosen, it is the only part that grows.
            Label {
                objectName: "displaySample"
                text: qsTr("Zo ziet tekst in CarePortal eruit. Grotere tekst maakt ook knoppen groter.")
                font.pixelSize: Theme.fontSize
                wrapMode: Text.Wrap
                color: Theme.text
                Layout.fillWidth: true
            }
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 2 * dialog.ownSpacing

        Flow {
            id: buttons
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: dialog.ownSpacing
            anchors.verticalCenter: parent.verticalCenter
            layoutDirection: Qt.RightToLeft
            spacing: dialog.ownSpacing

            PrimaryButton {
                objectName: "displayCloseButton"
                text: qsTr("Sluiten")
                font.pixelSize: dialog.ownFontSize
                implicitWidth: Math.max(dialog.ownTarget * 2, implicitContentWidth + 2 * dialog.ownSpacing)
                implicitHeight: dialog.ownTarget
                onClicked: dialog.close()
            }
            Button {
                objectName: "displayDefaultsButton"
                text: qsTr("Standaard")
                implicitWidth: Math.max(dialog.ownTarget * 2, implicitContentWidth + 2 * dialog.ownSpacing)
                implicitHeight: dialog.ownTarget
                onClicked: App.display.restoreDefaults()
            }
        }
    }
    // Enter and Escape close it (the change is already made).
    DialogKeys { dialog: dialog; onAccepted: dialog.close() }
}
