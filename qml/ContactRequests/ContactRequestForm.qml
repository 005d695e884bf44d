// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Nieuw contactverzoek": "Ik wil het volgende melden", Onderwerp and Bericht. Sending
// confirms "Het contactverzoek is verstuurd."; the same form changes an open request.
ClientFormPage {
    id: page

    readonly property ContactRequestsModel requests: Client.contactRequests
    required property string requestId
    readonly property bool isNew: requestId.length === 0
    property var original: ({})
    property bool keptOffline: false

    function load() {
        original = requests.request(requestId)
        subjectBox.currentIndex = isNew ? -1 : subjectBox.indexOfValue(original.subject ?? "")
        message.reset(original.message ?? "")
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        load()
        App.startTypingIn(subjectBox)
    }

    Connections {
        target: page.requests
        enabled: page.StackView.status === StackView.Active
        // Kept offline: the page says "Bewaard" instead of "Verstuurd".
        function onQueued() { page.keptOffline = true }
        function onSaved() {
            if (page.isNew && !page.keptOffline)
                sentDialog.open()
            else
                page.done()
        }
        function onSaveFailed(fieldErrors, text) {
            subjectError.text = fieldErrors.subject ?? ""
            message.serverError = fieldErrors.message ?? ""
            formError.text = Object.keys(fieldErrors).length > 0 ? "" : text
        }
    }

    Dialog {
        id: sentDialog
        objectName: "sentDialog"
        title: qsTr("Verstuurd")
        modal: true
        padding: Theme.margin
        anchors.centerIn: Overlay.overlay
        width: Math.min(420, (parent ? parent.width : 420) - 2 * Theme.margin)
        // Only the keyboard closes it besides "Ok": Enter and Escape (a tap beside it does not).
        closePolicy: Popup.CloseOnEscape
        focus: true
        DialogKeys { dialog: sentDialog; onAccepted: sentDialog.accept() }
        // In a layout, not `width: parent.width`: see ConfirmDialog.
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                text: qsTr("Het contactverzoek is verstuurd.")
                wrapMode: Text.Wrap
            }
        }
        footer: Item {
            implicitHeight: ok.implicitHeight + 2 * Theme.spacing
            PrimaryButton {
                id: ok
                objectName: "sentOkButton"
                text: qsTr("Ok")
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                onClicked: sentDialog.accept()
            }
        }
        onAccepted: page.done()
        onRejected: page.done()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Heading {
                text: page.isNew ? qsTr("Nieuw contactverzoek") : qsTr("Contactverzoek wijzigen")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Ik wil het volgende melden")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FieldLabel { text: qsTr("Onderwerp"); Layout.fillWidth: true }
            WrappingComboBox {
                id: subjectBox
                objectName: "subjectBox"
                model: page.requests.subjects
                textRole: "label"
                valueRole: "code"
                displayText: currentIndex < 0 ? qsTr("Kies een onderwerp") : currentText
                Layout.fillWidth: true
                Accessible.name: qsTr("Onderwerp")
                onActivated: subjectError.text = ""
            }
            Label {
                id: subjectError
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormField {
                id: message
                objectName: "messageField"
                label: qsTr("Bericht")
                multiline: true
                error: page.requests.messageError(text)
                Layout.fillWidth: true
            }
            Label {
                id: formError
                objectName: "requestFormError"
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ButtonRow {
                Layout.fillWidth: true
                Button {
                    text: qsTr("Annuleren")
                    implicitHeight: Theme.touchTarget
                    enabled: !page.requests.busy
                    onClicked: page.done()
                }
                PrimaryButton {
                    objectName: "sendRequestButton"
                    text: page.requests.busy ? qsTr("Bezig…")
                                             : page.isNew ? qsTr("Versturen") : qsTr("Opslaan")
                    Layout.fillWidth: true
                    enabled: subjectBox.currentIndex >= 0 && message.error.length === 0
                             && !page.requests.busy
                    onClicked: page.requests.save(page.requestId, subjectBox.currentValue, message.text)
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
