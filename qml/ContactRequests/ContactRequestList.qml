pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The requests, newest first, with date, subject and Openstaand / Afgerond; older ones
// with "Laad meer contactverzoeken".
Page {
    id: page

    readonly property ContactRequestsModel requests: Client.contactRequests
    signal openRequested(string id)
    signal newRequested()
    signal editRequested(string id)

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        IntroBar {
            Layout.fillWidth: true
            text: qsTr("Stel een vraag aan %1. U ziet hier ook het antwoord.").arg(Organisation.name)
            Button {
                id: newButton
                objectName: "newRequestButton"
                text: "+ " + qsTr("Nieuw")
                font.pixelSize: Theme.fontSize
                implicitHeight: Theme.touchTarget
                enabled: page.requests.status === ClientListModel.Ready
                Accessible.name: qsTr("Nieuw contactverzoek")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
                onClicked: page.newRequested()
            }
        }

        ListFreshness {
            model: page.requests
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "contactRequestsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 1
            model: page.requests
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                id: row
                required property string requestId
                required property string subjectLabel
                required property string createdText
                required property string statusText
                required property bool done
                required property bool pending
                required property bool refused
                required property bool conflict
                required property bool pendingDelete
                required property bool correctable
                required property string pendingText
                required property double entryId

                width: ListView.view.width
                implicitHeight: Math.max(Theme.touchTarget + 16, implicitContentHeight + topPadding + bottomPadding)
                background: Rectangle {
                    color: row.down ? Theme.todayBackground : (row.pending ? Theme.noticeBackground : Theme.surface)
                    border.color: row.refused ? Theme.error : "transparent"
                    border.width: row.refused ? 3 : 0
                }
                Accessible.name: createdText + ", " + subjectLabel + ", "
                                 + (pending ? pendingText : statusText)
                onClicked: page.openRequested(requestId)

                contentItem: ColumnLayout {
                  spacing: Theme.spacing / 2
                  RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 0 // wrap, never push the row wider
                        spacing: 2
                        Label {
                            text: row.subjectLabel
                            font.bold: true
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: row.createdText
                            color: Theme.mutedText
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        visible: !row.pending
                        text: row.statusText
                        color: row.done ? Theme.textOnPrimary : Theme.text
                        font.pixelSize: Theme.smallFontSize
                        padding: 6
                        background: Rectangle {
                            color: row.done ? Theme.success : Theme.noticeBackground
                            radius: Theme.radius
                        }
                    }
                    Label { text: "\u203A"; font.pixelSize: Theme.largeFontSize; color: Theme.mutedText }
                  }
                  PendingChange {
                    model: page.requests
                    pending: row.pending
                    refused: row.refused
                    conflict: row.conflict
                    pendingDelete: row.pendingDelete
                    correctable: row.correctable
                    pendingText: row.pendingText
                    entryId: row.entryId
                    Layout.fillWidth: true
                    onCorrectRequested: page.editRequested(row.requestId)
                  }
                }
            }

            ListState {
                anchors.fill: parent
                model: page.requests
                count: list.count
                emptyText: qsTr("U heeft nog geen contactverzoeken. Stel een vraag met de knop Nieuw.")
            }
        }

        // Below the list, not in it: always in view, however long the list.
        WrappingButton {
            objectName: "loadMoreButton"
            visible: page.requests.hasMore
            enabled: !page.requests.loadingMore
            text: page.requests.loadingMore ? qsTr("Bezig…") : qsTr("Laad meer contactverzoeken")
            font.pixelSize: Theme.fontSize
            Layout.fillWidth: true
            Layout.maximumWidth: implicitWidth
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.requests.loadMore()
        }
    }
}
