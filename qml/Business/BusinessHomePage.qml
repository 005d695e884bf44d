// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// Home of the business portal (seed 004): a greeting with the customer organisation,
// "Mijn correspondentie" (the answers to project questions not read yet, each opened on
// the stack), the care organisation's contact details and "Stel een vraag", which leads
// to Projecten: a question is asked about a project, to its projectleider.
Page {
    id: page

    background: Rectangle { color: Theme.background }
    Component.onCompleted: Business.correspondence.reload()

    // Loaded again whenever the list is reset while this page shows (the account read
    // again just after login, a switch of organisation): it stayed empty otherwise.
    LoadWhenIdle { model: Business.correspondence }

    StackView {
        id: stack
        objectName: "businessHomeStack"
        anchors.fill: parent
        initialItem: Page {
            background: Rectangle { color: Theme.background }

            ScrollView {
                anchors.fill: parent
                contentWidth: availableWidth

                ColumnLayout {
                    width: Math.min(720, parent.width - 2 * Theme.margin)
                    x: (parent.width - width) / 2
                    y: Theme.margin
                    spacing: Theme.spacing * 1.5

                    // "Uw wachtwoord is gewijzigd.": said once, here, as on the client's Home.
                    StatusBanner {
                        objectName: "homeConfirmation"
                        text: App.session.confirmation
                        isSuccess: true
                        actionText: qsTr("Sluiten")
                        onActionTriggered: App.session.clearConfirmation()
                        Layout.fillWidth: true
                    }
                    Heading {
                        objectName: "welcomeLabel"
                        text: qsTr("Welkom %1").arg(App.session.displayName)
                        fittedPixelSize: Theme.titleFontSize
                        font.bold: true
                        color: Theme.primary
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "organisationLabel"
                        text: qsTr("U werkt in het klantenportaal voor %1.").arg(App.session.business.organisationName)
                        font.pixelSize: Theme.largeFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    StatusBanner {
                        text: App.session.notice
                        actionText: qsTr("Sluiten")
                        onActionTriggered: App.session.clearNotice()
                        Layout.fillWidth: true
                    }

                    CorrespondenceList {
                        objectName: "correspondenceCard"
                        Layout.fillWidth: true
                        onOpenRequested: (id) => stack.push(answerPage, { answerId: id })
                    }

                    Pane {
                        objectName: "organisationContactCard"
                        Layout.fillWidth: true
                        padding: Theme.margin
                        background: Rectangle { color: Theme.surface; radius: Theme.radius }
                        ColumnLayout {
                            anchors.left: parent.left
                            anchors.right: parent.right
                            spacing: Theme.spacing
                            Heading {
                                text: qsTr("Contact met %1").arg(Organisation.name)
                                fittedPixelSize: Theme.largeFontSize
                                font.bold: true
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                objectName: "organisationPhone"
                                visible: Organisation.phone.length > 0
                                text: qsTr("Telefoon: %1").arg(Organisation.phone)
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            Label {
                                text: qsTr("Heeft u een vraag over een project? Stel hem direct aan de projectleider: kies het project en schrijf uw vraag.")
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            WrappingButton {
                                objectName: "askQuestionButton"
                                text: qsTr("Stel een vraag")
                                Layout.fillWidth: true
                                Layout.maximumWidth: implicitWidth
                                Accessible.name: qsTr("Stel een vraag over een project")
                                onClicked: Navigation.show("projects")
                            }
                        }
                    }
                    Item { implicitHeight: Theme.margin }
                }
            }
        }
    }
    Component {
        id: answerPage
        CorrespondenceDetail {
            onBackRequested: stack.pop()
        }
    }
}
