// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One request: Ingediend op, Onderwerp, Bericht, Status; once answered Afgehandeld op,
// Reactie and who answered. An open request can be changed or deleted.
ClientDetailPage {
    id: page

    readonly property ContactRequestsModel requests: Client.contactRequests
    required property string requestId
    property var request: ({})
    readonly property bool done: request.done === true
    // A change of this request still waits to be sent: it can be changed again only
    // once the server has it, or has refused it.
    readonly property bool locked: request.pending === true && request.refused !== true

    function refresh() { request = requests.request(requestId) }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        refresh()
        if (done)
            requests.markSeen(requestId)
    }

    Connections {
        target: page.requests
        function onDataChanged() { page.refresh() }
        function onModelReset() {
            page.refresh()
            if (page.request.requestId === undefined)
                page.removed() // removed, or a new request got the server's id
        }
        function onQueued() {
            if (page.StackView.status === StackView.Active && page.request.pendingDelete === true)
                page.removed() // the removal waits in the list
        }
        function onRowsRemoved() {
            page.refresh()
            if (page.request.requestId === undefined)
                page.removed()
        }
    }
    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemoveRequest"
        title: qsTr("Contactverzoek verwijderen")
        text: qsTr("Weet u zeker dat u dit contactverzoek wilt verwijderen?")
        confirmText: qsTr("Verwijderen")
        onConfirmed: page.requests.remove(page.requestId)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "backButton"
                    text: "\u2039 " + qsTr("Terug")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Terug")
                    onClicked: page.backRequested()
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "editRequestButton"
                    visible: !page.done
                    enabled: !page.locked
                    text: "\u270E " + qsTr("Wijzigen")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Contactverzoek wijzigen")
                    onClicked: page.editRequested()
                }
            }
            Heading {
                text: page.request.subjectLabel ?? ""
                color: Theme.primary
                font.pixelSize: Theme.largeFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Repeater {
                model: [
                    { label: qsTr("Ingediend op"), value: page.request.createdText ?? "" },
                    { label: qsTr("Status"), value: page.request.statusText ?? "" },
                    { label: qsTr("Bericht"), value: page.request.message ?? "" },
                    { label: qsTr("Afgehandeld op"), value: page.done ? page.request.answeredText : "" },
                    { label: qsTr("Reactie"), value: page.done ? page.request.answer : "" },
                    { label: qsTr("Beantwoord door"), value: page.done ? page.request.answeredBy : "" }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    visible: modelData.value.length > 0
                    spacing: 2
                    Layout.fillWidth: true
                    Label { text: parent.modelData.label; font.bold: true }
                    Label {
                        // Server text is plain text, never markup.
                        textFormat: Text.PlainText
                        text: parent.modelData.value
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.name: parent.modelData.label + ": " + text
                    }
                }
            }

            Label {
                visible: !page.done
                text: page.locked ? qsTr("Uw wijziging wacht op verzending. Daarna kunt u de vraag weer wijzigen of verwijderen.")
                                  : qsTr("Uw vraag is nog niet beantwoord. U kunt hem nog wijzigen of verwijderen.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "removeRequestButton"
                visible: !page.done
                text: qsTr("Verwijderen")
                implicitHeight: Theme.touchTarget
                enabled: !page.requests.busy && !page.locked
                palette.buttonText: enabled ? Theme.error : Theme.mutedText
                Accessible.name: qsTr("Contactverzoek verwijderen")
                onClicked: confirmRemove.open()
            }
            StatusBanner {
                id: removeError
                isError: true
                Layout.fillWidth: true
                Connections {
                    target: page.requests
                    enabled: page.StackView.status === StackView.Active
                    function onSaveFailed(fieldErrors, message) { removeError.text = message }
                }
            }
        }
    }
}
