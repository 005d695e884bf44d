// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Aanmaken contactpersoon" / "Wijzigen contactpersoon" (seed 004), for a beheerder: the
// contact's fields and the rights "Beheerder klantportaal", "Medewerker klantportaal",
// "E-mail diensten" and "Contactpersoon voor alle projecten". A new contact with
// "Medewerker klantportaal" gets the login details in two e-mails. The server's refusal
// (the last beheerder keeps his right) shows above the buttons. Enter saves, Escape cancels.
ClientFormPage {
    id: page

    readonly property BusinessContactsModel colleagues: Business.colleagues
    required property string itemId
    readonly property bool isNew: itemId.length === 0
    property var original: ({})

    function submit() {
        if (!fields.complete || colleagues.busy)
            return
        if (original.allProjects === true && !switches.allProjects)
            confirmLeave.open()
        else
            save()
    }
    function save() {
        const form = fields.values()
        form.itemId = itemId
        form.administrator = administrator.checked
        form.portalUser = portalUser.checked
        form.emailServices = switches.emailServices
        form.allProjects = switches.allProjects
        formError.text = ""
        colleagues.save(form)
    }

    objectName: "colleagueForm"
    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        original = isNew ? ({ portalUser: true }) : colleagues.item(itemId)
        fields.load(original)
        administrator.checked = original.administrator === true
        portalUser.checked = original.portalUser === true
        switches.emailServices = original.emailServices === true
        switches.allProjects = original.allProjects === true
        App.startTypingIn(fields.firstInput)
    }
    Keys.onReturnPressed: submit()
    Keys.onEnterPressed: submit()

    Connections {
        target: page.colleagues
        enabled: page.StackView.status === StackView.Active
        function onSaved() { page.done() }
        function onSaveFailed(fieldErrors, message) {
            formError.text = fields.showServerErrors(fieldErrors) ? "" : message
        }
    }
    ConfirmDialog {
        id: confirmLeave
        objectName: "confirmColleagueLeavesProjects"
        title: qsTr("Contactpersoon voor alle projecten uitzetten")
        text: qsTr("%1 wordt uit alle projecten verwijderd en heeft geen toegang meer tot de projecten; de toegang tot de facturen blijft. Weet u het zeker?")
              .arg(page.original.displayName ?? "")
        confirmText: qsTr("Uitzetten en opslaan")
        onConfirmed: page.save()
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            objectName: "colleagueFormColumn"
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Heading {
                text: page.isNew ? qsTr("Aanmaken contactpersoon") : qsTr("Wijzigen contactpersoon")
                color: Theme.primary
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Velden met * zijn verplicht.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusinessContactFields {
                id: fields
                model: page.colleagues
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Rechten")
                font.bold: true
                font.pixelSize: Theme.largeFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Switch {
                id: administrator
                objectName: "administratorSwitch"
                text: qsTr("Beheerder klantportaal")
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                contentItem: IndicatorLabel { control: administrator }
                Accessible.name: text
            }
            Label {
                text: administrator.checked
                      ? qsTr("Beheert de andere contactpersonen en de gegevens van de organisatie, en ziet de facturen.")
                      : qsTr("Ziet alleen de projecten waar hij of zij lid van is.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Switch {
                id: portalUser
                objectName: "portalUserSwitch"
                text: qsTr("Medewerker klantportaal")
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                contentItem: IndicatorLabel { control: portalUser }
                Accessible.name: text
            }
            Label {
                objectName: "portalUserNote"
                text: !portalUser.checked
                      ? qsTr("Let op: zonder Medewerker klantportaal kan deze persoon niet inloggen; hij of zij is dan alleen voor ons zichtbaar als contactpersoon.")
                      : page.isNew
                        ? qsTr("De nieuwe contactpersoon krijgt de inloggegevens in twee e-mails op het ingevulde e-mailadres: de gebruikersnaam en, apart, een eenmalig wachtwoord.")
                        : qsTr("Kan inloggen op het klantportaal.")
                color: portalUser.checked ? Theme.mutedText : Theme.error
                font.pixelSize: Theme.smallFontSize
                font.bold: !portalUser.checked
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ProjectSwitches {
                id: switches
                own: false
                originalAllProjects: page.original.allProjects === true
                Layout.fillWidth: true
            }
            Label {
                id: formError
                objectName: "colleagueFormError"
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            ButtonRow {
                Layout.fillWidth: true
                Button {
                    objectName: "cancelColleagueButton"
                    text: qsTr("Annuleren")
                    implicitHeight: Theme.touchTarget
                    enabled: !page.colleagues.busy
                    onClicked: page.done()
                }
                PrimaryButton {
                    objectName: "saveColleagueButton"
                    text: page.colleagues.busy ? qsTr("Bezig…") : page.isNew ? qsTr("Aanmaken") : qsTr("Opslaan")
                    Layout.fillWidth: true
                    enabled: fields.complete && !page.colleagues.busy
                    onClicked: page.submit()
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
