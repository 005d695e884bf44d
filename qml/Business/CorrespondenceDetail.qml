// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One answer of "Mijn correspondentie": the project, the contact's question, the answer,
// who answered and when. Opening it marks it read (on the server; Home's count follows).
ClientDetailPage {
    id: page

    readonly property CorrespondenceModel correspondence: Business.correspondence
    required property string answerId
    // A copy: the answer stays on screen while the list changes under it.
    property var answer: ({})

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        answer = correspondence.item(answerId)
        correspondence.markRead(answerId)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.readingWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Button {
                objectName: "backButton"
                text: "\u2039 " + qsTr("Terug")
                implicitHeight: Theme.touchTarget
                Accessible.name: qsTr("Terug naar Home")
                onClicked: page.backRequested()
            }
            Heading {
                objectName: "answerHeading"
                text: qsTr("Antwoord op uw vraag")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }
            Repeater {
                model: [
                    { label: qsTr("Project"), value: page.answer.projectName ?? "" },
                    { label: qsTr("Uw vraag"), value: page.answer.question ?? "" },
                    { label: qsTr("Gesteld op"), value: page.answer.askedText ?? "" },
                    { label: qsTr("Antwoord"), value: page.answer.answer ?? "" },
                    { label: qsTr("Beantwoord door"), value: page.answer.answeredBy ?? "" },
                    { label: qsTr("Beantwoord op"), value: page.answer.answeredText ?? "" }
                ]
                delegate: DetailField {}
            }
            WrappingButton {
                objectName: "askAgainButton"
                text: qsTr("Nog een vraag stellen")
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                Layout.topMargin: Theme.spacing
                Accessible.name: qsTr("Nog een vraag stellen over een project")
                onClicked: Navigation.show("projects")
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
