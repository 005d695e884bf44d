// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Accountbeveiliging": what keeps the account safe — the login code (second factor) and
// the authenticator app, the remembered devices, and "Overal uitloggen" for a phone that
// is lost or a session left open on someone else's computer.
Page {
    id: page

    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        App.secondFactor.reload()
        App.devices.reload()
    }

    ConfirmDialog {
        id: confirmEverywhere
        objectName: "confirmLogoutEverywhere"
        title: qsTr("Overal uitloggen")
        text: qsTr("Weet u zeker dat u op al uw apparaten wilt uitloggen? Daarna logt u overal opnieuw in, ook hier.")
        confirmText: qsTr("Overal uitloggen")
        onConfirmed: App.session.logoutEverywhere()
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
                text: qsTr("Accountbeveiliging")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                Layout.fillWidth: true
            }

            SecondFactorSection {
                Layout.fillWidth: true
            }
            RememberedDevicesSection {
                Layout.fillWidth: true
            }

            Heading {
                Layout.fillWidth: true
                text: qsTr("Overal uitloggen")
                font.pixelSize: Theme.largeFontSize
                font.bold: true
                Layout.topMargin: Theme.spacing
            }
            Label {
                text: qsTr("Bent u uw telefoon of tablet kwijt, of bent u misschien nog ingelogd op de computer van iemand anders? Log dan overal uit. Iedereen die nog ingelogd is met uw gegevens, wordt dan direct uitgelogd.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Vermoedt u dat iemand anders uw wachtwoord kent? Wijzig dan ook uw wachtwoord.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                objectName: "accountSecurityError"
                text: App.session.errorMessage
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
            }

            PrimaryButton {
                objectName: "logoutEverywhereButton"
                text: qsTr("Overal uitloggen")
                enabled: !App.session.busy
                Layout.fillWidth: true
                onClicked: confirmEverywhere.open()
            }
        }
    }
}
