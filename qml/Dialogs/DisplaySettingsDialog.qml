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

    title: qsTr("Weergave")
    // A phone keeps its width for the text.
    padding: width < 480 ? Theme.spacing : Theme.margin
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.formWidth + 2 * Theme.margin, (parent ? parent.width : 600) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.spacing)
    font.pixelSize: Theme.fontSize

    header: Heading {
        text: dialog.title
        font.pixelSize: Theme.largeFontSize
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
            spacing: Theme.spacing

            Label {
                text: qsTr("Tekstgrootte")
                font.bold: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Button {
                    objectName: "textSmallerButton"
                    text: "A\u2212"
                    enabled: App.display.canReduce
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Tekst kleiner")
                    onClicked: App.display.reduce()
                }
                Label {
                    objectName: "textPercentLabel"
                    text: qsTr("%1 %").arg(App.display.textPercent)
                    horizontalAlignment: Text.AlignHCenter
                    Layout.minimumWidth: Theme.touchTarget
                    Accessible.name: qsTr("Tekstgrootte %1 procent").arg(App.display.textPercent)
                }
                Button {
                    objectName: "textLargerButton"
                    text: "A+"
                    enabled: App.display.canEnlarge
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Tekst groter")
                    onClicked: App.display.enlarge()
                }
            }
            Switch {
                id: contrastSwitch
                objectName: "highContrastSwitch"
                text: qsTr("Hoog contrast")
                checked: App.display.highContrast
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight)
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
            Label {
                text: qsTr("Zo ziet tekst in CarePortal eruit. Grotere tekst maakt ook knoppen groter.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
            }
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 2 * Theme.spacing

        Flow {
            id: buttons
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            layoutDirection: Qt.RightToLeft
            spacing: Theme.spacing

            PrimaryButton {
                objectName: "displayCloseButton"
                text: qsTr("Sluiten")
                implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + 2 * Theme.spacing)
                onClicked: dialog.close()
            }
            Button {
                objectName: "displayDefaultsButton"
                text: qsTr("Standaard")
                implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + 2 * Theme.spacing)
                implicitHeight: Theme.touchTarget
                onClicked: App.display.restoreDefaults()
            }
        }
    }
}
