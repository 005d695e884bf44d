// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Inlogcode": how the codes come now, and linking or unlinking an authenticator app.
// Both need the current password and, where the account already has a factor, a current
// code; linking shows the QR code and the key as text, then asks for the app's first code.
ColumnLayout {
    id: section

    readonly property var setup: App.secondFactor
    readonly property bool hasApp: setup.method === "totp"
    // The password (and code) form is open: "app" to (un)link the app, "phone" for the number.
    property string changing: ""
    // The form opens with the typing in its first field.
    onChangingChanged: if (changing !== "") App.startTypingIn(password.input)

    spacing: Theme.spacing

    function close() {
        changing = ""
        password.text = ""
        stepUpCode.text = ""
        appCode.text = ""
        newPhone.reset("")
    }

    Connections {
        target: App.secondFactor
        function onChangeDone() { section.close() }
    }

    Heading {
        Layout.fillWidth: true
        text: qsTr("Inlogcode")
        font.pixelSize: Theme.largeFontSize
        font.bold: true
        Layout.topMargin: Theme.spacing
    }
    Label {
        objectName: "factorStatus"
        visible: section.setup.loaded
        text: section.hasApp ? qsTr("U logt in met uw wachtwoord en een code uit uw authenticator-app.")
              : section.setup.method === "sms" ? qsTr("U krijgt bij het inloggen een code per sms op %1.").arg(section.setup.phone.replace("-", "\u2011"))
              : qsTr("Er is nog geen telefoonnummer of authenticator-app om een inlogcode te krijgen.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: section.setup.loaded && !section.setup.required
        text: qsTr("Uw zorgorganisatie vraagt op dit moment geen inlogcode. Koppelt u toch een app, dan gebruikt u die zodra de code nodig is.")
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    StatusBanner {
        objectName: "factorSetupNotice"
        text: section.setup.notice
        Layout.fillWidth: true
    }

    // Step 1: the current password (and code).
    PrimaryButton {
        objectName: "changeFactorButton"
        visible: section.setup.loaded && section.changing === "" && section.setup.step === "idle"
        text: section.hasApp ? qsTr("Authenticator-app ontkoppelen") : qsTr("Authenticator-app koppelen")
        Layout.fillWidth: true
        onClicked: section.changing = "app"
    }
    Button {
        objectName: "changePhoneButton"
        visible: section.setup.loaded && section.changing === "" && section.setup.step === "idle"
        text: section.setup.phone.length > 0 ? qsTr("Mobiel nummer voor de sms-code wijzigen")
                                             : qsTr("Mobiel nummer voor de sms-code instellen")
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        onClicked: section.changing = "phone"
    }
    ColumnLayout {
        visible: section.changing !== "" && section.setup.step === "idle"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Label {
            text: qsTr("Ter controle: vul uw huidige wachtwoord in.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PasswordField {
            id: password
            objectName: "factorPassword"
            label: qsTr("Huidig wachtwoord")
            Layout.fillWidth: true
        }
        Button {
            objectName: "sendStepUpCodeButton"
            visible: section.setup.changeNeedsCode && !section.hasApp
            text: qsTr("Stuur mij een code per sms")
            implicitHeight: Theme.touchTarget
            enabled: !section.setup.busy
            onClicked: section.setup.sendCode()
        }
        Label {
            visible: section.setup.changeNeedsCode
            text: section.hasApp ? qsTr("Code uit uw authenticator-app") : qsTr("Code uit de sms")
            font.bold: true
        }
        TextField {
            id: stepUpCode
            objectName: "stepUpCodeField"
            visible: section.setup.changeNeedsCode
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            maximumLength: 6
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
            Accessible.name: qsTr("Code van 6 cijfers")
        }
        FormField {
            id: newPhone
            objectName: "newPhoneField"
            visible: section.changing === "phone"
            label: qsTr("Nieuw mobiel nummer")
            error: section.setup.phoneError(text)
            inputHints: Qt.ImhDialableCharactersOnly
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "factorContinueButton"
                text: section.changing === "phone" ? qsTr("Nummer opslaan")
                      : section.hasApp ? qsTr("Ontkoppelen") : qsTr("Verder")
                enabled: !section.setup.busy
                Layout.fillWidth: true
                onClicked: {
                    if (section.changing === "phone") {
                        newPhone.touched = true
                        section.setup.changePhone(password.text, stepUpCode.text, newPhone.text)
                    } else if (section.hasApp) {
                        section.setup.remove(password.text, stepUpCode.text)
                    } else {
                        section.setup.begin(password.text, stepUpCode.text)
                    }
                }
            }
            Button {
                text: qsTr("Annuleren")
                implicitHeight: Theme.touchTarget
                onClicked: section.close()
            }
        }
    }

    // Step 2: scan, then the app's first code.
    ColumnLayout {
        visible: section.setup.step === "scan"
        spacing: Theme.spacing
        Layout.fillWidth: true

        Label {
            text: qsTr("Open uw authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP) en scan deze QR-code.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        QrCode {
            objectName: "authenticatorQrCode"
            text: section.setup.uri
            // Large enough for an older phone camera; never wider than the form.
            implicitWidth: Math.min(300, section.width)
            implicitHeight: implicitWidth
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR-code voor uw authenticator-app")
        }
        Label {
            text: qsTr("Kunt u niet scannen? Vul dan deze sleutel in de app in:")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        TextEdit {
            objectName: "authenticatorSecret"
            text: section.setup.groupedSecret
            readOnly: true
            selectByMouse: true
            font.family: "monospace"
            font.pixelSize: Theme.largeFontSize
            color: Theme.text
            wrapMode: TextEdit.Wrap
            Layout.fillWidth: true
            Accessible.name: qsTr("Sleutel voor de authenticator-app")
        }
        Label { text: qsTr("Code uit de app"); font.bold: true }
        TextField {
            id: appCode
            objectName: "authenticatorCodeField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            maximumLength: 6
            inputMethodHints: Qt.ImhDigitsOnly
            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
            Accessible.name: qsTr("Code uit de app")
            onAccepted: section.setup.confirm(text)
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "authenticatorConfirmButton"
                text: qsTr("Koppelen")
                enabled: !section.setup.busy
                Layout.fillWidth: true
                onClicked: section.setup.confirm(appCode.text)
            }
            Button {
                text: qsTr("Annuleren")
                implicitHeight: Theme.touchTarget
                onClicked: {
                    section.setup.cancel()
                    section.close()
                }
            }
        }
    }

    Label {
        objectName: "factorSetupError"
        text: section.setup.errorMessage
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
    }
    BusyIndicator {
        running: section.setup.busy
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }
}
