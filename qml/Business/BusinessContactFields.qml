// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// The fields of a business contact that "Aanpassen persoonsgegevens" and "Aanmaken
// contactpersoon" share (seed 004): names, date of birth, gender, addresses, phone numbers,
// e-mail, department and function. Each checks as it is typed; the server's errors show
// at their field after a save. A Column, not a ColumnLayout: nested in the form's layout,
// a ColumnLayout kept the fields' first heights and drew labels over the fields above.
Column {
    id: fields

    required property BusinessContactsModel model
    readonly property string birthIso: fields.model.isoDate(birthDate.text)
    readonly property bool valid: initials.error.length === 0 && firstName.error.length === 0
                                  && prefix.error.length === 0 && surname.error.length === 0
                                  && nickname.error.length === 0 && birthDate.error.length === 0
                                  && address.error.length === 0 && postalAddress.error.length === 0
                                  && phone.error.length === 0 && mobile.error.length === 0
                                  && email.error.length === 0 && department.error.length === 0
                                  && functionOnCard.error.length === 0
    /// Surname and e-mail are required: filled in as well as valid.
    readonly property bool complete: valid && surname.text.trim().length > 0 && email.text.trim().length > 0
    readonly property Item firstInput: initials.input

    function load(contact: var) {
        initials.reset(contact.initials ?? "")
        firstName.reset(contact.firstName ?? "")
        prefix.reset(contact.prefix ?? "")
        surname.reset(contact.surname ?? "")
        nickname.reset(contact.nickname ?? "")
        birthDate.reset(contact.birthDateText ?? "")
        genderBox.currentIndex = Math.max(0, genderBox.indexOfValue(contact.gender ?? ""))
        address.reset(contact.address ?? "")
        postalAddress.reset(contact.postalAddress ?? "")
        phone.reset(contact.phone ?? "")
        mobile.reset(contact.mobile ?? "")
        email.reset(contact.email ?? "")
        department.reset(contact.department ?? "")
        functionBox.currentIndex = Math.max(0, functionBox.indexOfValue(contact.function ?? ""))
        functionOnCard.reset(contact.functionOnCard ?? "")
        genderError.text = ""
        functionError.text = ""
    }

    /// "geen" and the organisation's function list (Directeur, 100, …).
    function functionChoices(functions: var): var {
        const choices = [{ code: "", label: qsTr("geen") }]
        for (let i = 0; i < functions.length; ++i)
            choices.push(functions[i])
        return choices
    }

    /// The fields as save() takes them (the role names).
    function values(): var {
        return { initials: initials.text, firstName: firstName.text, prefix: prefix.text,
                 surname: surname.text, nickname: nickname.text, birthDate: birthIso,
                 gender: genderBox.currentValue ?? "", address: address.text,
                 postalAddress: postalAddress.text, phone: phone.text, mobile: mobile.text,
                 email: email.text, department: department.text,
                 function: functionBox.currentValue ?? "", functionOnCard: functionOnCard.text }
    }

    /// Shows the server's errors at their fields; true when one of them is a field here.
    function showServerErrors(fieldErrors: var): bool {
        const textFields = { initials: initials, firstName: firstName, prefix: prefix,
                             surname: surname, nickname: nickname, birthDate: birthDate,
                             address: address, postalAddress: postalAddress, phone: phone,
                             mobile: mobile, email: email, department: department,
                             functionOnCard: functionOnCard }
        let shown = false
        for (const key in textFields) {
            textFields[key].serverError = fieldErrors[key] ?? ""
            shown = shown || textFields[key].serverError.length > 0
        }
        genderError.text = fieldErrors.gender ?? ""
        functionError.text = fieldErrors["function"] ?? ""
        return shown || genderError.text.length > 0 || functionError.text.length > 0
    }

    spacing: Theme.spacing

    FormField {
        id: initials
        objectName: "initialsField"
        label: qsTr("Voorletters")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: firstName
        objectName: "firstNameField"
        label: qsTr("Voornaam")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: prefix
        objectName: "prefixField"
        label: qsTr("Voorvoegsel")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: surname
        objectName: "surnameField"
        label: qsTr("Achternaam *")
        error: text.length > 0 ? fields.model.surnameError(text) : ""
        width: fields.width
    }
    FormField {
        id: nickname
        objectName: "nicknameField"
        label: qsTr("Roepnaam")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: birthDate
        objectName: "birthDateField"
        label: qsTr("Geboortedatum (dd-mm-jjjj)")
        error: fields.birthIso === "invalid"
               ? qsTr("Vul een datum in als dd-mm-jjjj, bijvoorbeeld 28-02-1985, niet in de toekomst.") : ""
        inputHints: Qt.ImhDate
        width: fields.width
    }
    FieldLabel { text: qsTr("Geslacht"); width: fields.width }
    WrappingComboBox {
        id: genderBox
        objectName: "genderBox"
        model: [
            { code: "", label: qsTr("Niet ingevuld") },
            { code: "man", label: qsTr("Man") },
            { code: "vrouw", label: qsTr("Vrouw") },
            { code: "onbekend", label: qsTr("Onbekend") }
        ]
        textRole: "label"
        valueRole: "code"
        width: fields.width
        Accessible.name: qsTr("Geslacht")
    }
    Label {
        id: genderError
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        width: fields.width
    }
    FormField {
        id: address
        objectName: "addressField"
        label: qsTr("Adres")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: postalAddress
        objectName: "postalAddressField"
        label: qsTr("Postadres")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FormField {
        id: phone
        objectName: "phoneField"
        label: qsTr("Telefoon")
        error: fields.model.phoneError(text)
        inputHints: Qt.ImhDialableCharactersOnly
        width: fields.width
    }
    FormField {
        id: mobile
        objectName: "mobileField"
        label: qsTr("Mobiel")
        error: fields.model.phoneError(text)
        inputHints: Qt.ImhDialableCharactersOnly
        width: fields.width
    }
    FormField {
        id: email
        objectName: "emailField"
        label: qsTr("E-mail *")
        error: text.length > 0 ? fields.model.emailError(text) : ""
        inputHints: Qt.ImhEmailCharactersOnly
        width: fields.width
    }
    FormField {
        id: department
        objectName: "departmentField"
        label: qsTr("Afdeling")
        error: fields.model.lineError(text)
        width: fields.width
    }
    FieldLabel { text: qsTr("Functie"); width: fields.width }
    WrappingComboBox {
        id: functionBox
        objectName: "functionBox"
        model: fields.functionChoices(fields.model.functions)
        textRole: "label"
        valueRole: "code"
        width: fields.width
        Accessible.name: qsTr("Functie")
    }
    Label {
        id: functionError
        visible: text.length > 0
        color: Theme.error
        wrapMode: Text.Wrap
        width: fields.width
    }
    FormField {
        id: functionOnCard
        objectName: "functionOnCardField"
        label: qsTr("Functie op visitekaart")
        error: fields.model.lineError(text)
        width: fields.width
    }
}
