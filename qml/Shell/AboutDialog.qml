import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Over CarePortal": which version this is (what the organisation's helpdesk asks first),
// for which organisation, and the licences of the libraries inside it.
Dialog {
    id: dialog
    objectName: "aboutDialog"

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

    title: qsTr("Over CarePortal")
    padding: Theme.margin
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.readingWidth, (parent ? parent.width : 600) - 2 * Theme.spacing)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.spacing)
    font.pixelSize: Theme.fontSize

    header: Heading {
        text: dialog.title
        font.pixelSize: Theme.largeFontSize
        font.bold: true
        padding: Theme.margin
        bottomPadding: 0
        wrapMode: Text.Wrap
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.spacing

            Label {
                objectName: "aboutVersion"
                text: App.version.length > 0 ? qsTr("Versie %1").arg(App.version) : ""
                visible: text.length > 0
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: App.organisationName.length > 0
                      ? qsTr("Cliëntportaal van %1. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.").arg(App.organisationName)
                      : qsTr("Cliëntportaal voor thuiszorg. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.")
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
                model: dialog.components
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
        }
    }

    footer: Item {
        implicitHeight: closeButton.implicitHeight + 2 * Theme.spacing
        PrimaryButton {
            id: closeButton
            objectName: "aboutCloseButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Sluiten")
            implicitWidth: Math.max(Theme.touchTarget * 2, implicitContentWidth + 2 * Theme.spacing)
            onClicked: dialog.close()
        }
    }
}
