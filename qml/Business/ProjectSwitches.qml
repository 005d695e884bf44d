// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "E-mail diensten" and "Contactpersoon voor alle projecten" with what each position means
// (seed 004): on, a member of all current projects; off, out of all projects, the invoices
// stay. For the own contact only a beheerder may change the latter.
ColumnLayout {
    id: switches

    /// The own contact ("U …") or a colleague ("De contactpersoon …").
    property bool own: true
    property bool originalAllProjects: false
    property bool mayChangeAllProjects: true
    property alias emailServices: emailSwitch.checked
    property alias allProjects: projectsSwitch.checked

    spacing: Theme.spacing / 2

    Switch {
        id: emailSwitch
        objectName: "emailServicesSwitch"
        text: qsTr("E-mail diensten")
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        contentItem: IndicatorLabel { control: emailSwitch }
        Accessible.name: text
    }
    Label {
        text: emailSwitch.checked
              ? (switches.own ? qsTr("U ontvangt een dienstbevestiging via e-mail voor alle projecten waar u lid van bent.")
                              : qsTr("De contactpersoon ontvangt een dienstbevestiging via e-mail voor alle projecten waar hij of zij lid van is."))
              : (switches.own ? qsTr("U ontvangt geen e-mails.") : qsTr("De contactpersoon ontvangt geen e-mails."))
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Switch {
        id: projectsSwitch
        objectName: "allProjectsSwitch"
        text: qsTr("Contactpersoon voor alle projecten")
        enabled: switches.mayChangeAllProjects
        Layout.fillWidth: true
        implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
        contentItem: IndicatorLabel { control: projectsSwitch }
        Accessible.name: text
        Accessible.description: switches.mayChangeAllProjects ? "" : onlyAdministrator.text
    }
    Label {
        id: onlyAdministrator
        objectName: "allProjectsHint"
        visible: !switches.mayChangeAllProjects
        text: qsTr("Alleen een beheerder van het klantportaal kan dit aan- of uitzetten.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "allProjectsNote"
        visible: projectsSwitch.checked !== switches.originalAllProjects
        text: projectsSwitch.checked
              ? (switches.own ? qsTr("U wordt automatisch toegevoegd als lid van alle huidige projecten van uw organisatie.")
                              : qsTr("De contactpersoon wordt automatisch lid van alle huidige projecten van uw organisatie."))
              : (switches.own ? qsTr("U wordt uit alle projecten verwijderd. U heeft dan geen toegang meer tot de projecten, maar u behoudt wel toegang tot de facturen.")
                              : qsTr("De contactpersoon wordt uit alle projecten verwijderd en heeft geen toegang meer tot de projecten; de toegang tot de facturen blijft."))
        color: projectsSwitch.checked ? Theme.text : Theme.error
        font.pixelSize: Theme.smallFontSize
        font.bold: !projectsSwitch.checked
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
