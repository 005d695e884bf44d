// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The requests, newest first, with date, subject and Openstaand / Afgerond; older ones
// with "Laad meer contactverzoeken".
ClientListPage {
    id: page

    readonly property ContactRequestsModel requests: Client.contactRequests

    listModel: requests
    introText: qsTr("Stel een vraag aan %1. U ziet hier ook het antwoord.").arg(Organisation.name)
    addText: qsTr("Nieuw")
    addDescription: qsTr("Nieuw contactverzoek")
    addButtonObjectName: "newRequestButton"
    listObjectName: "contactRequestsList"
    emptyText: qsTr("U heeft nog geen contactverzoeken. Stel een vraag met de knop Nieuw.")

    delegate: ClientRow {
        id: row
        required property string requestId
        required property string subjectLabel
        required property string createdText
        required property string statusText
        required property bool done

        listModel: page.listModel
        Accessible.name: createdText + ", " + subjectLabel + ", "
                         + (pending ? pendingText : statusText)
        onClicked: page.openRequested(requestId)
        onCorrectRequested: page.editRequested(requestId)

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
