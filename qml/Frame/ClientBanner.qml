// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "U bekijkt de gegevens van …" under the header whenever the data shown may not be the
// user's own: nobody should mistake a parent's planning for their own. For a business
// contact of several organisations it says which organisation the pages are of.
Rectangle {
    id: banner

    readonly property bool business: App.session.accountKind === "business"

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

        // A long name ("Woonstichting") on a phone at large text is set a little smaller
        // rather than broken in the middle of the word.
        FittedText {
            id: label
            objectName: "clientBannerText"
            text: banner.business ? qsTr("U werkt voor %1").arg(App.session.business.organisationName)
                                  : qsTr("U bekijkt de gegevens van %1").arg(App.session.clientName)
            fittedPixelSize: Theme.fontSize
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            objectName: "clientBannerSwitch"
            visible: App.session.clients.length > 1 || App.session.business.organisations.length > 1
            text: qsTr("Wisselen")
            implicitHeight: Theme.touchTarget
            Accessible.name: banner.business ? qsTr("Wissel van organisatie") : qsTr("Wissel van cliënt")
            onClicked: banner.business ? App.session.business.switchOrganisation() : App.session.switchClient()
        }
    }
}
