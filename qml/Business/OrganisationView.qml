// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn organisatie" (seed 004): the organisation as the care organisation's books have it,
// read-only. A change goes through the care organisation: "neem contact met ons op".
MyDetailsView {
    id: view

    readonly property BusinessOrganisationModel organisation: Business.organisation
    readonly property var details: organisation.details
    readonly property bool loaded: details.itemId !== undefined

    objectName: "organisationView"
    heading: qsTr("Mijn organisatie")

    Label {
        text: qsTr("Zo staan de gegevens van uw organisatie in onze boekhouding. Het is belangrijk dat de contactgegevens en het KvK-nummer altijd kloppen.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ListFreshness {
        model: view.organisation
        Layout.fillWidth: true
    }
    ListState {
        model: view.organisation
        count: view.loaded ? 1 : 0
        emptyText: qsTr("De gegevens van uw organisatie zijn niet gevonden.")
        visible: !view.loaded
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget * 3
    }
    DetailRows {
        objectName: "organisationRows"
        visible: view.loaded
        showEmpty: true
        Layout.fillWidth: true
        entries: [
            { label: qsTr("Naam"), value: view.details.name },
            { label: qsTr("Adres"), value: view.details.address },
            { label: qsTr("Postcode en plaats"),
              value: ((view.details.postcode ?? "") + "  " + (view.details.city ?? "")).trim() },
            { label: qsTr("Postadres"), value: view.details.postalAddress },
            { label: qsTr("KvK-nummer"), value: view.details.kvkNumber },
            { label: qsTr("Telefoon"), value: view.details.phone },
            { label: qsTr("E-mail"), value: view.details.email },
            { label: qsTr("Website"), value: view.details.website }
        ]
    }
    Rectangle {
        objectName: "organisationChanges"
        color: Theme.noticeBackground
        radius: Theme.radius
        implicitHeight: changes.implicitHeight + 2 * Theme.spacing
        Layout.fillWidth: true
        Label {
            id: changes
            objectName: "organisationChangesText"
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: Organisation.phone.length > 0
                  ? qsTr("Klopt er iets niet? Neem contact met ons op: %1, telefoon %2. Wij passen de gegevens aan; in het klantenportaal kunt u ze niet wijzigen.")
                    .arg(Organisation.name).arg(Organisation.phone)
                  : qsTr("Klopt er iets niet? Neem contact met ons op: %1. Wij passen de gegevens aan; in het klantenportaal kunt u ze niet wijzigen.")
                    .arg(Organisation.name)
            wrapMode: Text.Wrap
        }
    }
}
