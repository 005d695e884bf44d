// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// One contact of the organisation with all fields and rights. A beheerder changes
// ("Wijzigen"), removes ("Verwijderen", after confirmation) and wipes the second factor
// ("Twee-factorauthenticatie wissen", after the seed's advice); the server's refusal
// (the last beheerder) shows here.
MyDetailsView {
    id: view

    readonly property BusinessContactsModel colleagues: Business.colleagues
    readonly property bool manages: App.session.business.administrator
    required property string itemId
    property var person: ({})
    readonly property bool locked: person.pending === true && person.refused !== true
    signal editRequested()
    signal removed()

    function refresh() {
        person = colleagues.item(itemId)
        // The removal is asked: the list shows it waiting until the server has it.
        if (person.pendingDelete === true && view.StackView.status === StackView.Active)
            view.removed()
    }
    function gone() {
        refresh()
        if (person.itemId === undefined)
            view.removed()
    }

    objectName: "colleagueDetail"
    heading: view.person.displayName ?? ""
    actions: [
        WrappingButton {
            objectName: "editColleagueButton"
            width: Math.min(implicitWidth, view.columnWidth)
            visible: view.manages
            enabled: !view.locked
            text: "\u270E " + qsTr("Wijzigen")
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Contactpersoon wijzigen")
            onClicked: view.editRequested()
        }
    ]
    Component.onCompleted: refresh()

    Connections {
        target: view.colleagues
        function onDataChanged() { view.refresh() }
        function onModelReset() { view.gone() }
        function onRowsRemoved() { view.gone() }
        function onSaveFailed(fieldErrors, message) {
            if (view.StackView.status === StackView.Active)
                status.show(message, true)
        }
        function onSecondFactorReset() {
            if (view.StackView.status === StackView.Active)
                status.show(qsTr("De twee-factorauthenticatie van %1 is gewist.").arg(view.person.displayName ?? ""), false)
        }
        function onSecondFactorResetFailed(message) {
            if (view.StackView.status === StackView.Active)
                status.show(message, true)
        }
    }
    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemoveColleague"
        title: qsTr("Contactpersoon verwijderen")
        text: qsTr("Weet u zeker dat u %1 wilt verwijderen als contactpersoon van uw organisatie?").arg(view.person.displayName ?? "")
        confirmText: qsTr("Verwijderen")
        onConfirmed: view.colleagues.remove(view.itemId)
    }
    ConfirmDialog {
        id: confirmReset
        objectName: "confirmResetSecondFactor"
        title: qsTr("Twee-factorauthenticatie wissen")
        text: qsTr("Wis de twee-factorauthenticatie van %1 alleen na overleg met de IT-beheerder van %2%3. %1 stelt daarna bij de volgende keer inloggen een nieuwe in.")
              .arg(view.person.displayName ?? "").arg(Organisation.name)
              .arg(Organisation.phone.length > 0 ? qsTr(" (telefoon %1)").arg(Organisation.phone) : "")
        confirmText: qsTr("Wissen")
        onConfirmed: view.colleagues.resetSecondFactor(view.itemId)
    }

    PendingChange {
        model: view.colleagues
        pending: view.person.pending === true
        refused: view.person.refused === true
        conflict: view.person.conflict === true
        pendingDelete: view.person.pendingDelete === true
        correctable: view.person.correctable === true
        pendingText: view.person.pendingText ?? ""
        entryId: view.person.entryId ?? 0
        canCorrect: view.manages
        Layout.fillWidth: true
        onCorrectRequested: view.editRequested()
    }
    DetailRows {
        id: rows
        objectName: "colleagueRows"
        Layout.fillWidth: true
        entries: [
            { label: qsTr("Voorletters"), value: view.person.initials },
            { label: qsTr("Voornaam"), value: view.person.firstName },
            { label: qsTr("Voorvoegsel"), value: view.person.prefix },
            { label: qsTr("Achternaam"), value: view.person.surname },
            { label: qsTr("Roepnaam"), value: view.person.nickname },
            { label: qsTr("Geboortedatum"), value: view.person.birthDateText },
            { label: qsTr("Geslacht"), value: rows.genderText(view.person.gender ?? "") },
            { label: qsTr("Adres"), value: view.person.address },
            { label: qsTr("Postadres"), value: view.person.postalAddress },
            { label: qsTr("Telefoon"), value: view.person.phone },
            { label: qsTr("Mobiel"), value: view.person.mobile },
            { label: qsTr("E-mail"), value: view.person.email },
            { label: qsTr("Afdeling"), value: view.person.department },
            { label: qsTr("Functie"), value: view.person.functionLabel },
            { label: qsTr("Functie op visitekaart"), value: view.person.functionOnCard }
        ]
    }
    Label {
        text: qsTr("Rechten")
        font.bold: true
        font.pixelSize: Theme.largeFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    DetailRows {
        objectName: "colleagueRights"
        showEmpty: true
        Layout.fillWidth: true
        entries: [
            { label: qsTr("Beheerder klantportaal"), value: rows.onOff(view.person.administrator === true) },
            { label: qsTr("Medewerker klantportaal"), value: rows.onOff(view.person.portalUser === true) },
            { label: qsTr("E-mail diensten"), value: rows.onOff(view.person.emailServices === true) },
            { label: qsTr("Contactpersoon voor alle projecten"), value: rows.onOff(view.person.allProjects === true) }
        ]
    }
    Flow {
        visible: view.manages
        spacing: Theme.spacing
        Layout.fillWidth: true
        WrappingButton {
            objectName: "removeColleagueButton"
            width: Math.min(implicitWidth, view.columnWidth)
            text: qsTr("Verwijderen")
            implicitHeight: Theme.touchTarget
            enabled: !view.colleagues.busy && !view.locked
            palette.buttonText: enabled ? Theme.error : Theme.mutedText
            Accessible.name: qsTr("Contactpersoon verwijderen")
            onClicked: confirmRemove.open()
        }
        WrappingButton {
            objectName: "resetSecondFactorButton"
            width: Math.min(implicitWidth, view.columnWidth)
            visible: view.person.portalUser === true
            text: qsTr("Twee-factorauthenticatie wissen")
            implicitHeight: Theme.touchTarget
            enabled: !view.locked
            Accessible.name: text
            onClicked: confirmReset.open()
        }
    }
    StatusBanner {
        id: status
        objectName: "colleagueStatus"
        Layout.fillWidth: true
        function show(message: string, error: bool) {
            isError = error
            isSuccess = !error
            text = message
        }
    }
}
