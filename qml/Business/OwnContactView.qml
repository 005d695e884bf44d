// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Mijn contactgegevens" (seed 004): the own contact as the portal has it, the switches
// "E-mail diensten" and "Contactpersoon voor alle projecten", and "Aanpassen
// persoonsgegevens". A change that still waits, or that the server refused, shows under it.
MyDetailsView {
    id: view

    readonly property BusinessContactsModel own: Business.ownContact
    readonly property var contact: own.contact
    readonly property bool loaded: contact.itemId !== undefined
    // A change still waits to be sent: it can be changed again once the server has it.
    readonly property bool locked: contact.pending === true && contact.refused !== true
    signal editRequested()

    objectName: "ownContactView"
    heading: qsTr("Mijn contactgegevens")
    actions: [
        WrappingButton {
            objectName: "editOwnContactButton"
            width: Math.min(implicitWidth, view.columnWidth)
            text: "\u270E " + qsTr("Aanpassen persoonsgegevens")
            implicitHeight: Theme.touchTarget
            enabled: view.loaded && !view.locked
            Accessible.name: qsTr("Aanpassen persoonsgegevens")
            onClicked: view.editRequested()
        }
    ]

    Label {
        text: qsTr("Een samenvatting van uw contactgegevens zoals ze in het klantenportaal staan.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ListFreshness {
        model: view.own
        Layout.fillWidth: true
    }
    ListState {
        model: view.own
        count: view.loaded ? 1 : 0
        emptyText: qsTr("Uw contactgegevens zijn niet gevonden.")
        visible: !view.loaded
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget * 3
    }
    PendingChange {
        model: view.own
        pending: view.contact.pending === true
        refused: view.contact.refused === true
        conflict: view.contact.conflict === true
        pendingDelete: false
        correctable: view.contact.correctable === true
        pendingText: view.contact.pendingText ?? ""
        entryId: view.contact.entryId ?? 0
        Layout.fillWidth: true
        onCorrectRequested: view.editRequested()
    }
    DetailRows {
        id: ownRows
        objectName: "ownContactRows"
        visible: view.loaded
        showEmpty: true
        Layout.fillWidth: true
        entries: [
            { label: qsTr("Voorletters"), value: view.contact.initials },
            { label: qsTr("Voornaam"), value: view.contact.firstName },
            { label: qsTr("Voorvoegsel"), value: view.contact.prefix },
            { label: qsTr("Achternaam"), value: view.contact.surname },
            { label: qsTr("Roepnaam"), value: view.contact.nickname },
            { label: qsTr("Geboortedatum"), value: view.contact.birthDateText },
            { label: qsTr("Geslacht"), value: ownRows.genderText(view.contact.gender ?? "") },
            { label: qsTr("Adres"), value: view.contact.address },
            { label: qsTr("Postadres"), value: view.contact.postalAddress },
            { label: qsTr("Telefoon"), value: view.contact.phone },
            { label: qsTr("Mobiel"), value: view.contact.mobile },
            { label: qsTr("E-mail"), value: view.contact.email },
            { label: qsTr("Afdeling"), value: view.contact.department },
            { label: qsTr("Functie"), value: view.contact.functionLabel },
            { label: qsTr("Functie op visitekaart"), value: view.contact.functionOnCard },
            { label: qsTr("E-mail diensten"), value: ownRows.onOff(view.contact.emailServices === true) },
            { label: qsTr("Contactpersoon voor alle projecten"), value: ownRows.onOff(view.contact.allProjects === true) }
        ]
    }
}
