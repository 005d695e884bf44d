// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// "Contactpersoon bewerken" / "Contactpersoon toevoegen" with the portal's fields: Naam*,
// Telefoonnummer 1*, Telefoonnummer 2, Email, Type, Primair contactpersoon, Opmerkingen.
ClientFormPage {
    id: page

    readonly property ContactPersonsModel persons: Client.contactPersons
    required property string personId
    readonly property bool isNew: personId.length === 0
    readonly property bool valid: name.error.length === 0 && phone1.error.length === 0
                                  && phone2.error.length === 0 && email.error.length === 0
                                  && remarks.error.length === 0 && typeBox.currentIndex >= 0
    // The stored person (empty for a new one), kept as a plain object for the fields.
    property var original: ({})

    function load() {
        original = persons.person(personId)
        const p = original
        name.reset(p.name ?? "")
        phone1.reset(p.phone1 ?? "")
        phone2.reset(p.phone2 ?? "")
        email.reset(p.email ?? "")
        typeBox.currentIndex = Math.max(0, typeBox.indexOfValue(p.type ?? "familie"))
        primary.checked = p.primary ?? false
        remarks.reset(p.remarks ?? "")
    }

    function submit() {
        if (!valid || persons.busy)
            return
        persons.save({ personId: personId, name: name.text, phone1: phone1.text,
                       phone2: phone2.text, email: email.text, type: typeBox.currentValue,
                       primary: primary.checked, remarks: remarks.text })
    }

    background: Rectangle { color: Theme.background }
    Component.onCompleted: {
        load()
        App.startTypingIn(name.input)
    }

    Connections {
        target: page.persons
        enabled: page.StackView.status === StackView.Active
        function onSaved() { page.done() }
        function onSaveFailed(fieldErrors, message) {
            name.serverError = fieldErrors.name ?? ""
            phone1.serverError = fieldErrors.phone1 ?? ""
            phone2.serverError = fieldErrors.phone2 ?? ""
            email.serverError = fieldErrors.email ?? ""
            remarks.serverError = fieldErrors.remarks ?? ""
            typeError.text = fieldErrors.type ?? ""
            formError.text = Object.keys(fieldErrors).length > 0 ? "" : message
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            objectName: "personFormColumn"
            width: Math.min(Theme.formWidth, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { implicitHeight: Theme.spacing }
            Heading {
                text: page.isNew ? qsTr("Contactpersoon toevoegen") : qsTr("Contactpersoon bewerken")
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
            FormField {
                id: name
                objectName: "nameField"
                label: qsTr("Naam *")
                error: text.length > 0 ? page.persons.nameError(text) : ""
                Layout.fillWidth: true
            }
            FormField {
                id: phone1
                objectName: "phone1Field"
                label: qsTr("Telefoonnummer 1 *")
                error: text.length > 0 ? page.persons.phoneError(text, true) : ""
                inputHints: Qt.ImhDialableCharactersOnly
                Layout.fillWidth: true
            }
            FormField {
                id: phone2
                objectName: "phone2Field"
                label: qsTr("Telefoonnummer 2")
                error: page.persons.phoneError(text, false)
                inputHints: Qt.ImhDialableCharactersOnly
                Layout.fillWidth: true
            }
            FormField {
                id: email
                objectName: "emailField"
                label: qsTr("Email")
                error: page.persons.emailError(text)
                inputHints: Qt.ImhEmailCharactersOnly
                Layout.fillWidth: true
            }
            FieldLabel { text: qsTr("Type"); Layout.fillWidth: true }
            WrappingComboBox {
                id: typeBox
                objectName: "typeBox"
                model: page.persons.types
                textRole: "label"
                valueRole: "code"
                Layout.fillWidth: true
                Accessible.name: qsTr("Type")
            }
            Label {
                id: typeError
                visible: text.length > 0
                color: Theme.error
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Switch {
                id: primary
                objectName: "primarySwitch"
                text: qsTr("Primair contactpersoon")
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                contentItem: IndicatorLabel { control: primary }
            }
            Label {
                visible: primary.checked
                text: qsTr("Er is maar één primair contactpersoon: een eerdere keuze vervalt.")
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            FormField {
                id: remarks
                objectName: "remarksField"
                label: qsTr("Opmerkingen")
                multiline: true
                error: page.persons.remarksError(text)
                Layout.fillWidth: true
            }
            Label {
                id: formError
                objectName: "personFormError"
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
                    text: qsTr("Annuleren")
                    implicitHeight: Theme.touchTarget
                    enabled: !page.persons.busy
                    onClicked: page.done()
                }
                PrimaryButton {
                    objectName: "savePersonButton"
                    text: page.persons.busy ? qsTr("Bezig…") : qsTr("Opslaan")
                    Layout.fillWidth: true
                    enabled: page.valid && name.text.trim().length > 0
                             && phone1.text.trim().length > 0 && !page.persons.busy
                    onClicked: page.submit()
                }
            }
            Item { implicitHeight: Theme.margin }
        }
    }
}
