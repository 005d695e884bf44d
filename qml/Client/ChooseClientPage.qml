// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// After login, for an account that acts for more than one client (seed 003): whose data to
// look at. Nothing of anyone is fetched before the choice; the menu and Home can switch.
Page {
    id: page

    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin }
            Heading {
                text: qsTr("Welkom %1").arg(App.session.displayName)
                color: Theme.primary
                // Smaller rather than break a name on a phone at large text.
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Van wie wilt u de gegevens bekijken?")
                font.pixelSize: Theme.largeFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Repeater {
                objectName: "clientChoices"
                model: App.session.clients

                delegate: ItemDelegate {
                    id: choice
                    required property var modelData
                    objectName: "chooseClient_" + modelData.id
                    Layout.fillWidth: true
                    // Reached with Tab and by a screen reader's focus, not only by a click.
                    focusPolicy: Qt.StrongFocus
                    implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + 24)
                    leftPadding: Theme.margin
                    background: Rectangle {
                        color: choice.down ? Theme.background : Theme.surface
                        border.color: choice.visualFocus ? Theme.primary : Theme.divider
                        border.width: choice.visualFocus ? 2 : 1
                        radius: 6
                    }
                    Accessible.name: modelData.displayName + ", " + modelData.relationText
                    onClicked: App.session.chooseClient(modelData.id)

                    contentItem: ColumnLayout {
                        spacing: 2
                        Label {
                            text: choice.modelData.displayName
                            font.pixelSize: Theme.largeFontSize
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: choice.modelData.relationText
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
    }
}
