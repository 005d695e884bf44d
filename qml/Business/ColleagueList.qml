// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn contactpersonen" (seed 004): the organisation's contacts by surname with function,
// e-mail and the badges "Beheerder" and "Geen toegang". A beheerder adds one with
// "Toevoegen contactpersoon"; a medewerker sees the list only.
Page {
    id: page

    readonly property BusinessContactsModel colleagues: Business.colleagues
    readonly property bool manages: App.session.business.administrator
    signal backRequested()
    signal openRequested(string id)
    signal addRequested()

    objectName: "colleagueList"
    background: Rectangle { color: Theme.background }
    StackView.onActivated: backButton.forceActiveFocus(Qt.OtherFocusReason)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                id: backButton
                objectName: "backButton"
                text: "\u2039 " + qsTr("Terug")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug")
                onClicked: page.backRequested()
            }
            WrappingButton {
                objectName: "addColleagueButton"
                width: Math.min(implicitWidth, parent.width)
                visible: page.manages
                text: "+ " + qsTr("Toevoegen contactpersoon")
                implicitHeight: Theme.touchTarget
                enabled: page.colleagues.status === ClientListModel.Ready
                Accessible.name: qsTr("Toevoegen contactpersoon")
                onClicked: page.addRequested()
            }
        }
        Heading {
            text: qsTr("Mijn contactpersonen")
            color: Theme.primary
            fittedPixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: page.manages
                  ? qsTr("De contactpersonen van uw organisatie. Kies er een om de gegevens en rechten te zien of te wijzigen.")
                  : qsTr("De contactpersonen van uw organisatie. Alleen een beheerder kan ze wijzigen.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListFreshness {
            model: page.colleagues
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "colleaguesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.colleagues
            ScrollBar.vertical: ScrollBar {}

            delegate: ClientRow {
                id: row
                required property string itemId
                required property string displayName
                required property string functionLabel
                required property string email
                required property bool administrator
                required property bool portalUser

                listModel: page.colleagues
                Accessible.name: displayName
                                 + (functionLabel.length > 0 ? ", " + functionLabel : "")
                                 + (email.length > 0 ? ", " + email : "")
                                 + (administrator ? ", " + qsTr("beheerder") : "")
                                 + (portalUser ? "" : ", " + qsTr("geen toegang tot het klantportaal"))
                                 + (pending ? ", " + pendingText : "")
                onClicked: page.openRequested(itemId)
                onCorrectRequested: page.openRequested(itemId)

                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0 // wrap, never push the row wider
                        spacing: 2
                        FittedText {
                            text: row.displayName
                            fittedPixelSize: Theme.fontSize
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        FittedText {
                            visible: text.length > 0
                            fittedPixelSize: Theme.fontSize
                            text: row.functionLabel + (row.functionLabel.length > 0 && row.email.length > 0 ? "  ·  " : "") + row.email
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                        Flow {
                            visible: row.administrator || !row.portalUser
                            spacing: Theme.spacing / 2
                            Layout.fillWidth: true
                            Label {
                                objectName: "administratorBadge"
                                visible: row.administrator
                                text: qsTr("Beheerder")
                                color: Theme.textOnPrimary
                                font.pixelSize: Theme.smallFontSize
                                padding: 6
                                background: Rectangle { color: Theme.primary; radius: Theme.radius }
                            }
                            Label {
                                objectName: "noAccessBadge"
                                visible: !row.portalUser
                                text: qsTr("Geen toegang")
                                color: Theme.text
                                font.pixelSize: Theme.smallFontSize
                                padding: 6
                                background: Rectangle { color: Theme.noticeBackground; border.color: Theme.divider; radius: Theme.radius }
                            }
                        }
                    }
                    Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
                }
            }

            ListState {
                anchors.fill: parent
                model: page.colleagues
                count: list.count
                emptyText: qsTr("Er zijn nog geen contactpersonen.")
            }
        }
    }
}
