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
        // As tall as the page header, or taller when the name needs it (large text): the
        // whole name is shown, never "mevrouw C....".
        implicitHeight: Math.max(content.nameBarHeight, nameLabel.implicitHeight + 2 * Theme.spacing)
        color: Theme.primary
        Label {
            id: nameLabel
            objectName: "menuName"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.margin
            anchors.rightMargin: Theme.margin
            text: App.session.displayName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.largeFontSize
            font.bold: true
            wrapMode: Text.Wrap
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
                objectName: "menu_switchOrganisation"
                visible: App.session.business.organisations.length > 1
                text: qsTr("Organisatie kiezen")
                font.pixelSize: Theme.fontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget + 8
                leftPadding: Theme.margin
                Layout.fillWidth: true
                onClicked: {
                    content.entryChosen()
                    Navigation.show("home")
                    App.session.business.switchOrganisation()
                }
            }
            // Where "Wachtwoord wijzigen" would be: why it is not (a FHIR backend).
            Label {
                objectName: "menu_accountElsewhere"
                visible: Organisation.accountManagedElsewhere
                text: qsTr("Uw wachtwoord en inlogbeveiliging regelt u bij uw zorgorganisatie, niet in deze app.")
                wrapMode: Text.Wrap
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                leftPadding: Theme.margin
                rightPadding: Theme.margin
                topPadding: Theme.spacing
                bottomPadding: Theme.spacing
                Layout.fillWidth: true
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
                font.pixelSize: Theme.fontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                Layout.fillWidth: true
                Accessible.name: App.language.code === "nl" ? "Switch to English" : "Naar het Nederlands"
                onClicked: App.language.code = (App.language.code === "nl" ? "en" : "nl")
            }
            ItemDelegate {
                objectName: "menu_display"
                // The people who need it read small type least well: full size, and also
                // in every page's header ("Aa Weergave").
                text: qsTr("Weergave")
                font.pixelSize: Theme.fontSize
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
            // As in the portal's menu: which version this is, for the helpdesk.
            Label {
                objectName: "menuVersion"
                text: App.version.length > 0 ? qsTr("Versie %1").arg(App.version) : ""
                visible: text.length > 0
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                leftPadding: Theme.margin
                topPadding: Theme.spacing
                bottomPadding: Theme.margin
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
