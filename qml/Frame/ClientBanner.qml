// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "U bekijkt de gegevens van …" under the header whenever the data shown may not be the
// user's own: nobody should mistake a parent's planning for their own.
Rectangle {
    id: banner

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.noticeBackground
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: Theme.spacing

        Label {
            id: label
            objectName: "clientBannerText"
            text: qsTr("U bekijkt de gegevens van %1").arg(App.session.clientName)
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "clientBannerSwitch"
            visible: App.session.clients.length > 1
            text: qsTr("Wisselen")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Wissel van cliënt")
            onClicked: App.session.switchClient()
        }
    }
}
