// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Aanmelden cliëntportaal" (seed 002): Gegevens aanvrager, the relation to the client and
// Gegevens cliënt, checked while typing with the server's rules; staff decide, and the
// user name and password come later in two e-mails.
Page {
    id: page

    readonly property Registration registration: App.registration
    readonly property bool self: relation.currentValue === "self"
    readonly property var fields: self
        ? [firstName, surname, phone, email]
        : [firstName, surname, phone, email, clientFirstName, clientSurname, clientPhone, clientEmail]
    readonly property bool valid: fields.every(f => f.error.length === 0)

    // Scrolls the form so that `item` is in view (a wrong field after "versturen").
    function reveal(item) {
        const flick = scroll.contentItem as Flickable
        const y = item.mapToItem(flick.contentItem, 0, 0).y
        if (y < flick.contentY || y + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(y - Theme.margin, flick.contentHeight - flick.height))
    }

    function submit() {
        for (const f of fields)
            f.touched = true
        const wrong = fields.find(f => f.shownError.length > 0)
        if (wrong) {
            reveal(wrong)
            wrong.focusInput()
            return
        }
        if (registration.busy)
            return
        registration.submit({
            requesterFirstName: firstName.text, requesterSurname: surname.text,
            requesterPhone: phone.text, requesterEmail: email.text,
            relation: relation.currentValue,
            clientFirstName: self ? "" : clientFirstName.text,
            clientSurname: self ? "" : clientSurname.text,
            clientPhone: self ? "" : clientPhone.text,
            clientEmail: self ? "" : clientEmail.text })
    }

    function leave() {
        registration.restart()
        Navigation.loginPage = "login"
    }

    Component.onCompleted: App.startTypingIn(firstName.input)

    background: Rectangle { color: Theme.background }

    Connections {
        target: page.registration
        function onFailed(fieldErrors, message) {
            firstName.serverError = fieldErrors.requesterFirstName ?? ""
            surname.serverError = fieldErrors.requesterSurname ?? ""
            phone.serverError = fieldErrors.requesterPhone ?? ""
            email.serverError = fieldErrors.requesterEmail ?? ""
            clientFirstName.serverError = fieldErrors.clientFirstName ?? ""
            clientSurname.serverError = fieldErrors.clientSurname ?? ""
            clientPhone.serverError = fieldErrors.clientPhone ?? ""
            clientEmail.serverError = fieldErrors.clientEmail ?? ""
            formError.text = Object.keys(fieldErrors).length > 0 ? "" : message
            const wrong = page.fields.find(f => f.shownError.length > 0)
            if (wrong)
                page.reveal(wrong)
        }
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin }
            Heading {
                text: qsTr("Aanmelden cliëntportaal")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // After sending: what happens next.
            ColumnLayout {
                visible: page.registration.sent
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    objectName: "registrationSentLabel"
                    text: qsTr("Bedankt voor uw aanmelding. Wij doen ons best om uw account binnen 5 werkdagen aan te maken. U ontvangt dan twee e-mails: een met uw gebruikersnaam en een met uw wachtwoord. Kunnen wij geen account aanmaken, dan krijgt u daarover ook bericht.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                }
                PrimaryButton {
                    text: qsTr("Terug naar inloggen")
                    Layout.fillWidth: true
                    onClicked: page.leave()
                }
            }

            ColumnLayout {
                visible: !page.registration.sent
                spacing: Theme.spacing
                Layout.fillWidth: true

                Label {
                    text: qsTr("Om u toegang te geven tot het cliëntportaal hebben wij de volgende gegevens nodig. Wij gebruiken ze alleen om het juiste dossier aan de juiste persoon te koppelen. Naar uw mobiele nummer sturen wij bij het inloggen een code per sms.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                Heading {
                    Layout.fillWidth: true
                    text: qsTr("Gegevens aanvrager")
                    font.pixelSize: Theme.largeFontSize
                    font.bold: true
                    Layout.topMargin: Theme.spacing
                }
                FormField {
                    id: firstName
                    objectName: "requesterFirstNameField"
                    label: qsTr("Voornaam *")
                    error: page.registration.nameError(text)
                    Layout.fillWidth: true
                }
                FormField {
                    id: surname
                    objectName: "requesterSurnameField"
                    label: qsTr("Achternaam *")
                    error: page.registration.nameError(text)
                    Layout.fillWidth: true
                }
                FormField {
                    id: phone
                    objectName: "requesterPhoneField"
                    label: qsTr("Mobiel telefoonnummer *")
                    error: page.registration.phoneError(text, true)
                    inputHints: Qt.ImhDialableCharactersOnly
                    Layout.fillWidth: true
                }
                FormField {
                    id: email
                    objectName: "requesterEmailField"
                    label: qsTr("E-mailadres *")
                    error: page.registration.emailError(text, true)
                    inputHints: Qt.ImhEmailCharactersOnly
                    Layout.fillWidth: true
                }

                FieldLabel { text: qsTr("Voor wie vraagt u toegang?"); Layout.fillWidth: true }
                WrappingComboBox {
                    id: relation
                    objectName: "relationBox"
                    textRole: "text"
                    valueRole: "value"
                    model: [
                        { value: "self", text: qsTr("Voor mijzelf (ik ben de cliënt)") },
                        { value: "representative", text: qsTr("Ik ben wettelijk vertegenwoordiger van de cliënt") },
                        { value: "contact", text: qsTr("Ik ben gemachtigd contactpersoon van de cliënt") }
                    ]
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Voor wie vraagt u toegang?")
                }

                ColumnLayout {
                    visible: !page.self
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Heading {
                        Layout.fillWidth: true
                        text: qsTr("Gegevens cliënt")
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        Layout.topMargin: Theme.spacing
                    }
                    FormField {
                        id: clientFirstName
                        objectName: "clientFirstNameField"
                        label: qsTr("Voornaam *")
                        error: page.registration.nameError(text)
                        Layout.fillWidth: true
                    }
                    FormField {
                        id: clientSurname
                        objectName: "clientSurnameField"
                        label: qsTr("Achternaam *")
                        error: page.registration.nameError(text)
                        Layout.fillWidth: true
                    }
                    FormField {
                        id: clientPhone
                        objectName: "clientPhoneField"
                        label: qsTr("Telefoonnummer")
                        error: page.registration.phoneError(text, false)
                        inputHints: Qt.ImhDialableCharactersOnly
                        Layout.fillWidth: true
                    }
                    FormField {
                        id: clientEmail
                        objectName: "clientEmailField"
                        label: qsTr("E-mailadres")
                        error: page.registration.emailError(text, false)
                        inputHints: Qt.ImhEmailCharactersOnly
                        Layout.fillWidth: true
                    }
                }

                Label {
                    id: formError
                    objectName: "registrationError"
                    visible: text.length > 0
                    color: Theme.error
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                }
                PrimaryButton {
                    objectName: "sendRegistrationButton"
                    text: qsTr("Aanmelding versturen")
                    enabled: !page.registration.busy
                    Layout.fillWidth: true
                    onClicked: page.submit()
                }
                WrappingButton {
                    objectName: "registrationBackButton"
                    flat: true
                    text: qsTr("Terug naar inloggen")
                    font.pixelSize: Theme.fontSize
                    Layout.alignment: Qt.AlignHCenter
                    // Its natural width where that fits; narrower, its words wrap.
                    Layout.fillWidth: true
                    Layout.maximumWidth: implicitWidth
                    onClicked: page.leave()
                }
                BusyIndicator {
                    running: page.registration.busy
                    visible: running
                    Layout.alignment: Qt.AlignHCenter
                }
            }
        }
    }
}
