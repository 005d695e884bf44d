// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Kies uw wachtwoord" at first login, and "Wachtwoord wijzigen" from the menu: the same
// fields and rules, with the policy as a live checklist. "Wijzig wachtwoord" and what went
// wrong stay at the bottom of the window, however long the checklist; typing starts in the
// first field. From the menu a change leads back to Home, which says it is done (seed 000:
// "U keert terug naar het basisscherm.").
Page {
    id: page

    property bool forced: false

    background: Rectangle { color: Theme.background }

    function submit() {
        App.session.changePassword(current.text, next.text, repeat.text)
    }

    Component.onCompleted: App.startTypingIn(current.input)

    Connections {
        target: App.session
        function onPasswordChanged() {
            current.text = ""
            next.text = ""
            repeat.text = ""
            if (!page.forced)
                Navigation.show("home")
        }
    }

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
                text: page.forced ? qsTr("Kies uw wachtwoord") : qsTr("Wachtwoord wijzigen")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
            }
            Label {
                text: page.forced
                      ? qsTr("U logt voor het eerst in. Kies een eigen wachtwoord. Vul tweemaal hetzelfde wachtwoord in.")
                      : qsTr("Vul tweemaal hetzelfde wachtwoord in.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            PasswordField {
                id: current
                objectName: "currentPasswordField"
                label: qsTr("Oud wachtwoord")
                Layout.fillWidth: true
                onAccepted: next.input.forceActiveFocus()
            }
            PasswordField {
                id: next
                objectName: "newPasswordField"
                label: qsTr("Nieuw wachtwoord")
                Layout.fillWidth: true
                onAccepted: repeat.input.forceActiveFocus()
            }
            PasswordField {
                id: repeat
                objectName: "repeatPasswordField"
                label: qsTr("Herhaal wachtwoord")
                Layout.fillWidth: true
                onAccepted: page.submit()
            }

            PasswordChecklist {
                id: checklist
                objectName: "passwordChecklist"
                password: next.text
                repeat: repeat.text
                Layout.fillWidth: true
            }

            WrappingButton {
                visible: page.forced
                flat: true
                text: qsTr("Annuleren en uitloggen")
                Layout.alignment: Qt.AlignHCenter
                // Its natural width where that fits; narrower, its words wrap.
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                onClicked: App.session.logout()
            }
            Item { implicitHeight: Theme.spacing }
        }
    }

    footer: Rectangle {
        color: Theme.surface
        implicitHeight: actions.implicitHeight + 2 * Theme.spacing
        Rectangle {
            width: parent.width
            height: Theme.borderWidth
            color: Theme.divider
        }
        ColumnLayout {
            id: actions
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            y: Theme.spacing
            spacing: Theme.spacing / 2

            Label {
                objectName: "changePasswordError"
                text: App.session.errorMessage
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PrimaryButton {
                objectName: "changePasswordButton"
                text: qsTr("Wijzig wachtwoord")
                enabled: !App.session.busy && checklist.satisfied && current.text.length > 0
                Layout.fillWidth: true
                onClicked: page.submit()
            }
        }
    }
}
