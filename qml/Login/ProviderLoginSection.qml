// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Inloggen via <provider>": the login through the care organisation's identity provider.
// The login itself happens in the browser; meanwhile this says so, and the user can stop
// waiting. Shown only where the organisation offers it.
ColumnLayout {
    id: section

    visible: IdentityProvider.available
    spacing: Theme.spacing

    PrimaryButton {
        objectName: "providerLoginButton"
        text: qsTr("Inloggen via %1").arg(IdentityProvider.name)
        enabled: !IdentityProvider.busy && !App.session.busy
        Layout.fillWidth: true
        onClicked: IdentityProvider.start()
    }
    StatusBanner {
        objectName: "providerWaiting"
        text: IdentityProvider.waitingForBrowser
              ? qsTr("Ga verder in uw webbrowser en log daar in bij %1. Daarna kunt u terug "
                     + "naar CarePortal.").arg(IdentityProvider.name)
              : ""
        actionText: qsTr("Annuleren")
        Layout.fillWidth: true
        onActionTriggered: IdentityProvider.cancel()
    }
    Label {
        objectName: "providerLoginError"
        text: IdentityProvider.errorMessage
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    BusyIndicator {
        running: IdentityProvider.busy && !IdentityProvider.waitingForBrowser
        visible: running
        Layout.alignment: Qt.AlignHCenter
    }
    // Between the two ways in, where both are offered.
    Label {
        objectName: "passwordLoginDivider"
        visible: IdentityProvider.passwordLogin
        text: qsTr("Of log in met uw gebruikersnaam en wachtwoord:")
        wrapMode: Text.Wrap
        color: Theme.mutedText
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
    }
}
