// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Stel een vraag aan de projectleider" (seed 004): the question goes to the project's
// Interne projectleider; the answer comes back on Home under "Mijn correspondentie" and as
// an e-mail. Under it the questions of this project that wait to be sent or were sent.
// Without a connection the question is kept and sent later (the page's QueuedDialog).
ColumnLayout {
    id: form

    readonly property ProjectQuestionsModel questions: Business.questions
    required property string projectId
    property string leadName
    property bool keptOffline: false
    property bool asking: false
    property var asked: []

    function refresh() { asked = questions.forProject(projectId) }
    function send() {
        if (!sendButton.enabled)
            return
        formError.text = ""
        keptOffline = false
        asking = true
        questions.ask(projectId, question.text)
    }

    spacing: Theme.spacing
    Component.onCompleted: refresh()

    Connections {
        target: form.questions
        function onModelReset() { form.refresh() }
        function onDataChanged() { form.refresh() }
        function onRowsInserted() { form.refresh() }
        function onRowsRemoved() { form.refresh() }
        function onQueued() { if (form.asking) form.keptOffline = true }
        function onSaved() {
            if (!form.asking)
                return
            form.asking = false
            question.reset("")
            if (!form.keptOffline)
                sentDialog.open()
            form.refresh()
        }
        function onSaveFailed(fieldErrors: var, message: string) {
            if (!form.asking)
                return
            form.asking = false
            question.serverError = fieldErrors.question ?? ""
            formError.text = question.serverError.length > 0 ? "" : message
        }
    }

    Dialog {
        id: sentDialog
        objectName: "questionSentDialog"
        title: qsTr("Verstuurd")
        modal: true
        padding: Theme.margin
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(Theme.formWidth, (parent ? parent.width : Theme.formWidth) - 2 * Theme.margin)
        // Only the keyboard closes it besides "OK": Enter and Escape.
        closePolicy: Popup.CloseOnEscape
        focus: true
        DialogKeys { dialog: sentDialog; onAccepted: sentDialog.accept() }
        // In a layout, not `width: parent.width`: see ConfirmDialog.
        ColumnLayout {
            anchors.fill: parent
            Label {
                objectName: "questionSentText"
                Layout.fillWidth: true
                text: qsTr("Uw vraag is verstuurd. Het antwoord vindt u op Home onder \"Mijn correspondentie\"; u krijgt er ook een e-mail over.")
                wrapMode: Text.Wrap
            }
        }
        footer: Item {
            implicitHeight: ok.implicitHeight + 2 * Theme.spacing
            PrimaryButton {
                id: ok
                objectName: "questionSentOk"
                text: qsTr("OK")
                implicitWidth: Math.max(96, implicitContentWidth + 2 * Theme.spacing)
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                onClicked: sentDialog.accept()
            }
        }
    }

    Heading {
        text: qsTr("Stel een vraag aan de projectleider")
        fittedPixelSize: Theme.largeFontSize
        font.bold: true
        Layout.fillWidth: true
    }
    Label {
        text: form.leadName.length > 0
              ? qsTr("Uw vraag gaat direct naar %1. U krijgt zo spoedig mogelijk antwoord.").arg(form.leadName)
              : qsTr("Uw vraag gaat direct naar de projectleider. U krijgt zo spoedig mogelijk antwoord.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    FormField {
        id: question
        objectName: "questionField"
        label: qsTr("Uw vraag")
        multiline: true
        error: form.questions.questionError(text)
        Layout.fillWidth: true
    }
    Label {
        id: formError
        objectName: "questionFormError"
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    PrimaryButton {
        id: sendButton
        objectName: "sendQuestionButton"
        text: form.asking ? qsTr("Bezig…") : qsTr("Vraag versturen")
        enabled: !form.asking && question.text.trim().length > 0 && question.error.length === 0
        Layout.fillWidth: true
        Layout.maximumWidth: Math.max(implicitWidth, 240)
        Accessible.name: qsTr("Vraag versturen aan de projectleider")
        onClicked: form.send()
    }
    // Ctrl+Enter sends from the question field (Enter alone starts a new line there).
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: question.input.activeFocus
        onActivated: form.send()
    }

    Heading {
        visible: form.asked.length > 0
        text: qsTr("Uw vragen over dit project")
        fittedPixelSize: Theme.fontSize
        font.bold: true
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
    Repeater {
        objectName: "askedQuestions"
        model: form.asked
        delegate: Pane {
            id: asked
            required property var modelData
            required property int index
            objectName: "askedQuestion_" + index
            Layout.fillWidth: true
            padding: Theme.spacing
            background: Rectangle {
                color: asked.modelData.pending === true ? Theme.noticeBackground : Theme.surface
                border.color: asked.modelData.refused === true ? Theme.error : "transparent"
                border.width: asked.modelData.refused === true ? 3 : 0
                radius: Theme.radius
            }
            Accessible.role: Accessible.StaticText
            Accessible.name: questionText.text + ", " + state.text
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 2
                Label {
                    id: questionText
                    text: asked.modelData.question ?? ""
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    id: state
                    objectName: "askedState"
                    text: asked.modelData.pending === true
                          ? asked.modelData.pendingText
                          : qsTr("Verstuurd op %1").arg(asked.modelData.askedText ?? "")
                    color: asked.modelData.refused === true ? Theme.error : Theme.mutedText
                    font.pixelSize: Theme.smallFontSize
                    font.bold: asked.modelData.pending === true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "discardQuestion"
                    visible: asked.modelData.refused === true
                    text: qsTr("Weggooien")
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("Vraag weggooien die niet is verstuurd")
                    onClicked: form.questions.discardPending(asked.modelData.entryId)
                }
            }
        }
    }
}
