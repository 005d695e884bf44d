// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Over CarePortal": which version this is (what the organisation's helpdesk asks first),
// for which organisation, and the licences of the libraries inside it. A page of the page
// table after login; before login the login screen opens it, with a way back.
Page {
    id: page
    objectName: "aboutPage"

    // Before login: the way back to the login screen.
    readonly property bool beforeLogin: App.session.state !== Session.LoggedIn
    // The GPL's full text while it is shown; empty (and not held in memory) otherwise.
    property string licenceText: ""

    // The licence file is set at 70-odd columns; its lines are joined into paragraphs so
    // that the text wraps to the window, not to the file. Blank lines stay paragraph breaks.
    function readableLicence(): string {
        return App.licenceText().replace(/([^\n])\n(?=[^\n])/g, "$1 ")
    }

    // The libraries the app ships with or loads, what each does here, and its licence.
    readonly property var components: [
        { name: "Qt 6", licence: "LGPL-3.0", purpose: qsTr("vensters, schermen, netwerk en opslag") },
        { name: "Qt Virtual Keyboard", licence: "GPL-3.0", purpose: qsTr("het schermtoetsenbord op tablets en kiosken") },
        { name: "Qt TextToSpeech", licence: "LGPL-3.0", purpose: qsTr("voorlezen van de planning") },
        { name: "QtKeychain", licence: "BSD-3-Clause", purpose: qsTr("het veilig bewaren van de inlog in de sleutelbos") },
        { name: "SQLite", licence: qsTr("publiek domein"), purpose: qsTr("de planning om offline te lezen") },
        { name: "libsodium", licence: "ISC", purpose: qsTr("versleuteling van wat op deze computer blijft") },
        { name: "libqrencode", licence: "LGPL-2.1-or-later", purpose: qsTr("de QR-code voor de tweestapsverificatie") },
        { name: "libical", licence: "LGPL-2.1 / MPL-2.0", purpose: qsTr("de planning als agendabestand (.ics)") },
        { name: "DejaVu fonts", licence: qsTr("vrije lettertypelicentie (Bitstream Vera)"), purpose: qsTr("de letters") },
    ]

    background: Rectangle { color: Theme.background }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, scroll.availableWidth - 2 * Theme.margin)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            WrappingButton {
                objectName: "aboutBackButton"
                visible: page.beforeLogin
                flat: true
                text: qsTr("Terug naar inloggen")
                font.pixelSize: Theme.fontSize
                leftPadding: 0
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: Navigation.loginPage = "login"
            }
            Heading {
                visible: page.beforeLogin
                text: qsTr("Over CarePortal")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "aboutVersion"
                text: App.version.length > 0 ? qsTr("Versie %1").arg(App.version) : ""
                visible: text.length > 0
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: Organisation.name.length > 0
                      ? qsTr("Cliëntportaal van %1. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.").arg(Organisation.name)
                      : qsTr("Cliëntportaal voor thuiszorg. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Heading {
                text: qsTr("Licentie")
                font.pixelSize: Theme.fontSize
                font.bold: true
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
            }
            Label {
                objectName: "aboutOwnLicence"
                text: qsTr("CarePortal is vrije software: u mag het gebruiken, verder verspreiden en aanpassen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). CarePortal komt zonder enige garantie.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            WrappingButton {
                objectName: "aboutLicenceTextButton"
                text: page.licenceText.length > 0 ? qsTr("Licentietekst verbergen")
                                                  : qsTr("Licentietekst lezen (Engels)")
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: page.licenceText = page.licenceText.length > 0 ? "" : page.readableLicence()
            }
            Label {
                objectName: "aboutLicenceText"
                visible: text.length > 0
                text: page.licenceText
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Heading {
                text: qsTr("Licenties")
                font.pixelSize: Theme.fontSize
                font.bold: true
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("CarePortal is gebouwd met deze vrije software:")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: page.components
                delegate: Label {
                    required property var modelData
                    objectName: "licence_" + modelData.name
                    text: "<b>" + modelData.name + "</b> \u2013 " + modelData.licence + "<br>" + modelData.purpose
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    Accessible.name: modelData.name + ", " + modelData.licence + ": " + modelData.purpose
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("De volledige licentieteksten staan in /usr/share/doc bij elk pakket.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
