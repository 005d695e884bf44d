// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The bar above every page once logged in: the menu button (top left, as in the portals),
// the page title and the organisation's name.
ToolBar {
    id: bar

    property string title
    // Wide windows keep the menu beside the page: no button needed there.
    property bool menuButtonVisible: true
    signal menuRequested()

    // Grows with the reader's text size: the title takes up to two lines, and the buttons
    // (as large as any touch target) stay inside the bar.
    implicitHeight: Math.max(64, titleText.implicitHeight + 16, Theme.touchTarget + 8)
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.menuButtonVisible ? 8 : Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        ToolButton {
            id: menuButton
            objectName: "menuButton"
            visible: bar.menuButtonVisible
            text: "\u2630"
            font.pixelSize: Theme.titleFontSize
            implicitWidth: Math.max(56, Theme.touchTarget)
            implicitHeight: Math.max(56, Theme.touchTarget)
            Accessible.name: qsTr("Menu openen")
            background: Rectangle {
                radius: Theme.radius
                color: menuButton.down ? Qt.darker(Theme.primary, 1.3) : "transparent"
                border.width: menuButton.visualFocus ? 2 : 0
                border.color: Theme.textOnPrimary
            }
            contentItem: Label {
                text: "\u2630"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.titleFontSize
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: bar.menuRequested()
        }
        // Large text on a phone: the title takes a second line, and a smaller size when a
        // word ("zorgorganisatie") would not fit, rather than being cut off.
        Heading {
            id: titleText
            objectName: "pageTitle"
            text: bar.title
            color: Theme.textOnPrimary
            fittedPixelSize: Theme.largeFontSize
            font.bold: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.preferredWidth: 0 // the width left beside the button, whatever the font
        }
        Label {
            text: Organisation.name
            color: Theme.textOnPrimary
            font.pixelSize: Theme.smallFontSize
            // Shown whole or not at all: with large text it gives the title its room.
            visible: bar.width > 600 && implicitWidth <= bar.width / 3
        }
        // "Weergave" where everyone sees it, on every page: larger text is for the people
        // who would not find it at the bottom of the menu.
        // On a phone the title needs the room; the drawer's menu offers Weergave there.
        ToolButton {
            id: displayButton
            objectName: "headerDisplayButton"
            visible: bar.width > 600
            readonly property bool showsWord: bar.width > 760
            implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.spacing)
            implicitHeight: Math.max(56, Theme.touchTarget)
            Accessible.name: qsTr("Weergave: tekstgrootte en contrast")
            background: Rectangle {
                radius: Theme.radius
                color: displayButton.down ? Qt.darker(Theme.primary, 1.3) : "transparent"
                border.width: displayButton.visualFocus ? 2 : 1
                border.color: Theme.textOnPrimary
            }
            contentItem: Label {
                text: displayButton.showsWord ? "Aa  " + qsTr("Weergave") : "Aa"
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontSize
                font.bold: true
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: Navigation.displaySettingsRequested()
        }
    }
}
