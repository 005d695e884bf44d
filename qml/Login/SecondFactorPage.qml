// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The second step of a login when the organisation asks for it: the code from the text
// message or from the authenticator app, "Dit apparaat onthouden", and for a text message
// "Géén code ontvangen?".
Page {
    id: page

    readonly property bool bySms: App.session.factorMethod === "sms"

    background: Rectangle { color: Theme.background }

    function submit() {
        App.session.completeSecondFactor(code.text, remember.checked)
    }

    Component.onCompleted: App.startTypingIn(code)

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.margin * 2 }

            Heading {
                text: Organisation.name
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Heading {
                text: qsTr("Inlogcode")
                font.pixelSize: Theme.largeFontSize
                Layout.fillWidth: true
            }
            Label {
                objectName: "factorExplanation"
                text: page.bySms
                      ? qsTr("We hebben een sms met een code van 6 cijfers gestuurd naar %1. De code is 15 minuten geldig.").arg(App.session.factorDestination.replace("-", "\u2011"))
                      : qsTr("Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in die daar nu staat.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            StatusBanner {
                objectName: "factorNotice"
                text: App.session.notice
                Layout.fillWidth: true
            }

            FieldLabel { text: qsTr("Code"); Layout.fillWidth: true }
            TextField {
                id: code
                objectName: "factorCodeField"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                font.pixelSize: Theme.largeFontSize
                font.letterSpacing: 4
                maximumLength: 6
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
                placeholderText: "123456"
                Accessible.name: qsTr("Code van 6 cijfers")
                onAccepted: page.submit()
            }
            CheckBox {
                id: remember
                objectName: "rememberDeviceBox"
                // Never on a kiosk: the next person must not skip the second factor.
                visible: App.session.canRememberDevice
                text: qsTr("Dit apparaat 90 dagen onthouden (niet op een gedeelde computer)")
                font.pixelSize: Theme.fontSize
                Layout.fillWidth: true
                contentItem: IndicatorLabel { control: remember }
            }

            Label {
                objectName: "factorError"
                text: App.session.errorMessage
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }

            PrimaryButton {
                objectName: "factorSubmitButton"
                text: qsTr("Inloggen")
                enabled: !App.session.busy
                Layout.fillWidth: true
                onClicked: page.submit()
            }
            WrappingButton {
                objectName: "resendCodeButton"
                visible: page.bySms
                flat: true
                text: qsTr("Géén code ontvangen?")
                enabled: !App.session.busy
                font.pixelSize: Theme.fontSize
                Layout.alignment: Qt.AlignHCenter
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: App.session.resendCode()
            }
            WrappingButton {
                objectName: "cancelFactorButton"
                flat: true
                text: qsTr("Terug naar inloggen")
                font.pixelSize: Theme.fontSize
                Layout.alignment: Qt.AlignHCenter
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: App.session.cancelSecondFactor()
            }
            BusyIndicator {
                running: App.session.busy
                visible: running
                Layout.alignment: Qt.AlignHCenter
            }
        }
    }
}
