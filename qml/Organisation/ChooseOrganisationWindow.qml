// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The window of "Selecteer organisatie", shown before the app is built when no organisation
// is set up yet (no --profile, no --server, no saved profile; see OrganisationChooser).
// Once the user has chosen, it closes and the app starts for that organisation.
ApplicationWindow {
    id: window

    required property OrganisationDirectoryModel directory
    /// A kiosk is set up by its installer: this screen says so and offers no choice.
    property bool refused: false

    width: 1024
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("CarePortal — Selecteer organisatie")
    color: Theme.background
    font.pixelSize: Theme.fontSize

    ChooseOrganisationPage {
        anchors.fill: parent
        directory: window.directory
        refused: window.refused
    }
}
