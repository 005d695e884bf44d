// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// A list of the business portal with two views of it (seed 004: the open invoices and
// "Alle facturen", "Mijn projecten" and "Alle projecten"): what the page is for, the two
// tabs, when the server last confirmed the list, the rows (the delegate is the user's,
// mostly a ClientRow) and the list's loading, error and empty states.
Page {
    id: page

    required property ClientListModel listModel
    property string introText
    property string firstText
    property string secondText
    property string firstObjectName
    property string secondObjectName
    /// The first view is shown (openOnly, mineOnly): the tab follows it.
    property bool firstShown: true
    property alias listObjectName: list.objectName
    property alias delegate: list.delegate
    property alias emptyText: listState.emptyText
    signal openRequested(string id)
    /// A tab was chosen: the page switches the model's view.
    signal viewChosen(bool first)

    background: Rectangle { color: Theme.background }
    // A tap on a tab sets the bar's index itself, which ends the binding below.
    onFirstShownChanged: tabs.currentIndex = firstShown ? 0 : 1

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // What the page is for, where there is room: a phone at 200 % text would have
        // no room left for the rows.
        FittedText {
            objectName: "listIntro"
            visible: text.length > 0 && page.height >= 12 * Theme.touchTarget
            text: page.introText
            fittedPixelSize: Theme.fontSize
            Layout.fillWidth: true
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            currentIndex: page.firstShown ? 0 : 1
            Repeater {
                model: [
                    { text: page.firstText, name: page.firstObjectName, first: true },
                    { text: page.secondText, name: page.secondObjectName, first: false }
                ]
                delegate: TabButton {
                    id: tab
                    required property var modelData
                    objectName: modelData.name
                    text: modelData.text
                    font.pixelSize: Theme.fontSize
                    // The bar shares its width equally between the tabs. A size of their own
                    // from their label would go round in circles: the label wraps and shrinks
                    // to the width it is given (a phone at 200 % text). Two lines fit.
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget + 8
                    topPadding: 2
                    bottomPadding: 2
                    contentItem: FittedText {
                        text: tab.text
                        fittedPixelSize: tab.font.pixelSize
                        // Bold for every tab: bold bound to `checked` made FittedText
                        // measure its words again in a loop at 200 % text.
                        font.bold: true
                        color: tab.checked ? Theme.primary : Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        maximumLineCount: 2
                    }
                    // As the dossier's tabs: the chosen one marked by colour and a bar, not by
                    // colour alone; the style's own dark background made the other unreadable.
                    background: Rectangle {
                        color: tab.checked ? Theme.surface : Theme.background
                        border.color: Theme.divider
                        Rectangle {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.bottom: parent.bottom
                            height: tab.checked ? 4 : 0
                            color: Theme.primary
                        }
                    }
                    Accessible.name: text
                    onClicked: page.viewChosen(modelData.first)
                }
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
