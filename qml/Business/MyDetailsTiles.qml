// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn gegevens" (seed 004): the three tiles "Mijn contactgegevens", "Mijn organisatie"
// and "Mijn contactpersonen", side by side where they fit, under each other on a phone.
Page {
    id: page

    signal chosen(string view)

    objectName: "myDetailsTiles"
    background: Rectangle { color: Theme.background }
    StackView.onActivated: tiles.itemAt(0)?.forceActiveFocus(Qt.OtherFocusReason)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        GridLayout {
            id: grid
            readonly property real tileWidth: 16 * Theme.fontSize
            width: parent.width - 2 * Theme.margin
            x: Theme.margin
            y: Theme.margin
            columns: Math.max(1, Math.min(3, Math.floor((width + columnSpacing) / (tileWidth + columnSpacing))))
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing

            Repeater {
                id: tiles
                model: [
                    { view: "ownContact", title: qsTr("Mijn contactgegevens"), symbol: "\u263A",
                      text: qsTr("Uw naam, adres, telefoon en e-mail, en of u e-mail over diensten ontvangt.") },
                    { view: "organisation", title: qsTr("Mijn organisatie"), symbol: "\u2302",
                      text: qsTr("Uw organisatie zoals die bij ons bekend is: adres, KvK-nummer en contactgegevens.") },
                    { view: "colleagues", title: qsTr("Mijn contactpersonen"), symbol: "\u2637",
                      text: qsTr("De contactpersonen van uw organisatie en hun rechten in het klantportaal.") }
                ]
                delegate: ItemDelegate {
                    id: tile
                    required property var modelData
                    objectName: modelData.view + "Tile"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: grid.tileWidth
                    padding: Theme.margin
                    Accessible.name: modelData.title
                    Accessible.description: modelData.text
                    onClicked: page.chosen(modelData.view)
                    Keys.onReturnPressed: page.chosen(modelData.view)
                    Keys.onEnterPressed: page.chosen(modelData.view)
                    background: Rectangle {
                        color: tile.down ? Theme.todayBackground : Theme.surface
                        radius: Theme.radius
                        border.color: tile.visualFocus ? Theme.primary : Theme.divider
                        border.width: tile.visualFocus ? 3 : 1
                    }
                    contentItem: ColumnLayout {
                        spacing: Theme.spacing
                        Label {
                            text: tile.modelData.symbol
                            color: Theme.primary
                            font.pixelSize: Theme.titleFontSize * 1.5
                            Accessible.ignored: true
                        }
                        FittedText {
                            text: tile.modelData.title
                            color: Theme.primary
                            fittedPixelSize: Theme.largeFontSize
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        FittedText {
                            text: tile.modelData.text
                            fittedPixelSize: Theme.fontSize
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                        Item { Layout.fillHeight: true }
                    }
                }
            }
        }
    }
}
