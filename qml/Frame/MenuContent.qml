// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The portal's menu, in the portal's order. An entry shows only when the app has the
// screen and the organisation offers the feature: no placeholder pages. The same content
// sits in a drawer on narrow screens and beside the page on wide ones.
ColumnLayout {
    id: content

    // The pages it lists (the shell's table).
    required property PageTable pages
    // As tall as the page header when the menu stands beside it, so the two bars line up.
    property int nameBarHeight: 96

    signal logoutRequested()
    // Any entry chosen, also the page already shown: a drawer closes on it.
    signal entryChosen()

    spacing: 0

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: content.nameBarHeight
        color: Theme.primary
        Label {
            anchors.fill: parent
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            text: App.session.displayName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.largeFontSize
            font.bold: true
            verticalAlignment: Text.AlignVCenter
            // A long name gets two lines, then shrinks, before anything is cut off.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            fontSizeMode: Text.VerticalFit
            minimumPixelSize: Theme.smallFontSize
            elide: Text.ElideRight
        }
    }

    Flickable {
        id: entries
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: entries.width
            spacing: 0

            // The portal's pages, in the page table's order.
            Repeater {
                model: content.pages.inMenu("main")
                delegate: MenuEntry {
                    required property PageEntry modelData
                    page: modelData.name
                    text: modelData.title
                    visible: content.pages.available(modelData)
                    onChosen: content.entryChosen()
                }
            }

            ItemDelegate {
                objectName: "menu_switchClient"
                visible: App.session.clients.length > 1
                text: qsTr("Wissel van cliënt")
                font.pixelSize: Theme.fontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget + 8
                leftPadding: Theme.margin
                Layout.fillWidth: true
                onClicked: {
                    content.entryChosen()
                    Navigation.show("home")
                    App.session.switchClient()
                }
            }
            ItemDelegate {
                objectName: "menu_logout"
                text: qsTr("Uitloggen")
                font.pixelSize: Theme.fontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget + 8
                leftPadding: Theme.margin
                Layout.fillWidth: true
                onClicked: content.logoutRequested()
            }

            Item { implicitHeight: Theme.margin }

            ItemDelegate {
                objectName: "languageSwitch"
                text: App.language.code === "nl" ? "English" : "Nederlands"
                font.pixelSize: Theme.smallFontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                Layout.fillWidth: true
                Accessible.name: App.language.code === "nl" ? "Switch to English" : "Naar het Nederlands"
                onClicked: App.language.code = (App.language.code === "nl" ? "en" : "nl")
            }
            ItemDelegate {
                objectName: "menu_display"
                text: qsTr("Weergave")
                font.pixelSize: Theme.smallFontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                Layout.fillWidth: true
                onClicked: {
                    content.entryChosen()
                    Navigation.displaySettingsRequested()
                }
            }
            // Below them, set smaller: the pages about the app itself ("Over CarePortal").
            Repeater {
                model: content.pages.inMenu("more")
                delegate: MenuEntry {
                    required property PageEntry modelData
                    page: modelData.name
                    text: modelData.title
                    font.pixelSize: Theme.smallFontSize
                    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                    visible: content.pages.available(modelData)
                    onChosen: content.entryChosen()
                }
            }
        }
    }
}
