// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Inloggen voor cliënten": username (the e-mail address), password, the organisation
// already filled in, one button.
Page {
    id: page

    background: Rectangle { color: Theme.background }

    function submit() {
        App.session.login(username.text, password.text)
    }

    Component.onCompleted: App.startTypingIn(username)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            // Language, text size and "Over" first, at the top: a notice above the form (a
            // password changed, logged out everywhere) can no longer push them out of the
            // window, and whoever needs larger text finds it before anything else.
            Flow {
                objectName: "loginTopBar"
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignRight
                Layout.maximumWidth: parent.width

                Button {
                    objectName: "loginLanguageSwitch"
                    flat: true
                    text: App.language.code === "nl" ? "English" : "Nederlands"
                    implicitHeight: Theme.touchTarget
                    Accessible.name: App.language.code === "nl" ? "Switch to English" : "Naar het Nederlands"
                    onClicked: App.language.code = (App.language.code === "nl" ? "en" : "nl")
                }
                // Before logging in: the text may be too small to read the form at all.
                Button {
                    objectName: "loginDisplayButton"
                    flat: true
                    text: qsTr("Weergave")
                    implicitHeight: Theme.touchTarget
                    onClicked: Navigation.displaySettingsRequested()
                }
                Button {
                    objectName: "loginAboutButton"
                    flat: true
                    text: qsTr("Over CarePortal")
                    implicitHeight: Theme.touchTarget
                    onClicked: Navigation.loginPage = "about"
                }
            }
            Item { implicitHeight: Theme.margin }

            Image {
                objectName: "organisationLogo"
                source: Organisation.logoUrl
                visible: status === Image.Ready
                sourceSize.height: 72
                fillMode: Image.PreserveAspectFit
                Accessible.ignored: true
            }
            Heading {
                text: Organisation.name
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Heading {
                text: qsTr("Inloggen voor cliënten")
                font.pixelSize: Theme.largeFontSize
                Layout.fillWidth: true
            }
            StatusBanner {
                objectName: "startupError"
                text: App.startupError
                isError: true
                Layout.fillWidth: true
            }
            StatusBanner {
                objectName: "loginNotice"
                text: App.session.notice
                Layout.fillWidth: true
            }

            ProviderLoginSection {
                Layout.fillWidth: true
            }

            // The organisation's own password login, unless it offers only its provider's.
            FieldLabel {
                visible: IdentityProvider.passwordLogin
                text: qsTr("Gebruikersnaam")
                Layout.fillWidth: true
            }
            TextField {
                visible: IdentityProvider.passwordLogin
                id: username
                objectName: "usernameField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("uw e-mailadres")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Gebruikersnaam")
                focus: true
                onAccepted: password.input.forceActiveFocus()
            }

            PasswordField {
                id: password
                visible: IdentityProvider.passwordLogin
                objectName: "passwordField"
                label: qsTr("Wachtwoord")
                Layout.fillWidth: true
                onAccepted: page.submit()
            }

            FieldLabel { text: qsTr("Organisatie"); Layout.fillWidth: true }
            // Read-only, and wrapping: a one-line field showed the end of a long name
            // ("uiszorg De Linde") on a phone at 200 %.
            TextArea {
                objectName: "organisationField"
                text: Organisation.name
                readOnly: true
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                Accessible.name: qsTr("Organisatie")
                background: Rectangle {
                    color: Theme.background
                    border.color: Theme.divider
                    border.width: 1
                    radius: 2
                }
            }

            Label {
                objectName: "loginError"
                text: App.session.errorMessage
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }

            PrimaryButton {
                objectName: "loginButton"
                visible: IdentityProvider.passwordLogin
                text: qsTr("Inloggen")
                enabled: !App.session.busy && !IdentityProvider.busy
                Layout.fillWidth: true
                onClicked: page.submit()
            }
            // Side by side where they fit, so both show without scrolling; stacked when narrow.
            GridLayout {
                columns: page.width > 440 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: 0
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth

                WrappingButton {
                    objectName: "forgotPasswordButton"
                    visible: IdentityProvider.passwordLogin && !Organisation.accountManagedElsewhere
                    flat: true
                    text: qsTr("Wachtwoord vergeten?")
                    font.pixelSize: Theme.fontSize
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    // A fresh start; a careportal:// link opens the page at its second step.
                    onClicked: {
                        App.passwordReset.restart()
                        Navigation.loginPage = "forgotPassword"
                    }
                }
                WrappingButton {
                    objectName: "registerButton"
                    visible: !Organisation.accountManagedElsewhere
                    flat: true
                    text: qsTr("Aanmelden cliëntportaal")
                    font.pixelSize: Theme.fontSize
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    onClicked: Navigation.loginPage = "register"
                }
                WrappingButton {
                    objectName: "privacyStatementButton"
                    visible: !Organisation.accountManagedElsewhere
                    flat: true
                    text: qsTr("Privacyverklaring")
                    font.pixelSize: Theme.fontSize
                    Layout.alignment: Qt.AlignHCenter
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    onClicked: Navigation.loginPage = "privacy"
                }
            }
            // A FHIR backend has no password reset, registration or privacy statement of its
            // own: say where they are instead of offering buttons that can only fail.
            Label {
                objectName: "accountElsewhereNote"
                visible: Organisation.accountManagedElsewhere
                text: qsTr("Wachtwoord vergeten, nog geen account of vragen over privacy? Neem contact op met uw zorgorganisatie.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: App.session.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
