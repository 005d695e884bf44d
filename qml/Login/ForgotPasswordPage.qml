// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Wachtwoord vergeten?": user name and e-mail address, then the code from the e-mail and a
// new password under the same rules as everywhere (live checklist), then back to login.
Page {
    id: page

    readonly property PasswordReset reset: App.passwordReset

    background: Rectangle { color: Theme.background }

    function back() {
        reset.restart()
        Navigation.loginPage = "login"
    }

    // Typing starts in the first field of the step shown (a careportal:// link opens the
    // second step, with the code filled in).
    function startTyping() {
        if (reset.step === PasswordReset.Request)
            App.startTypingIn(username)
        else if (reset.step === PasswordReset.Confirm)
            App.startTypingIn(code.text.length > 0 ? next.input : code)
    }
    readonly property int step: reset.step
    onStepChanged: typingTimer.restart()
    // Once the step's fields are visible (the next turn of the event loop).
    Timer {
        id: typingTimer
        interval: 0
        onTriggered: page.startTyping()
    }
    Component.onCompleted: startTyping()

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin }
            Heading {
                Layout.fillWidth: true
                text: qsTr("Wachtwoord vergeten?")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
            }

            // Step 1: who are you?
            ColumnLayout {
                visible: page.reset.step === PasswordReset.Request
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Vul uw gebruikersnaam en uw e-mailadres in. Als ze bij elkaar horen, sturen wij u een code om een nieuw wachtwoord in te stellen.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                FieldLabel { text: qsTr("Gebruikersnaam"); Layout.fillWidth: true }
                TextField {
                    id: username
                    objectName: "resetUsernameField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Gebruikersnaam")
                    onAccepted: email.forceActiveFocus()
                }
                FieldLabel { text: qsTr("E-mailadres"); Layout.fillWidth: true }
                TextField {
                    id: email
                    objectName: "resetEmailField"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("E-mailadres")
                    onAccepted: page.reset.requestCode(username.text, email.text)
                }
                PrimaryButton {
                    objectName: "sendCodeButton"
                    text: qsTr("Stuur mij een code")
                    enabled: !page.reset.busy && username.text.trim().length > 0 && email.text.trim().length > 0
                    Layout.fillWidth: true
                    onClicked: page.reset.requestCode(username.text, email.text)
                }
            }

            // Step 2: the code and the new password.
            ColumnLayout {
                visible: page.reset.step === PasswordReset.Confirm
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    objectName: "codeSentLabel"
                    text: qsTr("Als de gegevens kloppen, ontvangt u binnen enkele minuten een e-mail met een code. De code is 15 minuten geldig.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                FieldLabel { text: qsTr("Code uit de e-mail"); Layout.fillWidth: true }
                TextField {
                    id: code
                    objectName: "resetCodeField"
                    text: page.reset.linkCode // filled in when a careportal:// link opened it
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    inputMethodHints: Qt.ImhDigitsOnly
                    maximumLength: 8
                    Accessible.name: qsTr("Code uit de e-mail")
                    onAccepted: next.input.forceActiveFocus()
                }
                PasswordField {
                    id: next
                    objectName: "resetNewPasswordField"
                    label: qsTr("Nieuw wachtwoord")
                    Layout.fillWidth: true
                    onAccepted: repeat.input.forceActiveFocus()
                }
                PasswordField {
                    id: repeat
                    objectName: "resetRepeatPasswordField"
                    label: qsTr("Herhaal wachtwoord")
                    Layout.fillWidth: true
                }
                PasswordChecklist {
                    id: checklist
                    password: next.text
                    repeat: repeat.text
                    Layout.fillWidth: true
                }
                PrimaryButton {
                    objectName: "setPasswordButton"
                    text: qsTr("Stel nieuw wachtwoord in")
                    enabled: !page.reset.busy && checklist.satisfied && code.text.trim().length === 8
                    Layout.fillWidth: true
                    onClicked: page.reset.confirm(code.text, next.text)
                }
            }

            // Step 3: done.
            StatusBanner {
                objectName: "resetDoneBanner"
                text: page.reset.step === PasswordReset.Done
                      ? qsTr("Uw nieuwe wachtwoord is ingesteld. U kunt nu inloggen.") : ""
                Layout.fillWidth: true
            }

            Label {
                objectName: "resetError"
                text: page.reset.errorMessage
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }
            BusyIndicator {
                running: page.reset.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
            WrappingButton {
                objectName: "backToLoginButton"
                text: page.reset.step === PasswordReset.Done ? qsTr("Naar inloggen") : qsTr("Terug naar inloggen")
                font.pixelSize: Theme.fontSize
                Layout.alignment: Qt.AlignHCenter
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: page.back()
            }
        }
    }
}
