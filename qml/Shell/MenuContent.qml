import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The portal's menu, in the portal's order. An entry shows only when the app has the
// screen and the organisation offers the feature: no placeholder pages. The same content
// sits in a drawer on narrow screens and beside the page on wide ones.
ColumnLayout {
    id: content

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

            MenuEntry { page: "home"; text: qsTr("Home"); onChosen: content.entryChosen() }
            MenuEntry { page: "contactDetails"; text: qsTr("Mijn contactdetails"); visible: App.hasContactDetails; onChosen: content.entryChosen() }
            MenuEntry { page: "contactPersons"; text: qsTr("Contactpersonen"); visible: App.hasContactPersons; onChosen: content.entryChosen() }
            MenuEntry { page: "planning"; text: qsTr("Planning"); visible: App.hasPlanning; onChosen: content.entryChosen() }
            MenuEntry { page: "dossier"; text: qsTr("Cliëntdossier"); visible: App.hasDossier; onChosen: content.entryChosen() }
            MenuEntry { page: "contactRequests"; text: qsTr("Contact zorgorganisatie"); visible: App.hasContactRequests; onChosen: content.entryChosen() }
            MenuEntry { page: "absence"; text: qsTr("Afwezigheid"); visible: App.hasAbsence; onChosen: content.entryChosen() }
            MenuEntry { page: "password"; text: qsTr("Wachtwoord wijzigen"); visible: App.hasChangePassword; onChosen: content.entryChosen() }
            MenuEntry { page: "security"; text: qsTr("Accountbeveiliging"); visible: App.hasAccountSecurity; onChosen: content.entryChosen() }
            MenuEntry { page: "accessLog"; text: qsTr("Wie heeft mijn gegevens ingezien"); visible: App.hasAccessLog; onChosen: content.entryChosen() }

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
            ItemDelegate {
                objectName: "menu_about"
                text: qsTr("Over CarePortal")
                font.pixelSize: Theme.smallFontSize
                focusPolicy: Qt.StrongFocus
                implicitHeight: Theme.touchTarget
                leftPadding: Theme.margin
                Layout.fillWidth: true
                onClicked: {
                    content.entryChosen()
                    Navigation.aboutRequested()
                }
            }
        }
    }
}
