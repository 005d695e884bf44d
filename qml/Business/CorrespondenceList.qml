// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn correspondentie" on Home (seed 004): the open communication with the care
// organisation, i.e. the answers to the contact's questions about projects not read yet.
// A tap opens one (and marks it read); "Ook gelezen antwoorden tonen" brings back the rest.
Pane {
    id: card

    readonly property CorrespondenceModel correspondence: Business.correspondence
    property bool showRead: false
    signal openRequested(string id)

    padding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: card.correspondence.unread > 0 ? Theme.accent : "transparent"
        border.width: card.correspondence.unread > 0 ? Theme.borderWidth : 0
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Heading {
            objectName: "correspondenceHeading"
            text: qsTr("Mijn correspondentie")
            fittedPixelSize: Theme.largeFontSize
            font.bold: true
            Layout.fillWidth: true
        }
        Label {
            objectName: "unreadCount"
            visible: card.correspondence.status === ClientListModel.Ready || card.correspondence.unread > 0
            text: card.correspondence.unread > 0
                  ? qsTr("U heeft %n nieuwe antwoorden op uw vragen.", "", card.correspondence.unread)
                  : qsTr("Er zijn geen nieuwe antwoorden op uw vragen.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListFreshness {
            model: card.correspondence
            visible: card.correspondence.offline
            Layout.fillWidth: true
        }
        BusyIndicator {
            objectName: "correspondenceBusy"
            running: card.correspondence.status === ClientListModel.Loading && repeater.count === 0
            visible: running
            Accessible.name: qsTr("Bezig met laden")
        }
        StatusBanner {
            objectName: "correspondenceError"
            text: card.correspondence.status === ClientListModel.Error ? card.correspondence.errorMessage : ""
            isError: true
            actionText: qsTr("Opnieuw proberen")
            onActionTriggered: card.correspondence.reload()
            Layout.fillWidth: true
        }

        Repeater {
            id: repeater
            model: card.correspondence
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string itemId
                required property string projectName
                required property string question
                required property string answeredBy
                required property string answeredText
                required property var read

                readonly property bool unread: read !== true
                objectName: "correspondence_" + index
                visible: unread || card.showRead
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + topPadding + bottomPadding)
                padding: Theme.spacing
                background: Rectangle {
                    color: row.down ? Theme.todayBackground : row.unread ? Theme.noticeBackground : Theme.background
                    radius: Theme.radius
                }
                Accessible.name: (unread ? qsTr("Nieuw antwoord") : qsTr("Gelezen antwoord")) + ", "
                                 + qsTr("%1, beantwoord op %2 door %3").arg(projectName).arg(answeredText).arg(answeredBy)
                onClicked: card.openRequested(itemId)

                contentItem: RowLayout {
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0 // wrap, never push the row wider
                        spacing: 2
                        Label {
                            text: row.projectName
                            textFormat: Text.PlainText
                            font.bold: row.unread
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.question
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Beantwoord op %1 door %2").arg(row.answeredText).arg(row.answeredBy)
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallFontSize
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
                }
            }
        }
        Switch {
            id: showReadSwitch
            objectName: "showReadSwitch"
            visible: repeater.count > card.correspondence.unread
            text: qsTr("Ook gelezen antwoorden tonen")
            checked: card.showRead
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: text
            onToggled: card.showRead = checked
            contentItem: FittedText {
                text: showReadSwitch.text
                fittedPixelSize: Theme.fontSize
                leftPadding: showReadSwitch.indicator.width + showReadSwitch.spacing
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
