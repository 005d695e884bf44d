import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The portal's menu, in the portal's order. An entry shows only when the app has the
// screen and the organisation offers the feature: no placeholder pages.
Drawer {
    id: drawer

    signal logoutRequested()

    width: Math.min(320, parent ? parent.width * 0.85 : 320)

    background: Rectangle { color: Theme.surface }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 96
            color: Theme.primary
            Label {
                anchors.fill: parent
                anchors.margins: Theme.margin
                text: App.session.displayName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.largeFontSize
                font.bold: true
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
        }

        MenuEntry { page: "home"; text: qsTr("Home") }
        MenuEntry { page: "contactDetails"; text: qsTr("Mijn contactdetails"); visible: App.hasContactDetails }
        MenuEntry { page: "contactPersons"; text: qsTr("Contactpersonen"); visible: App.hasContactPersons }
        MenuEntry { page: "planning"; text: qsTr("Planning"); visible: App.hasPlanning }
        MenuEntry { page: "dossier"; text: qsTr("Cliëntdossier"); visible: App.hasDossier }
        MenuEntry { page: "contactRequests"; text: qsTr("Contact zorgorganisatie"); visible: App.hasContactRequests }
        MenuEntry { page: "absence"; text: qsTr("Afwezigheid"); visible: App.hasAbsence }
        MenuEntry { page: "password"; text: qsTr("Wachtwoord wijzigen"); visible: App.hasChangePassword }
        MenuEntry { page: "security"; text: qsTr("Accountbeveiliging"); visible: App.hasAccountSecurity }
        MenuEntry { page: "accessLog"; text: qsTr("Wie heeft mijn gegevens ingezien"); visible: App.hasAccessLog }

        ItemDelegate {
            objectName: "menu_switchClient"
            visible: App.session.clients.length > 1
            text: qsTr("Wissel van cliënt")
            font.pixelSize: Theme.fontSize
            implicitHeight: Theme.touchTarget + 8
            leftPadding: Theme.margin
            Layout.fillWidth: true
            onClicked: {
                drawer.close()
                Navigation.show("home")
                App.session.switchClient()
            }
        }
        ItemDelegate {
            objectName: "menu_logout"
            text: qsTr("Uitloggen")
            font.pixelSize: Theme.fontSize
            implicitHeight: Theme.touchTarget + 8
            leftPadding: Theme.margin
            Layout.fillWidth: true
            onClicked: drawer.logoutRequested()
        }

        Item { Layout.fillHeight: true }

        ItemDelegate {
            objectName: "languageSwitch"
            text: App.language.code === "nl" ? "English" : "Nederlands"
            font.pixelSize: Theme.smallFontSize
            implicitHeight: Theme.touchTarget
            leftPadding: Theme.margin
            Layout.fillWidth: true
            Accessible.name: App.language.code === "nl" ? "Switch to English" : "Naar het Nederlands"
            onClicked: App.language.code = (App.language.code === "nl" ? "en" : "nl")
        }
        Label {
            text: qsTr("Versie: %1").arg(App.version)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            Layout.margins: Theme.margin
        }
    }
}
