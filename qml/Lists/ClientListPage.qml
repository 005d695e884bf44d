// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A list of the client's data: what the page is for with the button that adds an item,
// when the server last confirmed the list, the rows (the delegate is the user's, mostly a
// ClientRow), and the list's loading, error and empty states. Items placed inside come
// under the list ("Laad meer").
Page {
    id: page

    required property ClientListModel listModel
    property alias introText: intro.text
    /// The add button's word ("Toevoegen"); the page puts the "+" before it.
    property string addText
    /// What the add button does, for a screen reader and as its tooltip.
    property string addDescription
    property alias addButtonObjectName: addButton.objectName
    property alias listObjectName: list.objectName
    property alias delegate: list.delegate
    property alias emptyText: listState.emptyText
    default property alias belowList: column.data
    signal openRequested(string id)
    signal addRequested()
    signal editRequested(string id)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        IntroBar {
            id: intro
            Layout.fillWidth: true
            Button {
                id: addButton
                text: "+ " + page.addText
                // Set here, not inherited: the row must size the button for this font at once.
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                enabled: page.listModel.status === ClientListModel.Ready
                Accessible.name: page.addDescription
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: page.addRequested()
            }
        }

        ListFreshness {
            model: page.listModel
            Layout.fillWidth: true
        }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.listModel
            ScrollBar.vertical: ScrollBar {}

            ListState {
                id: listState
                anchors.fill: parent
                model: page.listModel
                count: list.count
            }
        }
    }
}
